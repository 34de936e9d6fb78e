import type { Types } from 'mongoose';
import type { Database } from '../../db/database';
import type { WorkshopDoc } from './workshop.model';
import type { ProgrammeModel } from './workshops.reads';
import { endedBy, endsAfter } from './workshop-span';
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

/** The ids of the workshops that ended by `instant` (the retention job's). */
export async function endedWorkshopIds(database: Database, instant: Date): Promise<Types.ObjectId[]> {
  return (await database.models.Workshop.find(endedBy(instant), { _id: 1 }).lean<Pick<WorkshopDoc, '_id'>[]>()).map((w) => w._id);
}

/** The published workshops not yet ended at `instant`, with their titles (the Secretariat's digest). */
export function publishedTitlesEndingAfter(database: Database, instant: Date): Promise<Pick<WorkshopDoc, '_id' | 'title'>[]> {
  return database.models.Workshop.find({ status: 'PUBLISHED', ...endsAfter(instant) }, { title: 1 }).lean<Pick<WorkshopDoc, '_id' | 'title'>[]>();
}

/**
 * Up to `limit` published workshops starting after `after` (or after `now`), in start order (the
 * {status, startsAt, _id} index), with their seat figures: upcoming workshops only, never all history.
 */
export function upcomingPublishedPage(
  database: Database,
  options: { now: Date; after: Pick<WorkshopDoc, '_id' | 'startsAt'> | null; limit: number },
): Promise<Pick<WorkshopDoc, '_id' | 'startsAt' | 'capacity' | 'perGroupQuota'>[]> {
  const { after } = options;
  const upcoming = after
    ? { $or: [{ startsAt: { $gt: after.startsAt } }, { startsAt: after.startsAt, _id: { $gt: after._id } }] }
    : { startsAt: { $gt: options.now } };
  return database.models.Workshop.find({ status: 'PUBLISHED', ...upcoming }, { capacity: 1, perGroupQuota: 1, startsAt: 1 })
    .sort({ startsAt: 1, _id: 1 })
    .limit(options.limit)
    .lean<Pick<WorkshopDoc, '_id' | 'startsAt' | 'capacity' | 'perGroupQuota'>[]>();
}
