import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';

/** A read model's state proved current for one request, and the appends this process had made by then. */
export interface Proof {
  appends: number;
  state: Promise<unknown>;
}

/**
 * Each HTTP request proves each read model current once (read models ask the change log by
 * point reads): a request's answer then reflects the models as they stood at one moment within
 * it, and one page costs one proof per model however many resolvers ask. A write logged by this
 * process since the proof (the request's own, above all) makes the next ask prove again.
 */
const requests = new AsyncLocalStorage<Map<object, Proof>>();

export const requestProofsMiddleware: RequestHandler = (_req, _res, next) => requests.run(new Map(), next);

/** The proofs of the request this code runs for; undefined outside any request (jobs, timers). */
export function proofsOfThisRequest(): Map<object, Proof> | undefined {
  return requests.getStore();
}

/** Runs work with its own proofs, as a request does (for callers that are not HTTP requests). */
export function withRequestProofs<T>(work: () => T): T {
  return requests.run(new Map(), work);
}
