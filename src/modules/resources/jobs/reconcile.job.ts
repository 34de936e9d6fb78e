import { reconcileResources } from '../reconcile.service';
import { defineJob } from '../../../shared/job';

/** Removes chunks of uploads a crash cut off, stray links, and recounts download figures. */
export const reconcileResourcesJob = defineJob<Record<string, never>>({
  name: 'resources/reconcile',
  every: '30 minutes',
  options: { concurrency: 1, lockLifetime: 30 * 60_000 },
  async handler(_data, deps) {
    const result = await reconcileResources(deps);
    if (result.uploadsRemoved + result.linksRemoved + result.resynced > 0) deps.logger.warn(result, 'resources reconciled after an interruption');
  },
});
