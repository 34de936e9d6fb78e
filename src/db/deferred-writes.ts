import type { Database } from './database';

/**
 * Writes that may wait a moment and be shared: a burst of registrations recounts its workshop once
 * rather than once a request. Per database, one pending write per key (later asks join it).
 * Shutdown calls settleDeferredWrites so that nothing pending is lost or runs against a closed
 * connection.
 */
interface Pending {
  timer: NodeJS.Timeout;
  run: () => Promise<void>;
}

const pendingByDatabase = new WeakMap<Database, Map<string, Pending>>();
const runningByDatabase = new WeakMap<Database, Set<Promise<void>>>();

/** `run` must handle its own errors (log them): nobody awaits it but shutdown. */
export function deferWrite(database: Database, key: string, delayMs: number, run: () => Promise<void>): void {
  let pending = pendingByDatabase.get(database);
  if (!pending) {
    pending = new Map();
    pendingByDatabase.set(database, pending);
  }
  if (pending.has(key)) return;
  const timer = setTimeout(() => start(database, key), delayMs);
  timer.unref();
  pending.set(key, { timer, run });
}

function start(database: Database, key: string): void {
  const pending = pendingByDatabase.get(database)?.get(key);
  if (!pending) return;
  clearTimeout(pending.timer);
  pendingByDatabase.get(database)!.delete(key);
  let running = runningByDatabase.get(database);
  if (!running) {
    running = new Set();
    runningByDatabase.set(database, running);
  }
  const run = pending.run().catch(() => undefined);
  running.add(run);
  void run.finally(() => running.delete(run));
}

/** Runs every pending write of `database` now and waits for all that are running. */
export async function settleDeferredWrites(database: Database): Promise<void> {
  for (const key of [...(pendingByDatabase.get(database)?.keys() ?? [])]) start(database, key);
  await Promise.all([...(runningByDatabase.get(database) ?? [])]);
}
