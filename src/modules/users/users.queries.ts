import { Types } from 'mongoose';
import type { Database } from '../../db/database';
import type { Role } from '../../shared/access/roles';
import type { InvitationDoc } from './invitation.model';
import type { UserDoc } from './user.model';

/* The people and invitations as other modules read them; the users module owns the collections. */

export function userById(database: Database, id: unknown): Promise<UserDoc | null> {
  return database.models.User.findById(id).lean<UserDoc>() as Promise<UserDoc | null>;
}

/** The people of these ids that exist, in one read (unknown ids are left out). */
export async function usersByIds(database: Database, ids: Iterable<unknown>): Promise<UserDoc[]> {
  const unique = [...new Set([...ids].map(String))].map((id) => new Types.ObjectId(id));
  return unique.length === 0 ? [] : database.models.User.find({ _id: { $in: unique } }).lean<UserDoc[]>();
}

/** The ids among these that name an account. */
export async function existingUserIds(database: Database, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const found = await database.models.User.find({ _id: { $in: ids.map((id) => new Types.ObjectId(id)) } }, { _id: 1 }).lean<Pick<UserDoc, '_id'>[]>();
  return new Set(found.map((user) => String(user._id)));
}

/** Every account with one of these roles that is not disabled. */
export function activeUsersWithRoles(database: Database, roles: readonly Role[]): Promise<UserDoc[]> {
  return database.models.User.find({ role: { $in: roles }, disabledAt: null }).lean<UserDoc[]>();
}

/** Whether one of these accounts belongs to the group. */
export async function anyAccountInGroup(database: Database, userIds: readonly Types.ObjectId[], organizationId: string): Promise<boolean> {
  if (userIds.length === 0) return false;
  return (await database.models.User.exists({ _id: { $in: userIds }, organizationId: new Types.ObjectId(organizationId) })) !== null;
}

export function invitationById(database: Database, id: unknown): Promise<(InvitationDoc & { _id: unknown }) | null> {
  return database.models.Invitation.findById(id).lean<InvitationDoc & { _id: unknown }>() as Promise<(InvitationDoc & { _id: unknown }) | null>;
}

export function userByEmail(database: Database, email: string): Promise<UserDoc | null> {
  return database.models.User.findOne({ email }).lean<UserDoc>() as Promise<UserDoc | null>;
}

/** The active coordinators of these groups. */
export function activeCoordinatorsOf(database: Database, organizationIds: readonly Types.ObjectId[]): Promise<UserDoc[]> {
  return database.models.User.find({ organizationId: { $in: organizationIds }, role: 'GROUP_COORDINATOR', disabledAt: null }).lean<UserDoc[]>();
}
