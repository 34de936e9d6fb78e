import type { Types } from 'mongoose';
import type { UserDoc } from './user.model';

type Person = Pick<UserDoc, 'email'> & { _id: Types.ObjectId; emailVerifiedAt?: Date | null };

/**
 * Whether the account has proven it receives mail at its address. Registrations, feeds and
 * notification choices keyed by an email reach an account only then: an account made from a link
 * that someone else passed on proves nothing about the mailbox.
 */
export const emailProven = (user: Pick<Person, 'emailVerifiedAt'> | null | undefined): boolean => Boolean(user?.emailVerifiedAt);

/** The registrations that are the person's own: by account always, by email once it is proven. */
export function ownRegistrationsFilter(user: Person) {
  return emailProven(user) ? { $or: [{ 'participant.userId': user._id }, { 'participant.email': user.email }] } : { 'participant.userId': user._id };
}
