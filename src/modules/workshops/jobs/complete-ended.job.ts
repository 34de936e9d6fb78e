import { completeEndedWorkshops } from '../workshops.service';
import { defineJob } from '../../../shared/job';

/** Published workshops become COMPLETED once they have ended. */
export const completeEndedWorkshopsJob = defineJob<Record<string, never>>({
  name: 'workshops/complete-ended',
  every: '15 minutes',
  options: { concurrency: 1, lockLifetime: 10 * 60_000 },
  async handler(_data, deps) {
    const completed = await completeEndedWorkshops(deps);
    if (completed > 0) deps.logger.info({ completed }, 'ended workshops completed');
  },
});
