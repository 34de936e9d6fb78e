// The driver's PoolClearedError is a MongoNetworkError.
import { MongoNetworkError, MongoNotConnectedError, MongoServerSelectionError, MongoTopologyClosedError } from 'mongodb';

/**
 * Whether an error means the database cannot be reached right now (stopped, restarting, network),
 * as opposed to a fault in a request: the client is told to retry, and /readyz reports it.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown; originalError?: unknown }).originalError ?? (e as { cause?: unknown }).cause, depth++) {
    if (
      e instanceof MongoServerSelectionError ||
      e instanceof MongoNetworkError ||
      e instanceof MongoNotConnectedError ||
      e instanceof MongoTopologyClosedError
    ) {
      return true;
    }
  }
  return false;
}

export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';
export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable right now; try again in a moment.';
