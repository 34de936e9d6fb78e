import { GraphQLError } from 'graphql';
import { MongoNetworkError, MongoServerError, MongoServerSelectionError, MongoWriteConcernError } from 'mongodb';
import { isDatabaseUnavailable } from '../../../src/db/unavailable';
import { httpStatusOf } from '../../../src/shared/errors';
import { formatError } from '../../../src/graphql/format-error';

// What a replica set answers while it elects a primary, steps one down or shuts a node, as the
// driver hands it over (error descriptions as MongoDB 7/8 send them).
const serverError = (code: number, codeName: string, errorLabels: string[] = []) =>
  new MongoServerError({ ok: 0, code, codeName, errmsg: `${codeName} (test)`, errorLabels });

const asResolverError = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['workshops'] });
const format = (original: Error) => {
  const error = asResolverError(original);
  return formatError({ message: error.message, path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
};

describe('database unavailability: election, not-primary and network errors', () => {
  it.each([
    ['NotWritablePrimary', 10107],
    ['NotPrimaryNoSecondaryOk', 13435],
    ['NotPrimaryOrSecondary', 13436],
    ['PrimarySteppedDown', 189],
    ['InterruptedDueToReplStateChange', 11602],
    ['ShutdownInProgress', 91],
    ['InterruptedAtShutdown', 11600],
    ['HostUnreachable', 6],
    ['NetworkTimeout', 89],
  ])('%s (%i) is DATABASE_UNAVAILABLE', (codeName, code) => {
    const error = serverError(code, codeName);
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(format(error)).toEqual({
      message: expect.stringMatching(/^The database is unavailable right now; try again in a moment\. \(error id [0-9a-f-]{36}\)$/),
      path: ['workshops'],
      extensions: { code: 'DATABASE_UNAVAILABLE', errorId: expect.any(String) },
    });
  });

  it('a write the driver already retried (RetryableWriteError) and a write concern lost to an election are too', () => {
    expect(isDatabaseUnavailable(serverError(262, 'ExceededTimeLimit', ['RetryableWriteError']))).toBe(true);
    const writeConcern = new MongoWriteConcernError({ writeConcernError: { code: 91, errmsg: 'shutdown in progress' } } as never);
    expect(isDatabaseUnavailable(writeConcern)).toBe(true);
  });

  it('network and server-selection failures are, also when wrapped', () => {
    expect(isDatabaseUnavailable(new MongoNetworkError('connection reset'))).toBe(true);
    expect(
      isDatabaseUnavailable(
        new MongoServerSelectionError('Server selection timed out after 5000 ms', {
          type: 'Unknown',
          servers: new Map(),
          stale: false,
          compatible: true,
          heartbeatFrequencyMS: 10_000,
          localThresholdMS: 15,
          setName: null,
          maxElectionId: null,
          maxSetVersion: null,
          commonWireVersion: 0,
          logicalSessionTimeoutMinutes: null,
        } as never),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error('outer', { cause: new MongoNetworkError('inner') }))).toBe(true);
  });

  it('faults of a request are not: duplicate keys, bad queries, a query over its time limit', () => {
    expect(isDatabaseUnavailable(serverError(11000, 'DuplicateKey'))).toBe(false);
    expect(isDatabaseUnavailable(serverError(2, 'BadValue'))).toBe(false);
    expect(isDatabaseUnavailable(serverError(50, 'MaxTimeMSExpired'))).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(format(serverError(11000, 'DuplicateKey')).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', errorId: expect.any(String) });
  });

  it('HTTP routes answer it with 503', () => {
    expect(httpStatusOf.DATABASE_UNAVAILABLE).toBe(503);
  });
});
