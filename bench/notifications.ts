/**
 * Notifications benchmark (`npx tsx bench/notifications.ts`, also run by `npm run bench`):
 *
 * 1. scheduling: one published workshop with BENCH_NOTIFY_REGISTRATIONS confirmed registrations
 *    (default 10,000, inserted through the driver); the time for the planner to turn its due
 *    reminder into one queued message per person (fireDuePlans);
 * 2. delivery: in a second database, a workshop of BENCH_NOTIFY_SEND (default 2,000) participants
 *    whose reminders are queued; one worker's delivery job (deliverDue rounds, as the Agenda job runs
 *    them) sends them all to an SMTP sink in this process; messages per second, and duplicates by
 *    Message-ID (must be 0). BENCH_NOTIFY_OTHERS (default 0) registrations of other workshops are
 *    inserted first, so the registrations collection is larger than the messages' own (issue #16:
 *    a round must not read a collection that grows with the registrations);
 * 3. the ceiling: the same number of bare nodemailer sendMail calls (pooled, same concurrency) to
 *    the same sink.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Types } from 'mongoose';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { createAppDeps } from '../src/app/deps';
import { systemClock, type Clock } from '../src/clock';
import { loadConfig } from '../src/config';
import { connectDatabase, type Database } from '../src/db/database';
import { ensureFerretdbBinary, startFerretdb } from '../src/db/ferretdb';
import type { AppDeps } from '../src/app/context';
import { createLogger } from '../src/logger';
import { deliverDue } from '../src/modules/notifications/delivery.service';
import { fireDuePlans } from '../src/modules/notifications/planning.service';

export interface NotificationBenchResult {
  registrations: number;
  /** Registrations of other workshops in the delivery database. */
  others: number;
  scheduleMs: number;
  queued: number;
  sent: number;
  deliveryMs: number;
  deliveredPerSecond: number;
  duplicates: number;
  ceilingPerSecond: number;
}

interface Sink {
  url: string;
  received: Map<string, number>;
  close(): Promise<void>;
}

async function startSink(): Promise<Sink> {
  const received = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 1_000_000,
    onData(stream, _session, callback) {
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        if (head.length < 4_000) head += chunk.toString('utf8');
      });
      stream.on('end', () => {
        const id = /^message-id:\s*(\S+)/im.exec(head)?.[1] ?? `none-${randomBytes(4).toString('hex')}`;
        received.set(id, (received.get(id) ?? 0) + 1);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function seed(database: Database, registrations: number, now: Date) {
  const workshopId = new Types.ObjectId();
  const startsAt = new Date(now.getTime() + 7 * 24 * 3_600_000);
  await database.models.Workshop.collection.insertOne({
    _id: workshopId,
    kind: 'WORKSHOP',
    title: 'Benchmark workshop',
    summary: 'Seeded for the notifications benchmark.',
    topics: [],
    languages: ['en'],
    format: 'ONLINE',
    onlineUrl: 'https://meet.example.org/bench',
    timeZone: 'Europe/Paris',
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
    registrationClosesAt: startsAt,
    capacity: registrations,
    status: 'PUBLISHED',
    publishedAt: now,
    openToAll: true,
    eligibility: { regions: [], organizationIds: [] },
    sessions: [],
    facilitators: [],
    revision: 0,
    sequence: 1,
    createdBy: new Types.ObjectId(),
  } as never);
  const organizationId = new Types.ObjectId();
  for (let start = 0; start < registrations; start += 1_000) {
    const batch = Array.from({ length: Math.min(1_000, registrations - start) }, (_, i) => ({
      workshopId,
      organizationId,
      status: 'CONFIRMED',
      participant: {
        name: `Participant ${start + i}`,
        email: `p${start + i}@bench.example.org`,
        userId: null,
        language: ['en', 'fr', 'es'][i % 3],
        timeZone: 'America/Bogota',
      },
      personClaim: `bench:${start + i}`,
      registeredBy: organizationId,
      registeredAt: now,
    }));
    await database.models.Registration.collection.insertMany(batch as never[]);
  }
  // The 7-day reminder, due now.
  await database.models.NotificationPlan.collection.insertOne({
    _id: `REMINDER:${String(workshopId)}:168`,
    kind: 'REMINDER',
    workshopId,
    hours: 168,
    dueAt: now,
    firedAt: null,
  } as never);
  return workshopId;
}

/** Registrations of other workshops (not messaged), inserted before the measured ones. */
async function seedOthers(database: Database, count: number, now: Date) {
  const workshops = Array.from({ length: 100 }, () => new Types.ObjectId());
  const organizationId = new Types.ObjectId();
  for (let start = 0; start < count; start += 1_000) {
    const batch = Array.from({ length: Math.min(1_000, count - start) }, (_, i) => ({
      workshopId: workshops[(start + i) % workshops.length],
      organizationId,
      status: 'CONFIRMED',
      participant: { name: `Other ${start + i}`, email: `o${start + i}@bench.example.org`, userId: null, language: 'en', timeZone: null },
      personClaim: `bench-other:${start + i}`,
      registeredBy: organizationId,
      registeredAt: now,
    }));
    await database.models.Registration.collection.insertMany(batch as never[]);
  }
}

async function withDatabase<T>(uri: string, dbName: string, work: (database: Database) => Promise<T>): Promise<T> {
  const database = await connectDatabase({ uri, dbName, logger: createLogger('warn', { role: 'bench' }), monitorCommands: true });
  try {
    return await work(database);
  } finally {
    await database.db.dropDatabase().catch(() => undefined);
    await database.close();
  }
}

export async function runNotificationBench(options: {
  uri: string;
  dbName: string;
  registrations: number;
  send: number;
  others?: number;
}): Promise<NotificationBenchResult> {
  const logger = createLogger('warn', { role: 'bench' });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'warn' });
  const sink = await startSink();
  const clock: Clock = systemClock;
  const mailConfig = { ...config, notifications: { ...config.notifications, smtpUrl: sink.url } };
  const depsOn = (database: Database): AppDeps => createAppDeps(mailConfig, logger, database, clock);
  try {
    // 1. Scheduling: the planner fans one due reminder out to every confirmed registration.
    const scheduling = await withDatabase(options.uri, `${options.dbName}-plan`.slice(0, 63), async (database) => {
      await seed(database, options.registrations, clock.now());
      const start = performance.now();
      const { queued } = await fireDuePlans(depsOn(database));
      return { scheduleMs: Math.round(performance.now() - start), queued };
    });

    // 2. Delivery: a workshop of `send` participants, their reminders queued, one worker sending them all.
    const delivery = await withDatabase(options.uri, `${options.dbName}-send`.slice(0, 63), async (database) => {
      const deps = depsOn(database);
      try {
        await seedOthers(database, options.others ?? 0, clock.now());
        await seed(database, options.send, clock.now());
        await fireDuePlans(deps);
        // The worker builds its read models when it starts (main.ts), not in its first round.
        await deps.seatFigures.current();
        const timings = new Map<string, { count: number; ms: number }>();
        const started = new Map<number, { name: string; at: number }>();
        if (process.env.BENCH_PROFILE) {
          database.client.on('commandStarted', (e) =>
            started.set(e.requestId, {
              // A getMore names its cursor's collection, not the cursor's number.
              name: `${e.commandName} ${String(e.commandName === 'getMore' ? (e.command as { collection?: string }).collection : (e.command as Record<string, unknown>)[e.commandName])}`,
              at: performance.now(),
            }),
          );
          database.client.on('commandSucceeded', (e) => {
            const s = started.get(e.requestId);
            if (!s) return;
            const t = timings.get(s.name) ?? { count: 0, ms: 0 };
            t.count++;
            t.ms += performance.now() - s.at;
            timings.set(s.name, t);
          });
        }
        const start = performance.now();
        let sent = 0;
        for (let round = 0; round < 10_000; round++) {
          const run = await deliverDue(deps, { limit: 200, concurrency: Number(process.env.BENCH_NOTIFY_LANES ?? 4) });
          sent += run.sent;
          if (run.sent + run.retrying + run.failed + run.skipped + run.passed === 0) break;
        }
        const deliveryMs = performance.now() - start;
        if (process.env.BENCH_PROFILE) for (const [name, t] of timings) process.stdout.write(`${name}: ${t.count} commands, ${Math.round(t.ms)} ms\n`);
        return { sent, deliveryMs: Math.round(deliveryMs) };
      } finally {
        deps.mailer.close();
      }
    });
    const duplicates = [...sink.received.values()].reduce((total, count) => total + count - 1, 0);

    // 3. Ceiling: bare nodemailer to the same sink, same pool size, four in flight.
    const transport = nodemailer.createTransport({ url: sink.url, pool: true, maxConnections: 4 } as never);
    const ceilingStart = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < options.send) {
          next++;
          await transport.sendMail({
            from: 'bench@example.org',
            to: 'p@example.org',
            subject: 'Reminder',
            text: 'x'.repeat(1_500),
            html: `<p>${'x'.repeat(2_500)}</p>`,
          });
        }
      }),
    );
    const ceilingMs = performance.now() - ceilingStart;
    transport.close();
    return {
      registrations: options.registrations,
      others: options.others ?? 0,
      scheduleMs: scheduling.scheduleMs,
      queued: scheduling.queued,
      sent: delivery.sent,
      deliveryMs: delivery.deliveryMs,
      deliveredPerSecond: Math.round((delivery.sent / delivery.deliveryMs) * 1_000 * 10) / 10,
      duplicates,
      ceilingPerSecond: Math.round((options.send / ceilingMs) * 1_000 * 10) / 10,
    };
  } finally {
    await sink.close();
  }
}

export function printNotificationTable(result: NotificationBenchResult): void {
  process.stdout.write(
    `\nNotifications\n` +
      `  schedule reminders for ${result.registrations} registrations: ${result.scheduleMs} ms (${result.queued} messages queued)\n` +
      `  one worker delivering ${result.sent} queued reminders to a local SMTP sink (${result.others} other registrations): ${result.deliveredPerSecond} msg/s (${result.deliveryMs} ms), duplicates ${result.duplicates}\n` +
      `  ceiling, bare nodemailer to the same sink: ${result.ceilingPerSecond} msg/s\n`,
  );
}

// Run alone: its own embedded FerretDB in a temporary directory.
if (require.main === module) {
  void (async () => {
    const logger = createLogger('warn', { role: 'bench' });
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-notify-'));
    const server = await startFerretdb({ binary: await ensureFerretdbBinary(logger), dataDir, logger });
    try {
      const result = await runNotificationBench({
        uri: server.uri,
        dbName: 'bench_notifications',
        registrations: Number(process.env.BENCH_NOTIFY_REGISTRATIONS ?? 10_000),
        send: Number(process.env.BENCH_NOTIFY_SEND ?? 2_000),
        others: Number(process.env.BENCH_NOTIFY_OTHERS ?? 0),
      });
      printNotificationTable(result);
      fs.mkdirSync(path.join(__dirname, 'results'), { recursive: true });
      fs.writeFileSync(path.join(__dirname, 'results', 'notifications.json'), `${JSON.stringify(result, null, 2)}\n`);
    } finally {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  })();
}
