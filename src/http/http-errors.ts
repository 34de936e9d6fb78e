import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '../db/unavailable';
import { DomainError, ErrorCode, httpStatusOf, type ErrorCode as Code } from '../shared/errors';

/** HTTP-level failures answer in the GraphQL error shape, so clients parse one format. */
export function sendError(res: Response, status: number, code: Code, message: string, extra: Record<string, unknown> = {}) {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
}

/**
 * A domain error as an HTTP answer: the status of its code, its message and details (the field, a
 * reason). False for anything else (a fault of ours goes on to the error handler).
 */
export function sendDomainError(res: Response, err: unknown): boolean {
  if (!(err instanceof DomainError) || err.code === ErrorCode.INTERNAL_SERVER_ERROR) return false;
  const { code, ...details } = err.extensions;
  sendError(res, httpStatusOf[code], code, err.message, details);
  return true;
}

export const notFound: RequestHandler = (req, res) => {
  sendError(res, 404, ErrorCode.NOT_FOUND, `No route for ${req.method} ${req.path}.`);
};

/** body-parser's error types, each turned into a clear client error. */
const BODY_ERRORS: Record<string, { status: number; message: string }> = {
  'entity.parse.failed': { status: 400, message: 'The request body is not valid JSON.' },
  'entity.too.large': { status: 413, message: 'The request body is too large.' },
  'encoding.unsupported': { status: 415, message: 'The request body encoding is not supported.' },
  'charset.unsupported': { status: 415, message: 'The request body charset is not supported.' },
  'request.aborted': { status: 400, message: 'The request was aborted.' },
  'request.size.invalid': { status: 400, message: 'The request body size does not match Content-Length.' },
  'stream.encoding.set': { status: 500, message: 'Internal server error.' },
};

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const type = (err as { type?: string }).type;
  const known = type ? BODY_ERRORS[type] : undefined;
  if (known && known.status < 500) {
    sendError(res, known.status, ErrorCode.BAD_USER_INPUT, known.message, {
      ...(type === 'entity.too.large' ? { limitBytes: (err as { limit?: number }).limit } : {}),
    });
    return;
  }
  if (!res.headersSent && sendDomainError(res, err)) return;
  // Other client errors of Express and body-parser (http-errors with a 4xx status, e.g. a body
  // declared gzip that is not): the client's fault, answered as such, without their details.
  const status = (err as { status?: unknown }).status;
  if ((err as { expose?: unknown }).expose === true && typeof status === 'number' && status >= 400 && status < 500) {
    sendError(res, status, ErrorCode.BAD_USER_INPUT, 'The request could not be read.');
    return;
  }
  if (isDatabaseUnavailable(err) && !res.headersSent) {
    req.log.warn({ err }, 'database unavailable');
    res.setHeader('Retry-After', '5');
    sendError(res, httpStatusOf.DATABASE_UNAVAILABLE, ErrorCode.DATABASE_UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE);
    return;
  }
  req.log.error({ err }, 'unhandled error in HTTP route');
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, `Internal server error. Request id: ${String(req.id)}`);
};
