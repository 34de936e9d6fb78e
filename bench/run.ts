/**
 * `npm run bench`: the baseline load test. Builds dist/ when stale; starts the database (an embedded
 * FerretDB in a throw-away directory unless MONGODB_URI is set), seeds the demo network into it
 * (`node dist/scripts/seed.js`), starts the real service on it (`node dist/src/main.js`, api only,
 * production settings), signs in once as the demo coordinator (and once as the demo admin), drives the scenarios with
 * autocannon, counts the database commands one request of each scenario issues (in-process, see
 * countCommands), then runs the registration burst (bench/registration-burst.ts, signed in once as
 * the demo admin too), then the iCal feed benchmark (bench/ical-feed.ts, its own database on the
 * same server) and writes bench/results/latest.json. Always stops what it started and exits
 * by itself in bounded time.
 *
 * Settings (environment): BENCH_DURATION_S (10), BENCH_WARMUP_S (3), BENCH_CONNECTIONS (10),
 * BENCH_BUILD (auto | always | never), BENCH_STARTUP_TIMEOUT_S (600), BENCH_BURST_SIZE (1000),
 * BENCH_BURST_CONCURRENCY (50), BENCH_BURST_TIMEOUT_S (300).
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import pino from 'pino';
import { ensureFerretdbBinary, startFerretdb, type FerretdbProcess } from '../src/db/ferretdb';
import { ICAL_FEED_DEADLINE_MS, printIcalFeedTable, runIcalFeedBench } from './ical-feed';

import { printNotificationTable, runNotificationBench } from './notifications';
import { burstDeadlineMs, printBurstTable, runRegistrationBurst } from './registration-burst';
import { printResourcesTables, resourcesBenchSettings, runResourcesBench } from './resources';
import { printScaleTable, runScaleBench, SCALE_DEADLINE_MS, stopScaleBench } from './scale';
import {
  BUILD_TIMEOUT_MS,
  buildIfNeeded,
  dropBenchDatabase,
  startCountingApp,
  readStatusKb,
  resetPeakRss,
  root,
  type RunningService,
  seedScript,
  STOP_TIMEOUT_MS,
  startService as startBuiltService,
  toMb,
} from './service';

const resultsFile = path.join(root, 'bench', 'results', 'latest.json');
const SEED_TIMEOUT_MS = 2 * 60_000;
/** The in-process command count: connect, start, 3 requests per scenario, close. */
const COUNT_TIMEOUT_MS = 60_000;
/** How long after a response the count still waits for commands it may have left running. */
const COUNT_SETTLE_MS = 100;
/** Runs per scenario of the command count; the median is reported. */
const COUNT_RUNS = 3;
/** Production settings need a link-signing key; a fresh one per run. */
const BENCH_LINK_SECRET = randomBytes(32).toString('base64url');

// ---------------------------------------------------------------------------------------------
// Settings

function envNumber(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new Error(`${name} must be a number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

const settings = {
  durationS: Math.round(envNumber('BENCH_DURATION_S', 10, 1, 600)),
  warmupS: Math.round(envNumber('BENCH_WARMUP_S', 3, 0, 60)),
  connections: Math.round(envNumber('BENCH_CONNECTIONS', 10, 1, 1_000)),
  startupTimeoutS: envNumber('BENCH_STARTUP_TIMEOUT_S', 600, 5, 3_600),
  build: (process.env.BENCH_BUILD || 'auto') as 'auto' | 'always' | 'never',
  notifications: {
    registrations: Math.round(envNumber('BENCH_NOTIFY_REGISTRATIONS', 10_000, 1, 1_000_000)),
    send: Math.round(envNumber('BENCH_NOTIFY_SEND', 2_000, 1, 1_000_000)),
  },
  burst: {
    size: Math.round(envNumber('BENCH_BURST_SIZE', 1_000, 1, 100_000)),
    concurrency: Math.round(envNumber('BENCH_BURST_CONCURRENCY', 50, 1, 1_000)),
    timeoutMs: envNumber('BENCH_BURST_TIMEOUT_S', 300, 1, 3_600) * 1000,
  },
};
/** BENCH_ONLY=burst,notifications (any of load, burst, ical, resources, notifications): run just those parts. */
const PARTS = ['load', 'burst', 'ical', 'resources', 'notifications'] as const;
const only = (process.env.BENCH_ONLY ?? '')
  .split(',')
  .map((part) => part.trim())
  .filter(Boolean);
for (const part of only) if (!(PARTS as readonly string[]).includes(part)) throw new Error(`BENCH_ONLY: unknown part "${part}" (known: ${PARTS.join(', ')})`);
const runs = (part: (typeof PARTS)[number]) => only.length === 0 || only.includes(part);
if (!['auto', 'always', 'never'].includes(settings.build)) {
  throw new Error(`BENCH_BUILD must be auto, always or never, got "${settings.build}"`);
}

interface Scenario {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** A cheap check that each response is the real answer, not an error in a 200. */
  verify: (body: string) => boolean;
}

const baseScenarios: Scenario[] = [
  {
    name: 'healthz',
    method: 'GET',
    path: '/healthz',
    verify: (body) => body.includes('"ok"'),
  },
  {
    name: 'graphql serverInfo',
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ serverInfo { name version time } }' }),
    verify: (body) => body.includes('"serverInfo"') && !body.includes('"errors"'),
  },
  {
    name: 'readyz (db ping)',
    method: 'GET',
    path: '/readyz',
    verify: (body) => body.includes('"ready"'),
  },
];

/** A GraphQL answer with `data`, no `errors`, and data that passes `check`. */
function graphqlAnswer(check: (data: Record<string, unknown>) => boolean): (body: string) => boolean {
  return (body) => {
    try {
      const json = JSON.parse(body) as { data?: Record<string, unknown> | null; errors?: unknown };
      return json.errors === undefined && typeof json.data === 'object' && json.data !== null && check(json.data);
    } catch {
      return false;
    }
  };
}

const ORGANIZATIONS_QUERY = (first: number) =>
  `{ organizations(first: ${first}) { edges { cursor node { id name kind country region membershipStatus topics } } pageInfo { hasNextPage endCursor } } }`;

const WORKSHOPS_QUERY = (first: number) =>
  `{ workshops(first: ${first}) { edges { cursor node { id title kind format status startsAt endsAt timeZone topics languages
    venue { name city country } seats { capacity confirmed waitlisted available } sessions { title startsAt endsAt }
    facilitators { name } times { venueStartsAt { iso abbreviation } viewerStartsAt { iso } } } } pageInfo { hasNextPage endCursor } } }`;

/** The scenarios that need a session: the token comes from one signIn per bench run. */
function signedInScenarios(token: string, email: string): Scenario[] {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const organizations = (first: number): Scenario => ({
    name: `graphql organizations(first: ${first})`,
    method: 'POST',
    path: '/graphql',
    headers,
    body: JSON.stringify({ query: ORGANIZATIONS_QUERY(first) }),
    // The demo network has 125 organisations, so every page is full.
    verify: graphqlAnswer((data) => {
      const connection = data.organizations as { edges?: unknown[] } | null | undefined;
      return Array.isArray(connection?.edges) && connection.edges.length === first;
    }),
  });
  const workshops = (first: number, signedIn: boolean): Scenario => ({
    name: `graphql workshops(first: ${first})${signedIn ? ' signed in' : ' public'}`,
    method: 'POST',
    path: '/graphql',
    headers: signedIn ? headers : { 'content-type': 'application/json' },
    body: JSON.stringify({ query: WORKSHOPS_QUERY(first) }),
    // The demo programme has 60 upcoming workshops, so every page is full.
    verify: graphqlAnswer((data) => {
      const connection = data.workshops as { edges?: unknown[] } | null | undefined;
      return Array.isArray(connection?.edges) && connection.edges.length === first;
    }),
  });
  return [
    workshops(50, false),
    workshops(50, true),
    workshops(5, true),
    {
      name: 'graphql me (signed in)',
      method: 'POST',
      path: '/graphql',
      headers,
      body: JSON.stringify({ query: '{ me { id email name role timeZone organization { id name kind } } }' }),
      verify: graphqlAnswer((data) => (data.me as { email?: string } | null | undefined)?.email === email),
    },
    organizations(50),
    organizations(5),
  ];
}

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

// ---------------------------------------------------------------------------------------------
// Clean-up state: whatever is set here is stopped or removed on every exit path.

/** The child running now (the seed script or the service), so every failure path can kill it. */
let liveChild: ChildProcess | undefined;
/** DATA_DIR of the seed and the service (and the embedded FerretDB's files) while it exists. */
let tempDir: string | undefined;
/** The FerretDB this bench started, while it runs. */
let ferretdb: FerretdbProcess | undefined;
/** With MONGODB_URI: the per-run database to drop at the end. */
let runDatabase: { uri: string; dbName: string } | undefined;

const isRunning = (child: ChildProcess | undefined): child is ChildProcess => child !== undefined && child.exitCode === null && child.signalCode === null;

function killLiveChild(): void {
  if (isRunning(liveChild)) liveChild.kill('SIGKILL');
}

function removeTempDir(): void {
  if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  tempDir = undefined;
}

async function stopFerretdb(): Promise<void> {
  const running = ferretdb;
  ferretdb = undefined;
  await running?.stop();
}

/** Drops the per-run database on MONGODB_URI (nothing to do on the embedded FerretDB: its files go with tempDir). */
async function dropRunDatabase(): Promise<void> {
  const target = runDatabase;
  runDatabase = undefined;
  if (target) await dropBenchDatabase(target, log);
}

/** The emergency exit: kill the child, stop FerretDB, drop the run's database, remove the data, exit (within 10 s). */
function abort(code: number): void {
  process.exitCode = code;
  const child = liveChild;
  killLiveChild();
  const finish = () => {
    killLiveChild();
    removeTempDir();
    process.exit(code);
  };
  const childGone = isRunning(child) ? new Promise((resolve) => child.once('exit', resolve)) : Promise.resolve();
  void Promise.allSettled([childGone, stopScaleBench(), stopFerretdb(), dropRunDatabase()]).then(finish);
  setTimeout(finish, 10_000);
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// ---------------------------------------------------------------------------------------------
// The database and the demo data

/** Log lines of the bench's own use of src/ (FerretDB build and start) go to stderr, like the rest. */
const benchLogger = pino({ level: 'info', base: { role: 'bench' } }, pino.destination(2));

/** Builds FerretDB from Go sources on the first run ever (a few minutes), then starts it on a random port. */
async function startEmbeddedFerretdb(dataDir: string): Promise<FerretdbProcess> {
  const started = Date.now();
  const progress = setInterval(() => {
    const s = Math.round((Date.now() - started) / 1000);
    log(`FerretDB still starting after ${s} s (the first run builds it from Go sources: a few minutes)`);
  }, 15_000);
  try {
    const start = async () => {
      const binary = await ensureFerretdbBinary(benchLogger, process.env.FERRETDB_BIN || undefined);
      const server = await startFerretdb({ binary, dataDir, logger: benchLogger.child({ component: 'ferretdb' }) });
      ferretdb = server;
      return server;
    };
    return await withTimeout(start(), settings.startupTimeoutS * 1000, 'starting FerretDB');
  } finally {
    clearInterval(progress);
  }
}

interface DemoCredential {
  email: string;
  password: string;
  role: string;
}

/** `npm run seed` as built: the demo network into the bench's database, sign-ins into DATA_DIR/demo-credentials.json. */
async function seedDemoData(env: NodeJS.ProcessEnv, dataDir: string): Promise<DemoCredential[]> {
  const started = Date.now();
  const child = spawn(process.execPath, [seedScript], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  liveChild = child;
  // stdout holds the passwords: read from the file below instead of printing them.
  child.stdout!.resume();
  readline.createInterface({ input: child.stderr! }).on('line', (line) => {
    if (line.trim() !== '') process.stderr.write(`[seed] ${line}\n`);
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), SEED_TIMEOUT_MS);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode) => resolve(exitCode));
  }).finally(() => {
    clearTimeout(timer);
    liveChild = undefined;
  });
  if (code !== 0) throw new Error(`node dist/scripts/seed.js failed (exit ${code}; its output is above)`);
  const credentials = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-credentials.json'), 'utf8')) as DemoCredential[];
  log(`seeded the demo network in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return credentials;
}

/** The one sign-in per user of the run (signIn is limited to 5 attempts per email per 15 minutes). */
async function signIn(url: string, credential: DemoCredential): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
      variables: { input: { email: credential.email, password: credential.password } },
    }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = await response.text();
  let token: unknown;
  try {
    token = (JSON.parse(body) as { data?: { signIn?: { token?: unknown } } }).data?.signIn?.token;
  } catch {
    token = undefined;
  }
  if (!response.ok || typeof token !== 'string') {
    throw new Error(`signIn as ${credential.email} answered ${response.status}: ${body.slice(0, 500)}`);
  }
  return token;
}

// ---------------------------------------------------------------------------------------------
// The service (bench/service.ts), tracked as the live child for the exit paths

function startService(env: NodeJS.ProcessEnv): Promise<RunningService> {
  return startBuiltService(env, {
    startupTimeoutS: settings.startupTimeoutS,
    log,
    onChild: (child) => {
      liveChild = child;
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Load

interface Measurement {
  name: string;
  method: string;
  path: string;
  reqPerSec: number;
  totalRequests: number;
  durationS: number;
  latencyMs: { p50: number | null; p95: number | null; p99: number | null; mean: number | null; max: number | null };
  /** Connection errors and timeouts. */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Responses whose body was not the expected answer. */
  mismatches: number;
  statusCodes: Record<string, number>;
  peakRssMb: number | null;
  peakRssSource: string;
  rssAfterMb: number | null;
  /** Median database commands of one request (see countCommands); filled in after the load. */
  dbCommandsPerRequest: number | null;
}

function percentile(sorted: Float64Array, p: number): number | null {
  if (sorted.length === 0) return null;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return round(sorted[index]!);
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

function runLoad(url: string, scenario: Scenario, durationS: number, onLatency?: (ms: number) => void): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    // A service that dies mid-run would otherwise leave autocannon retrying until the end.
    const child = liveChild;
    const stopOnExit = () => instance.stop();
    const instance = autocannon(
      {
        url: url + scenario.path,
        method: scenario.method,
        headers: scenario.headers,
        body: scenario.body,
        connections: settings.connections,
        duration: durationS,
        timeout: 10,
        verifyBody: scenario.verify,
      },
      (err, result) => {
        child?.off('exit', stopOnExit);
        if (err) reject(err);
        else resolve(result);
      },
    );
    child?.once('exit', stopOnExit);
    if (onLatency) instance.on('response', (_client, _status, _bytes, ms) => onLatency(ms));
  });
}

async function measure(service: RunningService, scenario: Scenario): Promise<Measurement> {
  if (settings.warmupS > 0) await runLoad(service.url, scenario, settings.warmupS);

  const hwmReset = resetPeakRss(service.pid);
  let sampledPeakKb = readStatusKb(service.pid, 'VmRSS') ?? 0;
  const sampler = setInterval(() => {
    sampledPeakKb = Math.max(sampledPeakKb, readStatusKb(service.pid, 'VmRSS') ?? 0);
  }, 100);

  let latencies = new Float64Array(1 << 16);
  let count = 0;
  let result: autocannon.Result;
  try {
    result = await runLoad(service.url, scenario, settings.durationS, (ms) => {
      if (count === latencies.length) {
        const grown = new Float64Array(latencies.length * 2);
        grown.set(latencies);
        latencies = grown;
      }
      latencies[count++] = ms;
    });
  } finally {
    clearInterval(sampler);
  }

  const rssAfterKb = readStatusKb(service.pid, 'VmRSS');
  sampledPeakKb = Math.max(sampledPeakKb, rssAfterKb ?? 0);
  const hwmKb = hwmReset ? readStatusKb(service.pid, 'VmHWM') : null;
  const sorted = latencies.subarray(0, count).sort();
  let sum = 0;
  for (const ms of sorted) sum += ms;

  return {
    name: scenario.name,
    method: scenario.method,
    path: scenario.path,
    reqPerSec: round(result.requests.average, 1),
    totalRequests: result.requests.total,
    durationS: result.duration,
    latencyMs: {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      mean: count ? round(sum / count) : null,
      max: count ? round(sorted[count - 1]!) : null,
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count])),
    peakRssMb: toMb(hwmKb ?? (sampledPeakKb || null)),
    peakRssSource: hwmKb !== null ? 'VmHWM, reset before the run' : 'VmRSS sampled every 100 ms',
    rssAfterMb: toMb(rssAfterKb),
    dbCommandsPerRequest: null,
  };
}

async function request(url: string, scenario: Scenario): Promise<void> {
  const response = await fetch(url + scenario.path, {
    method: scenario.method,
    headers: scenario.headers,
    body: scenario.body,
    signal: AbortSignal.timeout(10_000),
  });
  const body = await response.text();
  if (!response.ok || !scenario.verify(body)) {
    throw new Error(`${scenario.name} (${scenario.method} ${scenario.path}) answered ${response.status}: ${body.slice(0, 500)}`);
  }
}

/** One request per scenario before any load: a wrong answer fails fast with the reason. */
async function checkEndpoints(url: string, scenarios: Scenario[]): Promise<void> {
  for (const scenario of scenarios) await request(url, scenario);
}

// ---------------------------------------------------------------------------------------------
// Database commands per request

interface CommandCount {
  name: string;
  /** The median of COUNT_RUNS requests. */
  perRequest: number;
  /** Commands of each request, in order. */
  runs: number[];
  /** The commands of the median request by name, e.g. { find: 3 }. */
  commands: Record<string, number>;
}

/**
 * The service child's driver counters are out of reach, so this runs the same app in-process
 * (src/server's startApi, same config in production mode, the same database the child uses) and
 * counts the driver's `commandStarted` events (connectDatabase with monitorCommands) from just
 * before a request until COUNT_SETTLE_MS after its response; endSessions (driver housekeeping) is
 * not counted. Nothing else uses this connection meanwhile. Each scenario COUNT_RUNS times, median.
 */
async function countCommands(uri: string, dbName: string, dataDir: string, scenarios: Scenario[]): Promise<CommandCount[]> {
  const app = await startCountingApp({ uri, dbName, dataDir, linkSecret: BENCH_LINK_SECRET });
  try {
    let recording: string[] | undefined;
    app.database.client.on('commandStarted', (event) => {
      if (recording && event.commandName !== 'endSessions') recording.push(event.commandName);
    });
    const counts: CommandCount[] = [];
    for (const scenario of scenarios) {
      const runs: string[][] = [];
      for (let run = 0; run < COUNT_RUNS; run++) {
        const names: string[] = [];
        recording = names;
        try {
          await request(app.url, scenario);
          await new Promise((resolve) => setTimeout(resolve, COUNT_SETTLE_MS));
        } finally {
          recording = undefined;
        }
        runs.push(names);
      }
      const median = [...runs].sort((a, b) => a.length - b.length)[Math.floor(runs.length / 2)]!;
      const commands: Record<string, number> = {};
      for (const name of median) commands[name] = (commands[name] ?? 0) + 1;
      counts.push({ name: scenario.name, perRequest: median.length, runs: runs.map((r) => r.length), commands });
    }
    return counts;
  } finally {
    await app.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Report

function printTable(measurements: Measurement[]): void {
  const fmt = (value: number | null, digits = 2) => (value === null ? '-' : value.toFixed(digits));
  const header = ['scenario', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'non-2xx', 'db cmds/req', 'peak RSS MB', 'RSS after MB'];
  const rows = measurements.map((m) => [
    m.name,
    fmt(m.reqPerSec, 0),
    fmt(m.latencyMs.p50),
    fmt(m.latencyMs.p95),
    fmt(m.latencyMs.p99),
    String(m.errors + m.mismatches),
    String(m.non2xx),
    m.dbCommandsPerRequest === null ? '-' : String(m.dbCommandsPerRequest),
    fmt(m.peakRssMb, 1),
    fmt(m.rssAfterMb, 1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  process.stdout.write(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const row of rows) process.stdout.write(`${line(row)}\n`);
  process.stdout.write('\n');
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const perRunMs = (settings.warmupS + settings.durationS + 30) * 1000;
  const scenarioCount = baseScenarios.length + 3;
  const deadlineMs =
    BUILD_TIMEOUT_MS +
    2 * settings.startupTimeoutS * 1000 + // FerretDB (maybe built from sources), then the service
    SEED_TIMEOUT_MS +
    COUNT_TIMEOUT_MS +
    scenarioCount * perRunMs +
    burstDeadlineMs(settings.burst) +
    ICAL_FEED_DEADLINE_MS +
    (4 * settings.durationS + 20 * 60) * 1000 + // the resources bench: three searches, seeding and a 100 MB file
    30 * 60 * 1000 + // the notifications bench: 10,000 registrations scheduled, 2,000 messages sent
    STOP_TIMEOUT_MS +
    (process.env.BENCH_SCALE === '1' ? SCALE_DEADLINE_MS : 0) + // bench/scale.ts, on request
    60_000;
  const watchdog = setTimeout(() => {
    log(`gave up after ${Math.round(deadlineMs / 1000)} s`);
    abort(1);
  }, deadlineMs);
  watchdog.unref();

  await buildIfNeeded(settings.build, log);
  if (!fs.existsSync(seedScript)) throw new Error(`${path.relative(root, seedScript)} is missing after the build`);

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'exchange-bench-'));
  tempDir = dataDir;
  let service: RunningService | undefined;
  try {
    let uri: string;
    let dbName: string;
    let database: string;
    if (process.env.MONGODB_URI) {
      // A fresh database per run: the seed's passwords are only known for a database it seeded
      // itself, and sign-in limits of an earlier run do not carry over. Dropped at the end.
      uri = process.env.MONGODB_URI;
      dbName = `bench-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
      runDatabase = { uri, dbName };
      database = 'MONGODB_URI (a fresh database per run, dropped at the end)';
    } else {
      log(`starting the embedded FerretDB (data in ${dataDir})`);
      uri = (await startEmbeddedFerretdb(path.join(dataDir, 'ferretdb'))).uri;
      dbName = 'bench';
      database = 'embedded FerretDB 1.24 (SQLite), started by the bench';
    }
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      LINK_SIGNING_SECRET: BENCH_LINK_SECRET,
      DATA_DIR: dataDir,
      MONGODB_URI: uri,
      MONGODB_DB_NAME: dbName,
    };

    log(`seeding the demo network (database ${dbName})`);
    const credentials = await seedDemoData(env, dataDir);
    const coordinator = credentials.find((c) => c.role === 'GROUP_COORDINATOR');
    if (!coordinator) throw new Error('the seed wrote no GROUP_COORDINATOR sign-in to demo-credentials.json');
    const admin = credentials.find((c) => c.role === 'SECRETARIAT_ADMIN');
    if (!admin) throw new Error('the seed wrote no SECRETARIAT_ADMIN sign-in to demo-credentials.json');

    log('starting the service');
    service = await startService(env);
    log(`ready at ${service.url} after ${(service.startupMs / 1000).toFixed(1)} s (pid ${service.pid})`);
    const token = await signIn(service.url, coordinator);
    log(`signed in once as ${coordinator.email}`);
    const adminToken = await signIn(service.url, admin);
    log(`signed in once as ${admin.email}`);
    const scenarios = [...baseScenarios, ...signedInScenarios(token, coordinator.email)];
    await checkEndpoints(service.url, scenarios);

    log(`counting database commands per request (in-process api on the same database, median of ${COUNT_RUNS})`);
    const commandCounts = runs('load') ? await withTimeout(countCommands(uri, dbName, dataDir, scenarios), COUNT_TIMEOUT_MS, 'counting database commands') : [];
    const idleRssMb = toMb(readStatusKb(service.pid, 'VmRSS'));

    const measurements: Measurement[] = [];
    for (const scenario of runs('load') ? scenarios : []) {
      log(`${scenario.name}: ${settings.warmupS} s warm-up, ${settings.durationS} s measured, ${settings.connections} connections`);
      const measurement = await measure(service, scenario);
      measurement.dbCommandsPerRequest = commandCounts.find((c) => c.name === scenario.name)?.perRequest ?? null;
      measurements.push(measurement);
    }

    const registrationBurst = runs('burst')
      ? await runRegistrationBurst({ url: service.url, uri, dbName, coordinatorToken: token, adminToken }, settings.burst, log)
      : null;

    // The iCal feed benchmark seeds its own 5,000 workshops into a database of its own (bench/ical-feed.ts).
    const icalFeed = runs('ical') ? await runIcalFeedBench({ uri, dbName }, log) : null;
    const resources = runs('resources')
      ? await runResourcesBench(
          { url: service.url, uri, dbName, adminToken, pid: service.pid },
          { ...resourcesBenchSettings(), durationS: settings.durationS, connections: settings.connections },
          log,
        )
      : null;
    // Notifications seed their own workshop and registrations into a database of their own.
    const notifications = runs('notifications')
      ? await runNotificationBench({
          uri,
          dbName: `${dbName}-notify`.slice(0, 63),
          registrations: settings.notifications.registrations,
          send: settings.notifications.send,
        })
      : null;
    // Growth with the data's size (bench/scale.ts): minutes per size, so only on request.
    const scale = process.env.BENCH_SCALE === '1' ? await runScaleBench(uri, { build: 'never', dbPid: ferretdb?.pid }) : undefined;

    if (measurements.length > 0) printTable(measurements);
    if (registrationBurst) printBurstTable(registrationBurst);
    if (icalFeed) printIcalFeedTable(icalFeed);
    if (resources) printResourcesTables(resources);
    if (notifications) printNotificationTable(notifications);
    if (scale) printScaleTable(scale);
    const cpus = os.cpus();
    const report = {
      date: new Date().toISOString(),
      node: process.version,
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      cpu: { count: cpus.length, model: cpus[0]?.model.trim() ?? 'unknown' },
      totalMemoryMb: Math.round(os.totalmem() / 1024 / 1024),
      database,
      dataset: 'the demo network of `npm run seed` (125 organisations); signed-in scenarios as the demo GROUP_COORDINATOR',
      settings: { durationS: settings.durationS, warmupS: settings.warmupS, connections: settings.connections },
      notes: 'autocannon runs in the same machine as the service; latency percentiles are from every response of the measured run',
      service: { startupMs: service.startupMs, idleRssMb },
      results: measurements,
      dbCommands: {
        method:
          `driver commandStarted events (endSessions excluded) of one request to an in-process api on the same database, ` +
          `from the request until ${COUNT_SETTLE_MS} ms after its response; median of ${COUNT_RUNS} requests`,
        results: commandCounts,
      },
      registrationBurst,
      icalFeed,
      resources,
      notifications,
      ...(scale ? { scale } : {}),
    };
    fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
    fs.writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
    log(`wrote ${path.relative(root, resultsFile)}`);

    const code = await service.stop();
    service = undefined;
    if (code !== 0) throw new Error(`the service exited with ${code} after SIGTERM (expected 0)`);
    log('service stopped cleanly');
  } finally {
    if (service) {
      killLiveChild();
      await service.stop();
    }
    killLiveChild();
    await stopFerretdb();
    await dropRunDatabase();
    removeTempDir();
    clearTimeout(watchdog);
  }
}

process.once('exit', () => {
  killLiveChild();
  removeTempDir();
});
let signalled = false;
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  // `on`, not `once`: under tsx a Ctrl-C can arrive twice (the terminal's, then tsx's relay when
  // this process has not acknowledged it within 30 ms), and a second one without a listener would
  // end the process before the clean-up.
  process.on(signal, () => {
    if (signalled) return;
    signalled = true;
    log(`${signal}: stopping`);
    abort(code);
  });
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    log(`failed: ${err instanceof Error ? err.message : String(err)}`);
    abort(1);
  },
);
