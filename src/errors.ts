import { GraphQLError } from 'graphql';

/** The fixed set of `extensions.code` values clients may rely on (DESIGN.md). */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  /** The database cannot be reached right now (stopped, restarting, electing a primary): retry shortly. */
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** HTTP status for each code where the error ends a request outside GraphQL (files, feeds). */
export const httpStatusOf: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  DATABASE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

export class BadUserInputError extends GraphQLError {
  readonly code = ErrorCode.BAD_USER_INPUT;
  constructor(message: string, field?: string) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}) } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  readonly code = ErrorCode.UNAUTHENTICATED;
  constructor(message = 'Sign in to do this.') {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
  }
}

export class ForbiddenError extends GraphQLError {
  readonly code = ErrorCode.FORBIDDEN;
  constructor(message = 'You are not allowed to do this.') {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}

export class NotFoundError extends GraphQLError {
  readonly code = ErrorCode.NOT_FOUND;
  constructor(what: string) {
    super(`${what} not found.`, { extensions: { code: ErrorCode.NOT_FOUND } });
  }
}

export class ConflictError extends GraphQLError {
  readonly code = ErrorCode.CONFLICT;
  constructor(message: string, reason?: string) {
    super(message, { extensions: { code: ErrorCode.CONFLICT, ...(reason ? { reason } : {}) } });
  }
}

export class RateLimitedError extends GraphQLError {
  readonly code = ErrorCode.RATE_LIMITED;
  constructor(retryAfterSeconds: number) {
    super('Too many attempts. Try again later.', {
      extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds },
    });
  }
}

export function isKnownCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && code in ErrorCode;
}

/** MongoDB and FerretDB both report a duplicate key on insert as code 11000. */
export function isDuplicateKeyError(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 11000;
}
