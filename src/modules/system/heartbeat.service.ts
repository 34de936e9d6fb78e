import os from 'node:os';
import type { AppDeps } from '../../app/context';
import { upsertById } from '../../db/upsert';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'version'>;

export function workerId(): string {
  return `${os.hostname()}:${process.pid}`;
}

/** Idempotent: an upsert by `_id`, so two workers running the same beat cannot conflict. */
export async function recordHeartbeat(deps: Deps, id = workerId()): Promise<void> {
  await upsertById(deps.database.models.WorkerHeartbeat, id, { $set: { beatAt: deps.clock.now(), pid: process.pid, version: deps.version } });
}

export async function latestHeartbeat(deps: Pick<AppDeps, 'database'>) {
  return deps.database.models.WorkerHeartbeat.findOne({}, null, { sort: { beatAt: -1 } }).lean();
}
