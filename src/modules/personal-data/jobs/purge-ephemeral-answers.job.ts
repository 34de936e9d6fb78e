import { defineJob } from '../../../shared/job';
import { purgeEphemeralAnswers } from '../personal-data.service';

/** Retention: EPHEMERAL answers (passport numbers, health) go their question's purgeAfterDays after the workshop. */
export const purgeEphemeralAnswersJob = defineJob<Record<string, never>>({
  name: 'personal-data/purge-ephemeral-answers',
  every: '1 day',
  options: { concurrency: 1, lockLifetime: 30 * 60_000 },
  async handler(_data, deps) {
    const count = await purgeEphemeralAnswers(deps);
    if (count > 0) deps.logger.info({ count }, 'ephemeral answers purged after their retention');
  },
});
