import { RETENTION_MS, STREAMS, changeLog } from '../../src/db/change-log';
import { defineJob } from '../job';

/**
 * Keeps the change log small (src/db/change-log.ts): entries older than an hour go, the last of
 * each stream stays. Real time, as the entries are stamped: readers re-read everything when they
 * have not caught up for longer than pruning leaves.
 */
export const pruneChangesJob = defineJob<Record<string, never>>({
  name: 'system/prune-changes',
  every: '10 minutes',
  options: { concurrency: 1, lockLifetime: 60_000 },
  async handler(_data, deps) {
    const cutoff = new Date(Date.now() - RETENTION_MS);
    let pruned = 0;
    for (const stream of STREAMS) pruned += await changeLog(deps.database.db, stream).prune(cutoff);
    if (pruned > 0) deps.logger.info({ pruned }, 'old change-log entries removed');
  },
});
