import { createAgenda } from '../../../jobs/agenda';
import { defineJobs, scheduleJob } from '../../../jobs/index';
import { defineJob } from '../../../src/shared/job';
import { startWorker } from '../../../jobs/run-worker';
import { tryClaim } from '../../../src/db/claims';
import { startTestApp } from '../../helpers/app';
import { useTestDatabase } from '../../helpers/database';
import { waitFor } from '../../helpers/wait';

// Agenda 6 on the application's own connection: a job defined, run and observed.
describe('jobs (Agenda)', () => {
  const db = useTestDatabase();

  const recordJob = defineJob<{ key: string }>({
    name: 'test/record',
    options: { lockLifetime: 1_000 },
    async handler(data, deps) {
      // Idempotent through the claims rule: a second run of the same key does nothing.
      if (await tryClaim(deps.database.db, `test-record:${data.key}`, { kind: 'test', now: deps.clock.now() })) {
        await deps.database.db.collection('jobRuns').insertOne({ key: data.key, at: deps.clock.now() });
      }
    },
  });

  it('runs a job scheduled now, and runs its handler only once per key even when scheduled twice', async () => {
    const app = await startTestApp(db.current, { agendaProcessEveryMs: 100 });
    const agenda = createAgenda(db.current, { processEveryMs: 100, name: 'test-worker' });
    try {
      defineJobs(agenda, app.deps, [recordJob]);
      await agenda.start();
      await scheduleJob(agenda, recordJob, 'now', { key: 'a' });
      await scheduleJob(agenda, recordJob, 'now', { key: 'a' });
      await scheduleJob(agenda, recordJob, 'now', { key: 'b' });

      const jobs = db.current.db.collection('agendaJobs');
      await waitFor(async () => (await jobs.countDocuments({ name: 'test/record', lastFinishedAt: { $ne: null } })) === 3, 'three finished job runs');
      const runs = await db.current.db.collection('jobRuns').find({}).sort({ key: 1 }).toArray();
      expect(runs.map((r) => r.key)).toEqual(['a', 'b']);
      expect(runs[0]?.at).toEqual(new Date('2026-03-01T09:00:00Z')); // the injected clock
    } finally {
      await agenda.stop(false);
      await app.close();
    }
  });

  it('records a failed run with its reason', async () => {
    const app = await startTestApp(db.current);
    const agenda = createAgenda(db.current, { processEveryMs: 100 });
    const failing = defineJob<Record<string, never>>({
      name: 'test/fail',
      options: { lockLifetime: 1_000 },
      async handler() {
        throw new Error('smtp unavailable');
      },
    });
    try {
      defineJobs(agenda, app.deps, [failing]);
      await agenda.start();
      await scheduleJob(agenda, failing, 'now', {});
      const job = await waitFor(() => db.current.db.collection('agendaJobs').findOne({ name: 'test/fail', failedAt: { $ne: null } }), 'the failed run');
      expect(job.failReason).toBe('smtp unavailable');
      expect(job.failCount).toBe(1);
    } finally {
      await agenda.stop(false);
      await app.close();
    }
  });

  it('starts the worker with its recurring jobs, whose heartbeat /readyz then reports', async () => {
    const app = await startTestApp(db.current, { agendaProcessEveryMs: 100 });
    const worker = await startWorker(app.deps);
    try {
      const recurring = await db.current.db.collection('agendaJobs').find({ type: 'single' }).project({ name: 1, repeatInterval: 1 }).toArray();
      expect(recurring.map((j) => j.name).sort()).toEqual([
        'notifications/daily-digest',
        'notifications/deliver',
        'notifications/fire-plans',
        'personal-data/purge-ephemeral-answers',
        'registrations/anonymise-participants',
        'registrations/expire-offers',
        'registrations/reconcile-claims',
        'resources/reconcile',
        'system/heartbeat',
        'system/prune-changes',
        'system/sweep-claims',
        'users/sweep-sessions',
        'workshops/complete-ended',
      ]);

      const ready = await waitFor(async () => {
        const body = (await (await fetch(`${app.url}/readyz`)).json()) as { worker: { lastBeatAt: string } | null };
        return body.worker;
      }, 'a worker heartbeat');
      expect(ready.lastBeatAt).toBe('2026-03-01T09:00:00.000Z');
    } finally {
      await worker.stop(1_000);
      await app.close();
    }
  });
});
