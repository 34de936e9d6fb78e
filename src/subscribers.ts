import type { AppDeps } from './graphql/context';
import { subscribeNotifications } from './modules/notifications/notifications.subscribers';
import { subscribeCalendar } from './modules/calendar/calendar.subscribers';
import { subscribeRegistrations } from './modules/registrations/registrations.subscribers';

/** Every module's reactions to domain events, wired once per process (api and worker alike). */
export function subscribeAll(deps: AppDeps): void {
  subscribeRegistrations(deps);
  subscribeNotifications(deps);
  subscribeCalendar(deps);
}
