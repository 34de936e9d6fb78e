import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../logger';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * One log line per request with a request id (taken from `X-Request-Id` when sane, echoed back).
 * Only the path is logged: query strings and feed tokens may identify a person.
 */
export function requestLogging(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel(_req, res, err) {
      if (err || res.statusCode >= 500) return 'error';
      if (res.statusCode >= 400) return 'warn';
      return 'info';
    },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: redactPath(req.url.split('?')[0] ?? ''),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
  });
}

/**
 * Secret path segments (calendar feed tokens) must not reach the log, in any spelling a route
 * could match: Express routes case-insensitively and decodes percent-escapes, and clients send
 * `//` and `/./`. The path is compared in a normalised form; a match logs no part of the token.
 */
export function redactPath(path: string): string {
  return /\/calendar\/private(\/|$)/.test(normalisedForMatching(path)) ? '/calendar/private/[token]' : path;
}

function normalisedForMatching(path: string): string {
  let decoded = path;
  // Twice: a doubly encoded `%2570` must not slip past either.
  for (let round = 0; round < 2; round++) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      decoded = decoded.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    }
  }
  let normal = decoded
    .toLowerCase()
    .replace(/\\/g, '/')
    .replace(/\/{2,}/g, '/');
  for (let previous = ''; previous !== normal; ) {
    previous = normal;
    normal = normal
      .replace(/\/\.(\/|$)/g, '/')
      .replace(/\/[^/]+\/\.\.(\/|$)/g, '/')
      .replace(/\/{2,}/g, '/');
  }
  return normal;
}
