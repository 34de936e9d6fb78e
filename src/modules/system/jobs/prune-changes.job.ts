import { CHANGES_COLLECTION, OLD_SEQUENCES, RETENTION_MS, databaseLog } from '../../../db/change-log';
import { defineJob } from '../../../shared/job';

/**
 * Keeps the change log small (src/db/change-log.ts): entries older than RETENTION_MS (minutes) go,
 * the last one stays. Real time, as the entries are stamped: readers re-read everything when they
 * have not caught up for longer than pruning leaves.
 */
export const pruneChangesJob = defineJob<Record<string, never>>({
  name: 'system/prune-changes',
  every: '1 minute',
  options: { concurrency: 1, lockLifetime: 60_000 },
  async handler(_data, deps) {
    const cutoff = new Date(Date.now() - RETENTION_MS);
    let pruned = 0;
    pruned += await databaseLog(deps.database.db).prune(cutoff);
    // Earlier versions kept one sequence per stream: nothing reads them now.
    pruned += (await deps.database.db.collection(CHANGES_COLLECTION).deleteMany({ stream: { $in: [...OLD_SEQUENCES] } })).deletedCount;
    if (pruned > 0) deps.logger.info({ pruned }, 'old change-log entries removed');
  },
});
