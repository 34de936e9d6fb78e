import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { enqueue } from '../../../src/modules/notifications/outbox';
import { recipientOfUser } from '../../../src/modules/notifications/recipients';
import { testServerUri } from '../../helpers/database';
import { givenWorkshop, useNetworkApp } from '../../helpers/fixtures';
import { spawnEntry } from '../../helpers/processes';
import { startSmtpSink, type SmtpSink } from '../../helpers/smtp';
import { waitFor } from '../../helpers/wait';
import { storedMessages } from '../../helpers/notifications';

/**
 * The real worker process (`npm run worker`), killed with SIGKILL in the middle of a batch while
 * the mail server holds messages unanswered, then started again: every message arrives once.
 */
describe('a worker killed mid-batch', () => {
  const env = useNetworkApp();
  let sink: SmtpSink;
  const workers: ChildProcessWithoutNullStreams[] = [];
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    for (const worker of workers) worker.kill('SIGKILL');
    await sink.close();
  });

  const startWorker = () => {
    const worker = spawnEntry('jobs/worker.ts', [], {
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.WORKER_LOG_LEVEL ?? 'silent',
      MONGODB_URI: testServerUri(),
      MONGODB_DB_NAME: env.db.current.db.databaseName,
      SMTP_URL: sink.url,
      AGENDA_PROCESS_EVERY_MS: '200',
      // A killed worker's job lock and send claims free up quickly here (minutes in production).
      AGENDA_LOCK_LIFETIME_MS: '5000',
      NOTIFICATION_SEND_LEASE_MS: '1500',
    });
    if (process.env.WORKER_LOG_LEVEL) {
      worker.stdout.on('data', (d: Buffer) => process.stdout.write(d));
      worker.stderr.on('data', (d: Buffer) => process.stderr.write(d));
    } else {
      worker.stdout.resume();
      worker.stderr.resume();
    }
    workers.push(worker);
    return worker;
  };

  it('delivers each message exactly once after a restart', async () => {
    // The worker runs on the real clock: a workshop still ahead of it, registration still open.
    const workshop = await givenWorkshop(env.db.current, {
      startsAt: new Date('2030-06-01T09:00:00Z'),
      registrationClosesAt: new Date('2030-05-01T09:00:00Z'),
    });
    const recipient = recipientOfUser(env.network.people.coordinator);
    const total = 30;
    await enqueue(
      env.app.deps,
      Array.from({ length: total }, (_, n) => ({
        id: `REGISTRATION_DEADLINE:restart-${n}:1`,
        kind: 'REGISTRATION_DEADLINE' as const,
        recipient,
        workshopId: workshop._id,
      })),
    );
    // The server accepts ten, then leaves the rest hanging: the worker is mid-batch when killed.
    sink.holdAfter(10);
    const first = startWorker();
    await waitFor(async () => sink.messages.length >= 10, 'the first ten messages', 60_000);
    // Killed once the ten are recorded SENT and the worker hangs on the eleventh.
    const sent = async () => (await storedMessages(env.db.current, { workshopId: workshop._id, 'delivery.state': 'SENT' })).length;
    await waitFor(async () => (await sent()) >= 10 && sink.heldCount() > 0, 'ten recorded SENT and the eleventh held', 60_000);
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    expect(sink.messages).toHaveLength(10);

    sink.holdAfter(null);
    startWorker();
    // Every message recorded SENT: nothing is left that could be sent again.
    await waitFor(async () => (await sent()) === total, `all ${total} recorded SENT`, 60_000);
    expect(sink.messages).toHaveLength(total);
    const counts = sink.countsByMessageId();
    expect(counts.size).toBe(total);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    const states = [...new Set((await storedMessages(env.db.current, { workshopId: workshop._id })).map((n) => n.delivery.state))];
    expect(states).toEqual(['SENT']);
  }, 120_000);
});
