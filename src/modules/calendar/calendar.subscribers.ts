import type { AppDeps } from '../../graphql/context';
import type { DomainEventName } from '../../events/domain-events';
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
}
