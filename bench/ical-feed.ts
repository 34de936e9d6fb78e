/**
 * The iCal feed benchmark (`npx tsx bench/ical-feed.ts` alone, or as part of `npm run bench`):
 *
 * 1. seeds BENCH_ICAL_WORKSHOPS (5,000) published workshops straight through the model (six zones,
 *    a third with two sessions, spread over the coming year) into a database of its own;
 * 2. starts the real api in this process (production settings, a free loopback port) and requests
 *    `GET /calendar/public.ics` as a calendar client does (Accept-Encoding: gzip):
 *    - cold: the first request (stamps, one scan of the workshops, every VEVENT serialised, gzip);
 *    - warm: full GETs of the built feed (median of BENCH_ICAL_WARM_RUNS);
 *    - conditional: If-None-Match with the current ETag, answered 304 (median of the same);
 *    - after one change: a workshop edited (its stamp raised), the next GET rebuilds from the cached
 *      VEVENTs of the 4,999 others;
 * 3. against: the same 5,000 workshops (already in memory) serialised by ical-generator alone
 *    (newWorkshopCalendar + addWorkshopEvent + toString), in the same run; as the feeds' VEVENT
 *    texts alone (workshopEventText, the serialising part of a cold build); and the database read
 *    of the workshops alone, which every build starts with.
 *
 * Memory: RSS and heap before and after each step (after a GC when run with --expose-gc, which
 * this script asks for when it starts itself), and the peak RSS during the step (Linux VmHWM).
 * Database commands per request are counted with the driver's command monitoring.
 * Writes bench/results/ical-feed.json when run alone; bench/run.ts puts the figures in latest.json.
 */
import { spawnSync } from 'node:child_process';
import { createAppDeps } from '../src/app/deps';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Types } from 'mongoose';
import pino from 'pino';
import { loadConfig } from '../src/config';
import { connectDatabase, type Database } from '../src/db/database';
import { ensureFerretdbBinary, startFerretdb } from '../src/db/ferretdb';
import { loadPublicWorkshops } from '../src/modules/calendar/feeds.service';
import { addWorkshopEvent, newWorkshopCalendar, workshopEventText } from '../src/modules/calendar/ics/workshop-event';
import { DEFAULT_TOPICS } from '../src/modules/organizations/reference/topics';
import { startApi } from '../src/app/server';
import { subscribeAll } from '../src/app/subscribers';

const root = path.resolve(__dirname, '..');
const resultsFile = path.join(root, 'bench', 'results', 'ical-feed.json');
const WORKSHOPS = Number(process.env.BENCH_ICAL_WORKSHOPS || 5_000);
const WARM_RUNS = Number(process.env.BENCH_ICAL_WARM_RUNS || 20);
/** An upper bound for run.ts's watchdog: seeding, the cold build and the rest, on a loaded machine. */
export const ICAL_FEED_DEADLINE_MS = 10 * 60_000;
const ZONES = ['Europe/Paris', 'America/New_York', 'Asia/Bangkok', 'Africa/Nairobi', 'America/Sao_Paulo', 'Australia/Sydney'];

export interface StepFigures {
  ms: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  peakRssMb: number | null;
  heapBeforeMb: number;
  heapAfterMb: number;
  dbCommands?: number;
  status?: number;
  bytes?: number;
}

export interface IcalFeedReport {
  workshops: number;
  feedBytes: number;
  feedGzipBytes: number;
  icalGeneratorAlone: StepFigures;
  /** workshopEventText for each workshop, in memory: the serialising part of a cold build. */
  eventTextsAlone: StepFigures;
  /** loadPublicWorkshops alone: the scan every (re)build starts with. */
  databaseReadAlone: StepFigures;
  cold: StepFigures;
  warm: StepFigures & { runs: number; p95Ms: number };
  conditional304: StepFigures & { runs: number; p95Ms: number };
  afterOneChange: StepFigures;
  gcExposed: boolean;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

function peakRssKb(): number | null {
  try {
    const line = fs
      .readFileSync('/proc/self/status', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmHWM:'));
    return line ? Number(line.replace(/\D+/g, '')) : null;
  } catch {
    return null;
  }
}

function resetPeak(): void {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // not Linux: peak RSS is reported as null
  }
}

async function step<T>(work: () => Promise<T>): Promise<{ result: T; figures: StepFigures }> {
  gc();
  resetPeak();
  const before = process.memoryUsage();
  const started = process.hrtime.bigint();
  const result = await work();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const peak = peakRssKb();
  const after = process.memoryUsage();
  return {
    result,
    figures: {
      ms: Math.round(ms * 10) / 10,
      rssBeforeMb: mb(before.rss),
      rssAfterMb: mb(after.rss),
      peakRssMb: peak === null ? null : Math.round((peak / 1024) * 10) / 10,
      heapBeforeMb: mb(before.heapUsed),
      heapAfterMb: mb(after.heapUsed),
    },
  };
}

function get(url: string, headers: Record<string, string>): Promise<{ status: number; bytes: number; etag: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, etag: res.headers.etag }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function seed(database: Database): Promise<Types.ObjectId[]> {
  const base = Date.now() + 86_400_000;
  const ids: Types.ObjectId[] = [];
  for (let offset = 0; offset < WORKSHOPS; offset += 500) {
    const docs = Array.from({ length: Math.min(500, WORKSHOPS - offset) }, (_, k) => {
      const i = offset + k;
      const startsAt = new Date(base + (i % 365) * 86_400_000 + (i % 9) * 3_600_000);
      const endsAt = new Date(startsAt.getTime() + 8 * 3_600_000);
      const title = `Workshop ${i}: protecting children online and offline`;
      const _id = new Types.ObjectId();
      ids.push(_id);
      return {
        _id,
        kind: 'WORKSHOP',
        title,
        summary: 'A day of practice and exchange between member groups of the region.',
        description: 'Case studies, tools and referral pathways; bring your own questions.',
        topics: [DEFAULT_TOPICS[i % DEFAULT_TOPICS.length], DEFAULT_TOPICS[(i + 3) % DEFAULT_TOPICS.length]],
        languages: ['en', 'fr'],
        format: i % 3 === 0 ? 'HYBRID' : 'IN_PERSON',
        venue: { name: 'Training Centre', address: '1 Example Road', city: 'Capital', country: 'KE' },
        onlineUrl: i % 3 === 0 ? 'https://meet.example.org/bench' : null,
        timeZone: ZONES[i % ZONES.length],
        startsAt,
        endsAt,
        sessions:
          i % 3 === 0
            ? [
                { title: 'Morning', startsAt, endsAt: new Date(startsAt.getTime() + 3 * 3_600_000) },
                { title: 'Afternoon', startsAt: new Date(startsAt.getTime() + 5 * 3_600_000), endsAt },
              ]
            : [],
        capacity: 40,
        registrationClosesAt: startsAt,
        status: 'PUBLISHED',
        publishedAt: new Date(),
        openToAll: true,
        createdBy: new Types.ObjectId(),
      };
    });
    await database.models.Workshop.insertMany(docs, { lean: true });
  }
  return ids;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)]!;

/** Runs the benchmark in a database of its own on the given server, dropped afterwards. */
export async function runIcalFeedBench(target: { uri: string; dbName: string }, log: (line: string) => void): Promise<IcalFeedReport> {
  const logger = pino({ level: 'silent' });
  const dbName = `${target.dbName}-ical`.slice(0, 63);
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    MONGODB_URI: target.uri,
    MONGODB_DB_NAME: dbName,
    PUBLIC_URL: 'https://exchange.example.org',
    LINK_SIGNING_SECRET: 'bench-'.padEnd(40, 'x'),
  });
  const database = await connectDatabase({ uri: target.uri, dbName, logger, monitorCommands: true });
  const commands: string[] = [];
  database.client.on('commandStarted', (event) => {
    if (event.commandName !== 'endSessions') commands.push(event.commandName);
  });
  const deps = createAppDeps(config, logger, database);
  subscribeAll(deps);
  const api = await startApi(deps, { host: '127.0.0.1', port: 0 });
  try {
    log(`ical feed: seeding ${WORKSHOPS} published workshops`);
    const ids = await seed(database);
    const feedUrl = `${api.url}/calendar/public.ics`;
    const headers = { 'Accept-Encoding': 'gzip' };
    const counted = async <T>(work: () => Promise<T>) => {
      commands.length = 0;
      const result = await work();
      return { result, count: commands.length };
    };

    log('ical feed: cold GET (first build)');
    const cold = await step(() => counted(() => get(feedUrl, headers)));
    const etag = cold.result.result.etag!;
    const identity = await get(feedUrl, { 'Accept-Encoding': 'identity' });

    log(`ical feed: ${WARM_RUNS} warm GETs and ${WARM_RUNS} conditional GETs`);
    const warmTimes: number[] = [];
    const warm = await step(async () => {
      let last = { result: { status: 0, bytes: 0, etag: '' as string | undefined }, count: 0 };
      for (let i = 0; i < WARM_RUNS; i++) {
        const started = process.hrtime.bigint();
        last = await counted(() => get(feedUrl, headers));
        warmTimes.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      return last;
    });
    const conditionalTimes: number[] = [];
    const conditional = await step(async () => {
      let last = { result: { status: 0, bytes: 0, etag: '' as string | undefined }, count: 0 };
      for (let i = 0; i < WARM_RUNS; i++) {
        const started = process.hrtime.bigint();
        last = await counted(() => get(feedUrl, { ...headers, 'If-None-Match': etag }));
        conditionalTimes.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      return last;
    });

    log('ical feed: one workshop changed, then GET (rebuild from cached events)');
    // Through the model, so the write is logged and the feed's stamp (the programme's log position) moves.
    await database.models.Workshop.updateOne({ _id: ids[0] }, { $set: { title: 'Renamed workshop', revisedAt: new Date() }, $inc: { revision: 1 } });
    const afterChange = await step(() => counted(() => get(feedUrl, headers)));

    log('ical feed: the database read alone (what a cold build or a rebuild waits for first)');
    const read = await step(async () => (await loadPublicWorkshops(deps)).length);
    log('ical feed: the same workshops serialised by ical-generator alone');
    const workshops = await loadPublicWorkshops(deps);
    const alone = await step(async () => {
      const calendar = newWorkshopCalendar('Workshops: public programme');
      calendar.ttl(3600);
      for (const workshop of workshops) addWorkshopEvent(calendar, workshop, { publicUrl: config.publicUrl!, includeJoiningLink: false });
      return calendar.toString().length;
    });
    log('ical feed: the same workshops as VEVENT texts alone (what a cold build serialises)');
    const events = await step(async () =>
      workshops.reduce((bytes, workshop) => bytes + workshopEventText(workshop, { publicUrl: config.publicUrl!, includeJoiningLink: false }).length, 0),
    );

    const withCounts = (s: { result: { result: { status: number; bytes: number }; count: number }; figures: StepFigures }) => ({
      ...s.figures,
      status: s.result.result.status,
      bytes: s.result.result.bytes,
      dbCommands: s.result.count,
    });
    return {
      workshops: workshops.length,
      feedBytes: identity.bytes,
      feedGzipBytes: cold.result.result.bytes,
      icalGeneratorAlone: { ...alone.figures, bytes: alone.result },
      eventTextsAlone: { ...events.figures, bytes: events.result },
      databaseReadAlone: read.figures,
      cold: withCounts(cold),
      warm: { ...withCounts(warm), ms: Math.round(median(warmTimes) * 10) / 10, p95Ms: Math.round(p95(warmTimes) * 10) / 10, runs: WARM_RUNS },
      conditional304: {
        ...withCounts(conditional),
        ms: Math.round(median(conditionalTimes) * 10) / 10,
        p95Ms: Math.round(p95(conditionalTimes) * 10) / 10,
        runs: WARM_RUNS,
      },
      afterOneChange: withCounts(afterChange),
      gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function',
    };
  } finally {
    await api.close();
    await database.db.dropDatabase().catch(() => undefined);
    await database.close();
  }
}

export function printIcalFeedTable(report: IcalFeedReport): void {
  const rows: [string, StepFigures & { p95Ms?: number }][] = [
    ['ical-generator alone (in memory)', report.icalGeneratorAlone],
    ['VEVENT texts alone (in memory)', report.eventTextsAlone],
    ['database read of the workshops alone', report.databaseReadAlone],
    ['GET cold (first build)', report.cold],
    ['GET warm (median)', report.warm],
    ['GET If-None-Match -> 304 (median)', report.conditional304],
    ['GET after one change', report.afterOneChange],
  ];
  console.log(`\niCal feed: ${report.workshops} workshops, ${report.feedBytes} bytes (${report.feedGzipBytes} gzipped)`);
  console.log('step                                  ms       status  bytes      db cmds  rss before->after (peak) MB   heap before->after MB');
  for (const [name, f] of rows) {
    console.log(
      `${name.padEnd(36)}  ${String(f.ms).padStart(8)} ${String(f.status ?? '').padStart(6)}  ${String(f.bytes ?? '').padStart(9)}  ${String(f.dbCommands ?? '').padStart(7)}  ` +
        `${f.rssBeforeMb} -> ${f.rssAfterMb} (${f.peakRssMb ?? '?'})`.padEnd(29) +
        `  ${f.heapBeforeMb} -> ${f.heapAfterMb}`,
    );
  }
}

async function main(): Promise<void> {
  // GC between steps makes the heap figures mean something; restart once with it exposed.
  if (typeof (globalThis as { gc?: unknown }).gc !== 'function' && !process.env.BENCH_ICAL_CHILD) {
    const child = spawnSync(process.execPath, ['--expose-gc', ...process.execArgv, __filename], {
      stdio: 'inherit',
      env: { ...process.env, BENCH_ICAL_CHILD: '1' },
    });
    process.exit(child.status ?? 1);
  }
  const log = (line: string) => console.log(`[bench] ${line}`);
  let stop: (() => Promise<void>) | undefined;
  let uri = process.env.MONGODB_URI;
  let dataDir: string | undefined;
  try {
    if (!uri) {
      const logger = pino({ level: 'warn' });
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-ical-'));
      const binary = await ensureFerretdbBinary(logger, process.env.FERRETDB_BIN || undefined);
      const server = await startFerretdb({ binary, dataDir, logger });
      uri = server.uri;
      stop = () => server.stop();
    }
    const report = await runIcalFeedBench({ uri, dbName: `bench-${randomBytes(3).toString('hex')}` }, log);
    printIcalFeedTable(report);
    const full = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      database: process.env.MONGODB_URI ? 'MONGODB_URI' : 'embedded FerretDB 1.24 (SQLite)',
      ...report,
    };
    fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
    fs.writeFileSync(resultsFile, `${JSON.stringify(full, null, 2)}\n`);
    log(`wrote ${path.relative(root, resultsFile)}`);
  } finally {
    await stop?.();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
