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

/**
 * An error of the service's rules, with its code (and details a client may use: the field, a
 * reason). Independent of GraphQL: graphql-js carries `extensions` into the answer's error, and
 * REST routes answer it once, in http-errors.ts (sendDomainError), with the status of its code.
 */
export class DomainError extends Error {
  readonly extensions: { code: ErrorCode } & Record<string, unknown>;
  constructor(
    readonly code: ErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
    this.extensions = { code, ...details };
  }
}

export class BadUserInputError extends DomainError {
  constructor(message: string, field?: string) {
    super(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in to do this.') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this.') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(ErrorCode.NOT_FOUND, `${what} not found.`);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, reason?: string) {
    super(ErrorCode.CONFLICT, message, reason ? { reason } : {});
  }
}

export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(ErrorCode.RATE_LIMITED, 'Too many attempts. Try again later.', { retryAfterSeconds });
  }
}

export function isKnownCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && code in ErrorCode;
}

/** MongoDB and FerretDB both report a duplicate key on insert as code 11000. */
export function isDuplicateKeyError(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 11000;
}
