import { deliverDue } from '../delivery.service';
import { defineJob } from '../../../shared/job';

/** Sends due emails (new, retried, or taken over from a worker that died mid-send). */
export const deliverNotificationsJob = defineJob<Record<string, never>>({
  name: 'notifications/deliver',
  every: '30 seconds',
  options: { concurrency: 1, lockLifetime: 10 * 60_000, priority: 'high' },
  async handler(_data, deps) {
    // Keep going while full batches come back, so a backlog drains in one run.
    for (let round = 0; round < 50; round++) {
      const run = await deliverDue(deps, { limit: 200 });
      const handled = run.sent + run.retrying + run.failed + run.skipped + run.passed;
      if (run.retrying + run.failed > 0) deps.logger.warn({ ...run }, 'some emails were not accepted');
      if (handled < 200) return;
    }
  },
});
