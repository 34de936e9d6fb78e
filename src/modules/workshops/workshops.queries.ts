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
