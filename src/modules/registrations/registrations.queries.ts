import { Types } from 'mongoose';
import type { Database } from '../../db/database';
import { ownRegistrationsFilter } from '../users/email-proof';
import { ACTIVE_STATUSES, type RegistrationDoc, type RegistrationStatus } from './registration.model';

/** Whether the group has people registered in the workshop (confirmed, waiting or pending). */
export async function groupHasPeopleIn(database: Database, workshopId: Types.ObjectId, organizationId: string): Promise<boolean> {
  // uses the index { workshopId, organizationId, _id } of registrations
  const found = await database.models.Registration.exists({ workshopId, organizationId: new Types.ObjectId(organizationId), status: { $in: ACTIVE_STATUSES } });
  return found !== null;
}

/* The registrations as other modules read them; the registrations module owns the collection. */

export function registrationById(database: Database, id: unknown): Promise<RegistrationDoc | null> {
  return database.models.Registration.findById(id).lean<RegistrationDoc>() as Promise<RegistrationDoc | null>;
}

/** A workshop's registrations in these statuses. */
export function registrationsOfWorkshop(database: Database, workshopId: Types.ObjectId, statuses: readonly RegistrationStatus[]): Promise<RegistrationDoc[]> {
  return database.models.Registration.find({ workshopId, status: { $in: statuses } }).lean<RegistrationDoc[]>();
}

/** The groups with people registered in the workshop (confirmed, waiting or pending). */
export async function groupsWithPeopleIn(database: Database, workshopId: Types.ObjectId): Promise<Set<string>> {
  return new Set((await database.models.Registration.distinct('organizationId', { workshopId, status: { $in: ACTIVE_STATUSES } })).map(String));
}

export type FeedRegistration = Pick<RegistrationDoc, '_id' | 'workshopId' | 'status' | 'cancelledAt'>;

/** What a calendar feed shows of registrations in these statuses: a person's own, or a group's. */
export function feedRegistrations(
  database: Database,
  whose: { person: Parameters<typeof ownRegistrationsFilter>[0] } | { organizationId: Types.ObjectId },
  statuses: readonly RegistrationStatus[],
): Promise<FeedRegistration[]> {
  const owner = 'person' in whose ? ownRegistrationsFilter(whose.person) : { organizationId: whose.organizationId };
  return database.models.Registration.find({ ...owner, status: { $in: statuses } }, { workshopId: 1, status: 1, cancelledAt: 1 }).lean<FeedRegistration[]>();
}

/** In these workshops: the registrations made since `since`, and those waiting (approval or a seat). */
export function recentOrWaiting(
  database: Database,
  workshopIds: readonly Types.ObjectId[],
  since: Date,
): Promise<Pick<RegistrationDoc, 'workshopId' | 'status' | 'registeredAt'>[]> {
  return database.models.Registration.find(
    { workshopId: { $in: workshopIds }, $or: [{ registeredAt: { $gt: since } }, { status: { $in: ['PENDING_APPROVAL', 'WAITLISTED'] } }] },
    { workshopId: 1, status: 1, registeredAt: 1 },
  ).lean<Pick<RegistrationDoc, 'workshopId' | 'status' | 'registeredAt'>[]>();
}
