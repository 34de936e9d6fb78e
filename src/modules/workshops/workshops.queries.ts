import { Types } from 'mongoose';
import type { Database } from '../../db/database';
import type { WorkshopDoc } from './workshop.model';

/** Whether one of the workshop's facilitators has an account in the group (the group helps run it). */
export async function groupOrganises(database: Database, workshop: Pick<WorkshopDoc, 'facilitators'>, organizationId: string): Promise<boolean> {
  const userIds = (workshop.facilitators ?? []).map((f) => f.userId).filter((id): id is Types.ObjectId => Boolean(id));
  if (userIds.length === 0) return false;
  const found = await database.models.User.exists({ _id: { $in: userIds }, organizationId: new Types.ObjectId(organizationId) });
  return found !== null;
}

/** One workshop by id (a point read), for the modules that act on workshops without owning them. */
export function workshopById(database: Database, id: Types.ObjectId): Promise<WorkshopDoc | null> {
  return database.models.Workshop.findById(id).lean<WorkshopDoc>() as Promise<WorkshopDoc | null>;
}

/** Some fields of one workshop by id (a point read of what changes while one works: revision, quota). */
export function workshopFields<K extends keyof WorkshopDoc>(database: Database, id: Types.ObjectId, fields: K[]): Promise<Pick<WorkshopDoc, K> | null> {
  return database.models.Workshop.findById(id, Object.fromEntries(fields.map((f) => [f, 1]))).lean<Pick<WorkshopDoc, K>>() as Promise<Pick<
    WorkshopDoc,
    K
  > | null>;
}
