// The driver's PoolClearedError and MongoNetworkTimeoutError are MongoNetworkErrors.
import { MongoError, MongoNetworkError, MongoNotConnectedError, MongoServerSelectionError, MongoTopologyClosedError } from 'mongodb';

/**
 * Server error codes that mean "no primary to take this right now": a replica set electing (or
 * stepping down), a node shutting down, or a host it cannot reach. The same operation succeeds
 * once the set has a primary again.
 */
export const UNAVAILABLE_SERVER_CODES: ReadonlySet<number> = new Set([
  6, // HostUnreachable
  7, // HostNotFound
  89, // NetworkTimeout
  91, // ShutdownInProgress
  189, // PrimarySteppedDown
  9001, // SocketException
  10107, // NotWritablePrimary
  11600, // InterruptedAtShutdown
  11602, // InterruptedDueToReplStateChange
  13435, // NotPrimaryNoSecondaryOk
  13436, // NotPrimaryOrSecondary
]);

function unavailableByItself(e: unknown): boolean {
  if (
    e instanceof MongoServerSelectionError ||
    e instanceof MongoNetworkError ||
    e instanceof MongoNotConnectedError ||
    e instanceof MongoTopologyClosedError
  ) {
    return true;
  }
  if (!(e instanceof MongoError)) return false;
  // The driver retried once already and the set still had no primary.
  if (e.hasErrorLabel('RetryableWriteError')) return true;
  const code = typeof e.code === 'number' ? e.code : undefined;
  const writeConcernCode = (e as { writeConcernError?: { code?: unknown } }).writeConcernError?.code;
  return (code !== undefined && UNAVAILABLE_SERVER_CODES.has(code)) || (typeof writeConcernCode === 'number' && UNAVAILABLE_SERVER_CODES.has(writeConcernCode));
}

/**
 * Whether an error means the database cannot be reached right now (stopped, restarting, electing,
 * network), as opposed to a fault in a request: the client is told DATABASE_UNAVAILABLE and to
 * retry, and /readyz reports it.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  type Wrapper = { cause?: unknown; originalError?: unknown; thrownValue?: unknown };
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as Wrapper).originalError ?? (e as Wrapper).thrownValue ?? (e as Wrapper).cause, depth++) {
    if (unavailableByItself(e) || isSocketError(e)) return true;
  }
  return false;
}

const SOCKET_ERROR_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'ECONNABORTED', 'ETIMEDOUT']);

/** A socket's own error: the driver lets `write ECONNRESET` through unwrapped when the server dies mid-command. */
function isSocketError(e: unknown): boolean {
  const { code, syscall } = e as { code?: unknown; syscall?: unknown };
  return typeof syscall === 'string' && typeof code === 'string' && SOCKET_ERROR_CODES.has(code);
}

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable right now; try again in a moment.';
