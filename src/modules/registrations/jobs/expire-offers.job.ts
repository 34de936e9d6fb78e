import { expireAllOffers } from '../seating/workshop-wide';
import { defineJob } from '../../../shared/job';

/** Seats offered from a waiting list and not accepted in time pass to the next in line. */
export const expireOffersJob = defineJob<Record<string, never>>({
  name: 'registrations/expire-offers',
  every: '5 minutes',
  options: { concurrency: 1, lockLifetime: 10 * 60_000 },
  async handler(_data, deps) {
    const expired = await expireAllOffers(deps);
    if (expired > 0) deps.logger.info({ expired }, 'expired offers passed on');
  },
});
