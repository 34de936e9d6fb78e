import { reconcileClaims } from '../reconcile.service';
import { defineJob } from '../../../shared/job';

/** Frees claims a crash left without a registration, and promotes waiting lists beside free seats. */
export const reconcileClaimsJob = defineJob<Record<string, never>>({
  name: 'registrations/reconcile-claims',
  every: '10 minutes',
  options: { concurrency: 1, lockLifetime: 10 * 60_000 },
  async handler(_data, deps) {
    const { released, promoted } = await reconcileClaims(deps);
    if (released > 0) deps.logger.warn({ released }, 'claims without a registration released');
    if (promoted > 0) deps.logger.info({ workshops: promoted }, 'waiting lists promoted beside free seats');
  },
});
