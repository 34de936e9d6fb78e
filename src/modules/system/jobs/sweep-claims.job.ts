import { sweepExpiredClaims } from '../../../db/claims';
import { defineJob } from '../../../shared/job';

/** Frees claims whose holder died before completing them (FerretDB has no TTL indexes). */
export const sweepClaimsJob = defineJob<Record<string, never>>({
  name: 'system/sweep-claims',
  every: '5 minutes',
  options: { concurrency: 1, lockLifetime: 60_000 },
  async handler(_data, deps) {
    const freed = await sweepExpiredClaims(deps.database.db, deps.clock.now());
    if (freed > 0) deps.logger.info({ freed }, 'expired claims released');
  },
});
