import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';
import type { Schema } from 'mongoose';

/**
 * A server-side time limit (maxTimeMS) on the reads a request makes, so one slow query cannot hold
 * a connection and a client forever. Jobs run outside any request and are not limited: a nightly
 * sweep may take longer than a person would wait. The limit is carried in async context from the
 * HTTP middleware to the Mongoose query hooks.
 */
const requestScope = new AsyncLocalStorage<{ maxTimeMS: number }>();

export function queryTimeoutMiddleware(maxTimeMS: number): RequestHandler {
  return (_req, _res, next) => requestScope.run({ maxTimeMS }, next);
}

export function runWithQueryTimeout<T>(maxTimeMS: number, work: () => T): T {
  return requestScope.run({ maxTimeMS }, work);
}

/**
 * Runs work outside any request's limit: work that serves every request of the process (a read
 * model's full read) must not fail because the request that happened to start it set a limit.
 */
export function outsideRequestScope<T>(work: () => T): T {
  return requestScope.exit(work);
}

/** The limit in force here, if any (tests read it). */
export function currentQueryTimeout(): number | undefined {
  return requestScope.getStore()?.maxTimeMS;
}

// Not `distinct`: FerretDB 1.24 refuses maxTimeMS there ("unknown field"); no request uses it.
const READS = /^(find|findOne|countDocuments)$/;

/** Registered once with mongoose.plugin, so every model of every connection gets it. */
export function queryTimeoutPlugin(schema: Schema): void {
  schema.pre(READS, function (this: { getOptions(): { maxTimeMS?: number }; setOptions(o: object): void }) {
    const maxTimeMS = currentQueryTimeout();
    if (maxTimeMS !== undefined && this.getOptions().maxTimeMS === undefined) this.setOptions({ maxTimeMS });
  });
  schema.pre('aggregate', function () {
    const maxTimeMS = currentQueryTimeout();
    if (maxTimeMS !== undefined && this.options.maxTimeMS === undefined) this.options.maxTimeMS = maxTimeMS;
  });
}
