// The driver's PoolClearedError is a MongoNetworkError.
import { MongoNetworkError, MongoNotConnectedError, MongoServerSelectionError, MongoTopologyClosedError } from 'mongodb';

/**
 * Whether an error means the database cannot be reached right now (stopped, restarting, network),
 * as opposed to a fault in a request: the client is told to retry, and /readyz reports it.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  type Wrapper = { cause?: unknown; originalError?: unknown; thrownValue?: unknown };
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as Wrapper).originalError ?? (e as Wrapper).thrownValue ?? (e as Wrapper).cause, depth++) {
    if (
      e instanceof MongoServerSelectionError ||
      e instanceof MongoNetworkError ||
      e instanceof MongoNotConnectedError ||
      e instanceof MongoTopologyClosedError ||
      isSocketError(e)
    ) {
      return true;
    }
  }
  return false;
}

const SOCKET_ERROR_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'ECONNABORTED', 'ETIMEDOUT']);

/** A socket's own error: the driver lets `write ECONNRESET` through unwrapped when the server dies mid-command. */
function isSocketError(e: unknown): boolean {
  const { code, syscall } = e as { code?: unknown; syscall?: unknown };
  return typeof syscall === 'string' && typeof code === 'string' && SOCKET_ERROR_CODES.has(code);
}

export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';
export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable right now; try again in a moment.';
