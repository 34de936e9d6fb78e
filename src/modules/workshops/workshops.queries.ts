import type { Types } from 'mongoose';
import type { Database } from '../../db/database';
import type { WorkshopDoc } from './workshop.model';
import type { ProgrammeModel } from './workshops.reads';
import { anyAccountInGroup } from '../users/users.queries';

/** Whether one of the workshop's facilitators has an account in the group (the group helps run it). */
export async function groupOrganises(database: Database, workshop: Pick<WorkshopDoc, 'facilitators'>, organizationId: string): Promise<boolean> {
  const userIds = (workshop.facilitators ?? []).map((f) => f.userId).filter((id): id is Types.ObjectId => Boolean(id));
  return anyAccountInGroup(database, userIds, organizationId);
}

/**
 * One workshop by id, for the modules that act on workshops without owning them: from the
 * programme in memory, proved current at this call (a point read of the collection costs time
 * in proportion to its size on FerretDB's SQLite: about 130 ms for the last of 50,000).
 */
export async function workshopById(source: { programme: ProgrammeModel }, id: Types.ObjectId): Promise<WorkshopDoc | null> {
  return (await source.programme.fresh()).get(String(id)) ?? null;
}

/** A workshop's stored revision, read from the collection (a capacity change checks it under its claim). */
export function storedRevision(database: Database, id: Types.ObjectId): Promise<Pick<WorkshopDoc, 'revision'> | null> {
  return database.models.Workshop.findById(id, { revision: 1 }).lean<Pick<WorkshopDoc, 'revision'>>() as Promise<Pick<WorkshopDoc, 'revision'> | null>;
}
