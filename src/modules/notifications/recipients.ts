import type { Types } from 'mongoose';
import type { AppDeps } from '../../app/context';
import type { RegistrationDoc } from '../registrations/registration.model';
import { pseudonymOf } from '../../shared/pseudonym';
import type { UserDoc } from '../users/user.model';
import { usersByIds } from '../users/users.queries';

export interface Recipient {
  key: string;
  userId: Types.ObjectId | null;
  email: string;
  name: string;
  language: string;
  timeZone: string;
}

export function recipientOfUser(user: Pick<UserDoc, '_id' | 'email' | 'name' | 'language' | 'timeZone'>): Recipient {
  return { key: pseudonymOf(user.email), userId: user._id, email: user.email, name: user.name, language: user.language, timeZone: user.timeZone };
}

/**
 * Who a registration's messages go to: the account's current address, language and zone when the
 * participant has one, else what the coordinator entered (the workshop's zone if none was).
 * Null for anonymised registrations and disabled accounts.
 */
export async function recipientsOfRegistrations(
  deps: Pick<AppDeps, 'database'>,
  registrations: RegistrationDoc[],
  fallbackZone: (registration: RegistrationDoc) => string,
): Promise<Map<string, Recipient>> {
  const userIds = [
    ...new Set(
      registrations
        .map((r) => r.participant?.userId)
        .filter(Boolean)
        .map(String),
    ),
  ];
  const users = await usersByIds(deps.database, userIds);
  const byId = new Map(users.map((u) => [String(u._id), u]));
  const out = new Map<string, Recipient>();
  for (const registration of registrations) {
    if (registration.anonymisedAt || !registration.participant) continue;
    const { userId, email, name, language, timeZone } = registration.participant;
    if (userId) {
      const user = byId.get(String(userId));
      if (user && !user.disabledAt) out.set(String(registration._id), recipientOfUser(user));
      continue;
    }
    out.set(String(registration._id), {
      key: pseudonymOf(email),
      userId: null,
      email,
      name,
      language: language ?? 'en',
      timeZone: timeZone ?? fallbackZone(registration),
    });
  }
  return out;
}
