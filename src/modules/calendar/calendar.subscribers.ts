import { Types } from 'mongoose';
import type { AppDeps } from '../../app/context';
import { calendarPolicy } from './calendar.policy';
import { revokeCalendarTokens } from './calendar-tokens.service';

/**
 * Feeds follow the change log by themselves (feed-stamps.ts); what is left to do on events is
 * to revoke the private links of those who lost the right to them.
 */
export function subscribeCalendar(deps: AppDeps): void {
  // Private links die with the account's right to them, before the change is answered.
  const revoke = (userId: string | null, feed?: 'GROUP') => (userId ? revokeCalendarTokens(deps, new Types.ObjectId(userId), feed) : 0);
  deps.events.onSettled('user.disabled', async ({ userId }) => void (await revoke(userId)));
  deps.events.onSettled('person.erased', async ({ userId }) => void (await revoke(userId)));
  // A group calendar link belongs to the coordinator role.
  deps.events.onSettled('user.roleChanged', async ({ userId, role }) => void (!calendarPolicy.groupFeed(role) && (await revoke(userId, 'GROUP'))));
}
