import compression from 'compression';
import type { RequestHandler } from 'express';

/**
 * Brotli or gzip for what people wait for on a slow link: API answers, the portal's page and its
 * assets. Only text (compressible types) and answers of 1 KB or more. File downloads and
 * calendar feeds stay apart: downloads answer byte ranges of stored files, and feeds are gzipped
 * once as they are written.
 */
export const compressText = (): RequestHandler => compression({ threshold: 1024 });
