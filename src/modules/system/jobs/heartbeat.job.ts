import { recordHeartbeat } from '../heartbeat.service';
import { defineJob } from '../../../shared/job';

/** Tells /readyz (and operators) that a worker is alive and processing jobs. */
export const heartbeatJob = defineJob<Record<string, never>>({
  name: 'system/heartbeat',
  every: '1 minute',
  options: { concurrency: 1, lockLifetime: 30_000 },
  async handler(_data, deps) {
    await recordHeartbeat(deps);
  },
});
