import { GraphQLError } from 'graphql';
import { formatError, isUnexpected } from '../../src/graphql/format-error';
import { BadUserInputError, ConflictError, type DomainError, NotFoundError } from '../../src/shared/errors';

const format = (error: GraphQLError) =>
  formatError(
    { message: error.message, ...(error.path ? { path: error.path } : {}), extensions: { ...error.extensions, stacktrace: ['at secret.ts:1'] } },
    error,
  );

/** A domain error thrown in a resolver, as graphql-js hands it to Apollo: located, the original kept. */
const thrown = (error: DomainError) => new GraphQLError(error.message, { originalError: error });

describe('formatError', () => {
  it('passes the fixed codes through, without stack traces', () => {
    expect(format(thrown(new BadUserInputError('End must be after start.', 'endsAt')))).toEqual({
      message: 'End must be after start.',
      extensions: { code: 'BAD_USER_INPUT', field: 'endsAt' },
    });
    expect(format(thrown(new NotFoundError('Workshop'))).extensions).toEqual({ code: 'NOT_FOUND' });
    expect(format(thrown(new ConflictError('The workshop is full.', 'FULL'))).extensions).toEqual({ code: 'CONFLICT', reason: 'FULL' });
  });

  it("turns Apollo's request codes into BAD_USER_INPUT, keeping the original as reason", () => {
    const error = new GraphQLError('Syntax Error', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(format(error).extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' });
  });

  it('does not count a malformed request as a fault of ours', () => {
    expect(isUnexpected(new GraphQLError('Query Cost limit exceeded', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }))).toBe(false);
    expect(isUnexpected(new ConflictError('full'))).toBe(false);
    expect(isUnexpected(new Error('boom'))).toBe(true);
  });

  it('masks anything unexpected and hands out an error id', () => {
    const leak = new GraphQLError('E11000 duplicate key: participant@example.org', { originalError: new Error('db'), path: ['register'] });
    const formatted = format(leak);
    expect(formatted.message).not.toContain('example.org');
    expect(formatted.message).toMatch(/Internal server error/);
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', errorId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(formatted.path).toEqual(['register']);
    expect(formatted.message).toContain(formatted.extensions!.errorId as string);
  });

  it('tells the client to retry when the database connection broke under a command, wrapped or not', () => {
    const reset = Object.assign(new Error('write ECONNRESET'), { code: 'ECONNRESET', errno: -104, syscall: 'write' });
    for (const originalError of [reset, Object.assign(new Error('Unexpected error value'), { name: 'NonErrorThrown', thrownValue: reset })]) {
      const formatted = format(new GraphQLError('write ECONNRESET', { originalError }));
      expect(formatted.extensions).toEqual(expect.objectContaining({ code: 'DATABASE_UNAVAILABLE' }));
    }
    // A code alone (no socket call) is not a socket error.
    expect(format(new GraphQLError('x', { originalError: Object.assign(new Error('x'), { code: 'ECONNRESET' }) })).extensions?.code).toBe(
      'INTERNAL_SERVER_ERROR',
    );
  });
});
