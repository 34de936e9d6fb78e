import { queueDailyDigests } from '../digest.service';
import { defineJob } from '../../../shared/job';

/** Queues the Secretariat's digest once per person and local day, at DIGEST_LOCAL_HOUR their time. */
export const dailyDigestJob = defineJob<Record<string, never>>({
  name: 'notifications/daily-digest',
  every: '15 minutes',
  options: { concurrency: 1, lockLifetime: 10 * 60_000 },
  async handler(_data, deps) {
    const queued = await queueDailyDigests(deps);
    if (queued > 0) deps.logger.info({ queued }, 'daily digests queued');
  },
});
