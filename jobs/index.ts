import type { Agenda, Job } from 'agenda';
import type { JobDefinition, JobDeps } from '../src/shared/job';
import { MODULES } from '../src/modules';

// Every job of the service: each module lists its own (modules/<domain>/index.ts). This file is
// the only place that calls agenda.define / agenda.every.
// biome-ignore lint/suspicious/noExplicitAny: each job has its own data type; the list holds them all
export const ALL_JOBS: JobDefinition<any>[] = MODULES.flatMap((module) => module.jobs ?? []);

export function defineJobs(agenda: Agenda, deps: JobDeps, jobs = ALL_JOBS): void {
  for (const job of jobs) {
    agenda.define(
      job.name,
      async (agendaJob: Job<unknown>) => {
        const started = Date.now();
        try {
          await job.handler(agendaJob.attrs.data ?? {}, deps);
          deps.logger.debug({ job: job.name, ms: Date.now() - started }, 'job done');
        } catch (err) {
          deps.logger.error({ job: job.name, err }, 'job failed');
          throw err;
        }
      },
      { ...job.options, lockLifetime: Math.min(job.options?.lockLifetime ?? deps.config.agendaLockLifetimeMs, deps.config.agendaLockLifetimeMs) },
    );
  }
}

/** Only the worker schedules recurring jobs, so an api process never races it on the upsert. */
export async function scheduleRecurringJobs(agenda: Agenda, jobs = ALL_JOBS): Promise<void> {
  for (const job of jobs) {
    if (job.every) await agenda.every(job.every, job.name, {}, { skipImmediate: false });
  }
}

/** Typed one-off scheduling: jobs are never scheduled with ad-hoc name strings. */
export async function scheduleJob<Data>(agenda: Agenda, job: JobDefinition<Data>, when: Date | 'now', data: Data) {
  return when === 'now' ? agenda.now(job.name, data) : agenda.schedule(when, job.name, data);
}
