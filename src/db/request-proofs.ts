import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';

/** A read model's state proved current for one request, and the appends this process had made by then. */
export interface Proof {
  appends: number;
  state: Promise<unknown>;
}

interface RequestProofs {
  proofs: Map<object, Proof>;
  /** Until the response is sent: work the request set off for later (a deferred write, an event) proves afresh. */
  open: boolean;
}

/**
 * Each HTTP request proves each read model current once (read models ask the change log by
 * point reads): a request's answer then reflects the models as they stood at one moment within
 * it, and one page costs one proof per model however many resolvers ask. A write logged by this
 * process since the proof (the request's own, above all) makes the next ask prove again.
 */
const requests = new AsyncLocalStorage<RequestProofs>();

export const requestProofsMiddleware: RequestHandler = (_req, res, next) => {
  const scope: RequestProofs = { proofs: new Map(), open: true };
  res.on('close', () => {
    scope.open = false;
    scope.proofs.clear();
  });
  requests.run(scope, next);
};

/** The proofs of the request this code runs for; undefined outside any request in flight (jobs, timers, work left for later). */
export function proofsOfThisRequest(): Map<object, Proof> | undefined {
  const scope = requests.getStore();
  return scope?.open ? scope.proofs : undefined;
}

/** Runs work with its own proofs, as a request does (for callers that are not HTTP requests). */
export function withRequestProofs<T>(work: () => T): T {
  return requests.run({ proofs: new Map(), open: true }, work);
}
