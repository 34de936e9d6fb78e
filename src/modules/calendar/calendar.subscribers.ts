import { Types } from 'mongoose';
import type { AppDeps } from '../../graphql/context';
import type { DomainEventName } from '../../events/domain-events';
import { calendarPolicy } from './calendar.policy';
import { revokeCalendarTokens } from './calendar-tokens.service';
import { bumpStamp } from './feed-stamps';

const WORKSHOP_EVENTS: DomainEventName[] = [
  'workshop.published',
  'workshop.updated',
  'workshop.rescheduled',
  'workshop.relocated',
  'workshop.cancelled',
  'workshop.completed',
];
const REGISTRATION_EVENTS: DomainEventName[] = [
  'registration.confirmed',
  'registration.waitlisted',
  'registration.pending',
  'registration.promoted',
  'registration.offered',
  'registration.offerExpired',
  'registration.cancelled',
  'registration.approved',
  'registration.declined',
];

/** Every workshop or registration change, in whichever process it happens, invalidates the feeds it shows in. */
export function subscribeCalendar(deps: AppDeps): void {
  for (const name of WORKSHOP_EVENTS) deps.events.on(name, () => bumpStamp(deps, 'workshops'));
  for (const name of REGISTRATION_EVENTS) deps.events.on(name, () => bumpStamp(deps, 'registrations'));
  // A newly proven address brings the registrations made under it into the person's feed.
  deps.events.on('user.emailConfirmed', () => bumpStamp(deps, 'registrations'));
  // Private links die with the account's right to them, before the change is answered.
  const revoke = (userId: string | null, feed?: 'GROUP') => (userId ? revokeCalendarTokens(deps, new Types.ObjectId(userId), feed) : 0);
  deps.events.onSettled('user.disabled', async ({ userId }) => void (await revoke(userId)));
  deps.events.onSettled('person.erased', async ({ userId }) => void (await revoke(userId)));
  // A group calendar link belongs to the coordinator role.
  deps.events.onSettled('user.roleChanged', async ({ userId, role }) => void (!calendarPolicy.groupFeed(role) && (await revoke(userId, 'GROUP'))));
}
