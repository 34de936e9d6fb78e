import { fireDuePlans } from '../planning.service';
import { defineJob } from '../../../shared/job';

/** Turns due reminders, deadline reminders and follow-ups into one message per recipient. */
export const firePlansJob = defineJob<Record<string, never>>({
  name: 'notifications/fire-plans',
  every: '1 minute',
  options: { concurrency: 1, lockLifetime: 10 * 60_000 },
  async handler(_data, deps) {
    for (let round = 0; round < 20; round++) {
      const { plans } = await fireDuePlans(deps, { limit: 50 });
      if (plans < 50) return;
    }
  },
});
