import { settleDeferredWrites } from './db/deferred-writes';
import type { AppDeps } from './app/context';

/**
 * Waits for the work that requests leave behind: domain event subscribers (queued emails, feed
 * stamps) and deferred writes (seat recounts). Subscribers may defer writes and a deferred write
 * may emit events, so both are waited for until neither has anything left.
 */
export async function quiesce(deps: Pick<AppDeps, 'events' | 'database'>): Promise<void> {
  do {
    await deps.events.drain();
    await settleDeferredWrites(deps.database);
  } while (deps.events.busy);
}
