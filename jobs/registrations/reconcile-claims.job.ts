import { reconcileClaims } from '../../src/modules/registrations/reconcile.service';
import { defineJob } from '../job';

/** Frees seat and person claims left without a registration by a crash between two writes. */
export const reconcileClaimsJob = defineJob<Record<string, never>>({
  name: 'registrations/reconcile-claims',
  every: '10 minutes',
  options: { concurrency: 1, lockLifetime: 10 * 60_000 },
  async handler(_data, deps) {
    const { released } = await reconcileClaims(deps);
    if (released > 0) deps.logger.warn({ released }, 'claims without a registration released');
  },
});
