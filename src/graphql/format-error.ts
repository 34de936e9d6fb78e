import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../db/unavailable';
import { ErrorCode, isKnownCode } from '../shared/errors';

/** Apollo's own codes for requests that are malformed or invalid: the client's fault. */
const CLIENT_FAULT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Error ids handed out by the logging plugin, so the client's id matches the log line. */
const errorIds = new WeakMap<object, string>();

/** Neither one of our coded errors nor a malformed request: a fault of ours, logged whole. */
export function isUnexpected(error: unknown): boolean {
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  if (typeof code === 'string' && CLIENT_FAULT_CODES.has(code)) return false;
  return !isKnownCode(code) || code === ErrorCode.INTERNAL_SERVER_ERROR;
}

export function errorIdFor(error: object): string {
  let id = errorIds.get(error);
  if (!id) {
    id = randomUUID();
    errorIds.set(error, id);
  }
  return id;
}

/**
 * Every error leaves with a code from DESIGN.md's fixed set. Apollo's request-level codes become
 * BAD_USER_INPUT (the original stays in `reason`); anything unexpected is masked, and the
 * client gets an id that finds the whole error in the log.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  if (isKnownCode(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return { ...formatted, extensions };
  }
  if (typeof code === 'string' && CLIENT_FAULT_CODES.has(code)) {
    return { ...formatted, extensions: { ...extensions, code: ErrorCode.BAD_USER_INPUT, reason: code } };
  }
  const original = unwrapResolverError(error);
  const errorId = typeof original === 'object' && original !== null ? errorIdFor(original) : randomUUID();
  if (isDatabaseUnavailable(original)) {
    // Not a fault in the request: the client may retry the same operation shortly.
    return {
      message: `${DATABASE_UNAVAILABLE_MESSAGE} (error id ${errorId})`,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.DATABASE_UNAVAILABLE, errorId },
    };
  }
  return {
    message: `Internal server error. Quote this id when reporting it: ${errorId}`,
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, errorId },
  };
}

/**
 * In production (introspection off) graphql-js's "Did you mean …?" hints, which list enum values
 * and field names, are cut from every message: the schema is not handed out piece by piece.
 */
export function formatErrorWithoutSuggestions(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const out = formatError(formatted, error);
  return { ...out, message: withoutSuggestions(out.message) };
}

export const withoutSuggestions = (message: string) => message.replace(/\s*Did you mean [^?]*\?/g, '').trim();
