import { Types } from 'mongoose';
import type { Database } from '../../db/database';
import { ACTIVE_STATUSES } from './registration.model';

/** Whether the group has people registered in the workshop (confirmed, waiting or pending). */
export async function groupHasPeopleIn(database: Database, workshopId: Types.ObjectId, organizationId: string): Promise<boolean> {
  // uses the index { workshopId, organizationId, _id } of registrations
  const found = await database.models.Registration.exists({ workshopId, organizationId: new Types.ObjectId(organizationId), status: { $in: ACTIVE_STATUSES } });
  return found !== null;
}
