import type { Agenda } from 'agenda';
import { createAgenda } from './agenda';
import { defineJobs, scheduleRecurringJobs } from './index';
import type { JobDeps } from '../src/shared/job';
import { workerId } from '../src/modules/system/heartbeat.service';

export interface RunningWorker {
  agenda: Agenda;
  /** Lets running jobs finish (up to `timeoutMs`), then unlocks the rest for another worker. */
  stop(timeoutMs: number): Promise<void>;
}

export async function startWorker(deps: JobDeps): Promise<RunningWorker> {
  const agenda = createAgenda(deps.database, {
    processEveryMs: deps.config.agendaProcessEveryMs,
    name: workerId(),
  });
  agenda.on('error', (err: unknown) => deps.logger.error({ err }, 'agenda error'));
  defineJobs(agenda, deps);
  await agenda.start();
  await scheduleRecurringJobs(agenda);
  deps.logger.info('worker started');
  return {
    agenda,
    async stop(timeoutMs) {
      await agenda.drain({ timeout: timeoutMs, closeConnection: false });
      await agenda.stop(false);
    },
  };
}
