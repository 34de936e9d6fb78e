import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Personal data never goes in: request logs carry method, path, status and
 * ids only, and anything that looks like a credential is redacted should it slip into an object.
 */
export function createLogger(level: string, base: Record<string, unknown> = {}): Logger {
  return pino({
    level,
    base: { service: 'exchange', ...base },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'headers.authorization',
        'headers.cookie',
        '*.password',
        '*.token',
        '*.email',
        'password',
        'token',
        'email',
        // MongoDB's duplicate-key errors carry the clashing values (an email in a unique index).
        'err.keyValue',
        'err.errorResponse.keyValue',
      ],
      censor: '[redacted]',
    },
  });
}
