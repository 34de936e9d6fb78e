import { Types } from 'mongoose';
import type { AppDeps } from '../../graphql/context';
import { createLoaders } from '../../graphql/loaders';
import { cancelAllForWorkshop, settleWorkshop } from './registrations.service';
import { dropSeatingClaims } from './seating/seat-claims';

/** What registrations do when a workshop changes; wired once per process. */
export function subscribeRegistrations(deps: AppDeps): void {
  const ctx = () => ({ ...deps, viewer: null, loaders: createLoaders(deps.database) });
  deps.events.onSettled('workshop.capacityRaised', ({ workshopId }) => settleWorkshop(ctx(), new Types.ObjectId(workshopId)));
  deps.events.onSettled('workshop.cancelled', async ({ workshopId }) => {
    await cancelAllForWorkshop(ctx(), new Types.ObjectId(workshopId));
    await dropSeatingClaims(deps.database.db, workshopId);
  });
  deps.events.on('workshop.completed', async ({ workshopId }) => void (await dropSeatingClaims(deps.database.db, workshopId)));
}
