import type { RequestHandler } from 'express';

/*
 * The server closes a connection that stays silent for its idle limit (60 s): it guards against
 * stalled clients, such as an upload that stops sending. Once a request has fully arrived, silence
 * is the server's, not the client's: a registration queued behind a burst, or a cold feed of
 * 100,000 workshops on FerretDB (about half a minute), should not lose its answer to that limit.
 */

/** How long the server may work on a request that has fully arrived before the connection is closed. */
export const SERVER_WORK_LIMIT_MS = 5 * 60_000;

/**
 * Middleware for requests that have fully arrived when it runs (a GET, or after the body parser):
 * raises the idle limit to `workMs` until the response finishes. Node sets its keep-alive limit
 * when a response finishes; that is left alone.
 */
export function serverWorkLimit(workMs = SERVER_WORK_LIMIT_MS): RequestHandler {
  return (req, res, next) => {
    const idleMs = req.socket.timeout;
    if (idleMs && idleMs < workMs) {
      req.socket.setTimeout(workMs);
      res.once('close', () => {
        if (!req.socket.destroyed && req.socket.timeout === workMs) req.socket.setTimeout(idleMs);
      });
    }
    next();
  };
}
