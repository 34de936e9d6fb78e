import type { Request } from 'express';

/**
 * Waits for server-side work without counting it as the client's silence: the server's idle limit
 * guards against stalled clients, not against a long build the client is rightly waiting for (a
 * cold feed of 100,000 workshops on FerretDB takes about a minute). The limit applies again after.
 */
export async function awaitServerWork<T>(req: Request, work: Promise<T>): Promise<T> {
  const idleMs = req.socket.timeout;
  if (!idleMs) return work;
  req.socket.setTimeout(0);
  try {
    return await work;
  } finally {
    if (!req.socket.destroyed) req.socket.setTimeout(idleMs);
  }
}
