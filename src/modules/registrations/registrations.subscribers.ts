import { Types } from 'mongoose';
import type { AppDeps } from '../../app/context';
import { cancelAllForWorkshop, settleWorkshop } from './seating/workshop-wide';
import { dropSeatingClaims } from './seating/seat-claims';

/** What registrations do when a workshop changes; wired once per process. */
export function subscribeRegistrations(deps: AppDeps): void {
  deps.events.onSettled('workshop.capacityRaised', ({ workshopId }) => settleWorkshop(deps, new Types.ObjectId(workshopId)));
  deps.events.onSettled('workshop.cancelled', async ({ workshopId }) => {
    await cancelAllForWorkshop(deps, new Types.ObjectId(workshopId));
    await dropSeatingClaims(deps.database.db, workshopId);
  });
  deps.events.on('workshop.completed', async ({ workshopId }) => void (await dropSeatingClaims(deps.database.db, workshopId)));
}
