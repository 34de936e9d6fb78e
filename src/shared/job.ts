import type { AppDeps } from '../app/context';

export type JobDeps = AppDeps;

/**
 * One job per file: a `domain/action` name, a typed payload, Agenda options and a plain handler
 * that tests can call without Agenda. Handlers must be idempotent: on FerretDB two workers can
 * run the same job (Agenda's locking rests on findOneAndUpdate), so exclusive work takes a claim.
 */
export interface JobDefinition<Data> {
  name: `${string}/${string}`;
  /** Recurring jobs only: Agenda interval (e.g. '1 minute'). Only the worker schedules these. */
  every?: string;
  options?: { concurrency?: number; lockLifetime?: number; priority?: 'lowest' | 'low' | 'normal' | 'high' | 'highest' };
  handler(data: Data, deps: JobDeps): Promise<void>;
}

export function defineJob<Data>(definition: JobDefinition<Data>): JobDefinition<Data> {
  return definition;
}
