/**
 * How the main reads and a registration grow with the size of the data, measured on the service as
 * people run it. For each size in BENCH_SCALE_SIZES (default 1000,10000; add 100000 on MongoDB, or
 * with patience on FerretDB):
 *
 * 1. this process seeds a fresh database (bench/seed-scale.ts, through its own connection) with that
 *    many workshops and registrations, and measures the database's raw operations at that size
 *    through the driver alone (the ceilings: the programme page's find, the feed's find, one insert,
 *    one update);
 * 2. the api starts as a child process from the production build, as bench/run.ts does
 *    (bench/service.ts: `node dist/src/main.js`, NODE_ENV=production, RUN_WORKER=false,
 *    LOG_LEVEL=warn, a random loopback port, a temporary DATA_DIR, a random LINK_SIGNING_SECRET),
 *    on the seeded database; dist/ is built once at the start when stale;
 * 3. the database commands of one request of each scenario are counted on an in-process api (the
 *    child's driver is out of reach): createAppDeps + startApi with the same production settings on
 *    the same database, its read models built first as main.ts does, driver command monitoring from
 *    the request until 100 ms after its answer; it is closed before any load;
 * 4. autocannon (BENCH_SCALE_DURATION_S, BENCH_SCALE_CONNECTIONS) and the sequential writes hit the
 *    child over HTTP:
 *    - `workshops(first: 50)` signed in as a coordinator,
 *    - the public programme anonymously: `workshops(first: 50)` without a token, and
 *      `GET /calendar/public.ics` (its first, cold build timed once, then warm under load;
 *      BENCH_SCALE_FEED=false skips it),
 *    - the library's search signed in, with facets, and the directory's first page,
 *    - a registration: BENCH_SCALE_REGISTRATIONS sequential `register` mutations (one new person each),
 *    - the Secretariat's writes: BENCH_SCALE_WRITES sequential createWorkshop, updateWorkshop, publishWorkshop,
 *
 * each with throughput, p50/p95/p99 latency, database commands per request, and peak memory: the
 * child's (VmHWM, reset before each scenario; VmRSS sampled every 100 ms where that cannot be reset)
 * and the FerretDB server's when the bench started it. Runnable alone: `npx tsx bench/scale.ts`;
 * `npm run bench` runs it last when BENCH_SCALE=1. Results: bench/results/scale.json (with the
 * counted commands of each scenario: name, collection and filter). The child is stopped and the
 * database dropped on every exit path (SIGINT and SIGTERM too; stopScaleBench for bench/run.ts).
 */
import autocannon from 'autocannon';
import type { CommandStartedEvent } from 'mongodb';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { databaseLog } from '../src/db/change-log';
import { ensureClaimIndexes } from '../src/db/claims';
import { connectDatabase, type Database } from '../src/db/database';
import { ensureFerretdbBinary, startFerretdb, type FerretdbProcess } from '../src/db/ferretdb';
import { createLogger } from '../src/logger';
import { quiesce } from '../src/quiesce';
import { SCALE_PASSWORD, type ScaleSeed, seedScale } from './seed-scale';
import { type BuildMode, buildIfNeeded, dropBenchDatabase, type RunningService, readStatusKb, resetPeakRss, startCountingApp, startService } from './service';

const SIZES = (process.env.BENCH_SCALE_SIZES ?? '1000,10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const DURATION_S = Number(process.env.BENCH_SCALE_DURATION_S ?? 5);
const REGISTRATIONS = Number(process.env.BENCH_SCALE_REGISTRATIONS ?? 30);
const CONNECTIONS = Number(process.env.BENCH_SCALE_CONNECTIONS ?? 4);
const FEED = process.env.BENCH_SCALE_FEED !== 'false';
/** The child's start-up builds its read models: at 100,000 workshops on FerretDB, minutes. */
const STARTUP_TIMEOUT_S = Number(process.env.BENCH_STARTUP_TIMEOUT_S ?? 600);
/** For bench/run.ts's watchdog: seeding and measuring every size (the child and the counting api each build their read models). */
export const SCALE_DEADLINE_MS = 60 * 60_000;
/** How long after a counted request's answer its commands are still counted (what it sets off). */
const COUNT_SETTLE_MS = 100;
/** Production settings need a link-signing key; one per run, shared by the child and the counting api. */
const LINK_SECRET = randomBytes(32).toString('base64url');

const WORKSHOPS_PAGE =
  '{ workshops(first: 50) { edges { cursor node { id title status startsAt format seats { capacity confirmed available } } } pageInfo { hasNextPage endCursor } } }';
const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) { registrations { id status } } }';
const RESOURCE_SEARCH = JSON.stringify({
  query: `{ resources(first: 20, filter: { text: "protecting child" }) { totalCount edges { node { id title kind organization { name } } }
    facets { kinds { value count } topics { value count } languages { value count } regions { value count } } } }`,
});
const DIRECTORY_PAGE = JSON.stringify({
  query: '{ organizations(first: 50) { edges { node { id name country region } } pageInfo { hasNextPage endCursor } } }',
});
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';
const CREATE_WORKSHOP = 'mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { workshop { id } } }';
const UPDATE_WORKSHOP = 'mutation($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id } } }';
const PUBLISH_WORKSHOP = 'mutation($input: PublishWorkshopInput!) { publishWorkshop(input: $input) { workshop { id } } }';
const SECRETARIAT_WRITES = Number(process.env.BENCH_SCALE_WRITES ?? 10);

const log = (message: string) => process.stderr.write(`[scale] ${message}\n`);

interface Figure {
  size: number;
  scenario: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  commandsPerRequest: number;
  /** The counted request's commands: name, collection and filter (results/scale.json only). */
  commands?: string[];
  /** Peak resident memory during the scenario, in MB: the api's child process and the database server. */
  peakApiMb?: number;
  peakDbMb?: number;
}

type RecordFigure = (figure: Figure) => void;

// ---------------------------------------------------------------------------------------------
// Clean-up state: whatever is set here is stopped, dropped or removed on every exit path.

const live: {
  /** The api child of the size being measured. */
  child?: ChildProcess;
  /** This process's connections (the seeding one, the counting api's): closed before the drop. */
  connections: Set<Database>;
  /** The database of the size being measured. */
  database?: { uri: string; dbName: string };
  /** The FerretDB this bench started (run alone without MONGODB_URI). */
  ferretdb?: FerretdbProcess;
  /** The child's DATA_DIR, and the FerretDB's files. */
  dirs: Set<string>;
} = { connections: new Set(), dirs: new Set() };

function killChild(): void {
  const child = live.child;
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

function removeDirs(): void {
  for (const dir of live.dirs) fs.rmSync(dir, { recursive: true, force: true });
  live.dirs.clear();
}

/** The last resort of process.exit() (bench/run.ts's abort, a crash): nothing asynchronous runs here. */
function onExit(): void {
  killChild();
  removeDirs();
}

/**
 * The emergency stop (a signal, bench/run.ts's abort): kill the api child, close this process's
 * connections, drop the size's database through a connection of its own, stop the FerretDB this
 * bench started, remove the temporary directories. Safe to call when nothing runs.
 */
export async function stopScaleBench(): Promise<void> {
  const child = live.child;
  killChild();
  const childGone = child && child.exitCode === null && child.signalCode === null ? new Promise((resolve) => child.once('exit', resolve)) : Promise.resolve();
  await Promise.allSettled([...live.connections].map((connection) => connection.close()));
  live.connections.clear();
  const target = live.database;
  live.database = undefined;
  if (target) await dropBenchDatabase(target, log);
  await childGone;
  const server = live.ferretdb;
  live.ferretdb = undefined;
  await server?.stop().catch(() => undefined);
  removeDirs();
}

// ---------------------------------------------------------------------------------------------
// Memory

/**
 * The api child's peak resident memory (VmHWM, reset at each take; where /proc/<pid>/clear_refs
 * cannot reset it, VmRSS sampled every 100 ms), and the database server's (VmRSS sampled).
 */
class MemoryWatch {
  private apiKb = 0;
  private dbKb = 0;
  private hwmReset: boolean;
  private readonly timer: NodeJS.Timeout;
  constructor(
    private readonly apiPid: number,
    private readonly dbPid?: number,
  ) {
    this.hwmReset = resetPeakRss(apiPid);
    this.timer = setInterval(() => this.sample(), 100);
    this.timer.unref();
  }
  private sample() {
    this.apiKb = Math.max(this.apiKb, readStatusKb(this.apiPid, 'VmRSS') ?? 0);
    if (this.dbPid) this.dbKb = Math.max(this.dbKb, readStatusKb(this.dbPid, 'VmRSS') ?? 0);
  }
  /** The peaks since the last call, then starts over. */
  take(): { peakApiMb: number; peakDbMb?: number } {
    this.sample();
    const hwmKb = this.hwmReset ? readStatusKb(this.apiPid, 'VmHWM') : null;
    const peaks = { peakApiMb: Math.round((hwmKb ?? this.apiKb) / 1024), ...(this.dbPid ? { peakDbMb: Math.round(this.dbKb / 1024) } : {}) };
    this.apiKb = 0;
    this.dbKb = 0;
    this.hwmReset = resetPeakRss(this.apiPid);
    return peaks;
  }
  stop() {
    clearInterval(this.timer);
  }
}

/** `work` run `times` times one after another: its latencies, sorted. */
async function sequentially(times: number, work: (n: number) => Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  for (let n = 0; n < times; n++) {
    const started = performance.now();
    await work(n);
    latencies.push(performance.now() - started);
  }
  return latencies.sort((a, b) => a - b);
}

function sequentialFigure(size: number, scenario: string, latencies: number[], counted: CountOf, errors = 0): Figure {
  const total = latencies.reduce((a, b) => a + b, 0);
  return {
    size,
    scenario,
    requestsPerSecond: (1000 * latencies.length) / total,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
    ...counted,
  };
}

/**
 * The database's own cost at this size, through the driver with nothing of ours around it: the
 * programme page's find, the feed's find, one insert and one update (FerretDB's updates grow with
 * the collection).
 */
async function measureCeilings(database: Database, size: number, record: RecordFigure) {
  const workshops = database.db.collection('workshops');
  const now = new Date();
  const page = await sequentially(3, () =>
    workshops
      .find({ status: 'PUBLISHED', endsAt: { $gt: now } })
      .sort({ startsAt: 1, _id: 1 })
      .limit(51)
      .toArray(),
  );
  record(sequentialFigure(size, 'ceiling: raw find, programme page (limit 51)', page, RAW));
  const feed = await sequentially(1, () =>
    workshops
      .find({ status: { $in: ['PUBLISHED', 'COMPLETED', 'CANCELLED'] }, endsAt: { $gt: now } })
      .sort({ startsAt: 1, _id: 1 })
      .toArray(),
  );
  record(sequentialFigure(size, 'ceiling: raw find, every feed workshop', feed, RAW));
  const scratch = database.db.collection('registrations');
  const inserts = await sequentially(REGISTRATIONS, (n) => scratch.insertOne({ ceilingProbe: n, status: 'CANCELLED', createdAt: now }));
  record(sequentialFigure(size, 'ceiling: raw insertOne (registrations)', inserts, RAW));
  await scratch.deleteMany({ ceilingProbe: { $exists: true } });
  const target = await workshops.findOne({}, { projection: { _id: 1 } });
  const updates = await sequentially(5, (n) => workshops.updateOne({ _id: target!._id }, { $set: { ceilingProbe: n } }));
  record(sequentialFigure(size, 'ceiling: raw updateOne by _id (workshops)', updates, RAW));
  await workshops.updateOne({ _id: target!._id }, { $unset: { ceilingProbe: '' } });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function load(url: string, request: { method: 'GET' | 'POST'; path: string; body?: string; token?: string; headers?: Record<string, string> }) {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}${request.path}`,
        method: request.method,
        connections: CONNECTIONS,
        duration: DURATION_S,
        timeout: 60,
        headers: { 'content-type': 'application/json', ...(request.token ? { authorization: `Bearer ${request.token}` } : {}), ...request.headers },
        ...(request.body ? { body: request.body } : {}),
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  latencies.sort((a, b) => a - b);
  return {
    rps: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

/** GraphQL over HTTP: the answer, with `errors` when the request failed (HTTP errors included). */
async function post(url: string, body: unknown, token?: string): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] };
  } catch {
    return { errors: [`HTTP ${response.status}: ${text.slice(0, 200)}`] };
  }
}

/** One sign-in per person and size (signIn allows 5 attempts per email per 15 minutes in production). */
async function signIn(url: string, email: string): Promise<string> {
  const answer = await post(url, { query: SIGN_IN, variables: { input: { email, password: SCALE_PASSWORD } } });
  const token = (answer.data?.signIn as { token?: string } | null | undefined)?.token;
  if (!token) throw new Error(`signIn as ${email} failed: ${JSON.stringify(answer.errors ?? answer).slice(0, 500)}`);
  return token;
}

interface ReadScenario {
  name: string;
  request: { method: 'GET' | 'POST'; path: string; body?: string; token?: string };
}

function readScenarios(token: string): ReadScenario[] {
  const page = JSON.stringify({ query: WORKSHOPS_PAGE });
  return [
    // The ceiling of the reads below, in the same run: Apollo's fixed cost for a trivial query.
    {
      name: 'ceiling: serverInfo (trivial query)',
      request: { method: 'POST', path: '/graphql', body: JSON.stringify({ query: '{ serverInfo { name } }' }) },
    },
    { name: 'workshops(first: 50), coordinator', request: { method: 'POST', path: '/graphql', body: page, token } },
    { name: 'public programme: workshops(first: 50), anonymous', request: { method: 'POST', path: '/graphql', body: page } },
    { name: 'resources(filter: { text }) with facets, coordinator', request: { method: 'POST', path: '/graphql', body: RESOURCE_SEARCH, token } },
    { name: 'organizations(first: 50), coordinator', request: { method: 'POST', path: '/graphql', body: DIRECTORY_PAGE, token } },
  ];
}

/** One request of a read scenario; its body. */
function readOnce(url: string, scenario: ReadScenario): Promise<string> {
  return fetch(`${url}${scenario.request.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(scenario.request.token ? { authorization: `Bearer ${scenario.request.token}` } : {}) },
    body: scenario.request.body,
  }).then((r) => r.text());
}

// ---------------------------------------------------------------------------------------------
// Database commands per request

/** A figure's command count, and (from the counting api) the commands themselves. */
type CountOf = { commandsPerRequest: number; commands?: string[] };
/** The raw operations of the ceilings are one command each. */
const RAW: CountOf = { commandsPerRequest: 1 };

/** `find workshops {"status":"PUBLISHED",…}`: the command, its collection and its filter (or the first stage, or the documents' count). */
function describeCommand(event: CommandStartedEvent): string {
  const command = event.command as Record<string, unknown>;
  const target = command[event.commandName];
  const collection = typeof target === 'string' ? target : typeof command.collection === 'string' ? command.collection : '';
  const first = (list: unknown) => (Array.isArray(list) ? (list[0] as Record<string, unknown> | undefined) : undefined);
  const statements = ['documents', 'updates', 'deletes'].map((key) => command[key]).find(Array.isArray) as unknown[] | undefined;
  const filter = command.filter ?? command.query ?? first(command.updates)?.q ?? first(command.deletes)?.q ?? first(command.pipeline);
  let text = filter === undefined ? '' : JSON.stringify(filter);
  if (text.length > 160) text = `${text.slice(0, 160)}…`;
  const many = statements && statements.length > 1 ? ` ×${statements.length}` : '';
  return [event.commandName, collection, text].filter(Boolean).join(' ') + many;
}

interface CountingApi {
  url: string;
  /**
   * The commands of `work` (one request) and of what it sets off until COUNT_SETTLE_MS after it;
   * then waits, uncounted, for the rest of what it set off (quiesce), so counts do not mix.
   */
  count(work: () => Promise<unknown>): Promise<string[]>;
}

/**
 * The api child's commands, counted on the same app in this process (bench/service.ts:
 * startCountingApp), driver command monitoring from the request until COUNT_SETTLE_MS after it
 * (endSessions, the driver's housekeeping, not counted). Nothing else uses its connection
 * meanwhile; closed after `work`.
 */
async function withCountingApi<T>(uri: string, dbName: string, dataDir: string, work: (api: CountingApi) => Promise<T>): Promise<T> {
  const app = await startCountingApp({ uri, dbName, dataDir, linkSecret: LINK_SECRET });
  const { database, deps } = app;
  live.connections.add(database);
  try {
    return await work({
      url: app.url,
      async count(request) {
        const commands: string[] = [];
        const listener = (event: CommandStartedEvent) => {
          if (event.commandName !== 'endSessions') commands.push(describeCommand(event));
        };
        database.client.on('commandStarted', listener);
        try {
          await request();
          await new Promise((resolve) => setTimeout(resolve, COUNT_SETTLE_MS));
        } finally {
          database.client.off('commandStarted', listener);
        }
        // What it left running past the window (a seat recount 300 ms later) must not land in the next count.
        await quiesce(deps);
        return commands;
      },
    });
  } finally {
    await app.close();
    live.connections.delete(database);
  }
}

/** A GraphQL answer's data, or an error saying what went wrong (a counted request must be the real thing). */
function dataOf(what: string, answer: { data?: Record<string, unknown>; errors?: unknown[] }): Record<string, unknown> {
  if (answer.errors || !answer.data) throw new Error(`${what} (counted) failed: ${JSON.stringify(answer.errors ?? answer).slice(0, 500)}`);
  return answer.data;
}

/**
 * One request of each scenario on the counting api, by figure name: the reads, the feed cold then
 * warm, a registration of one new person into the workshop the sequential ones use, and one
 * createWorkshop, updateWorkshop and publishWorkshop of a workshop of its own.
 */
async function countScenarios(api: CountingApi, size: number, seed: ScaleSeed, tokens: { coordinator: string; admin: string }, reads: ReadScenario[]) {
  const counts = new Map<string, CountOf>();
  const counted = async (name: string, request: () => Promise<unknown>) => {
    const commands = await api.count(request);
    counts.set(name, { commandsPerRequest: commands.length, commands });
    const byName = new Map<string, number>();
    for (const command of commands) {
      const key = command.split(' ', 2).join(' ');
      byName.set(key, (byName.get(key) ?? 0) + 1);
    }
    log(`size ${size}, ${name}: ${commands.length} commands${commands.length ? ` (${[...byName].map(([key, n]) => `${key} ×${n}`).join(', ')})` : ''}`);
  };
  for (const scenario of reads) {
    await counted(scenario.name, async () => {
      const body = await readOnce(api.url, scenario);
      dataOf(scenario.name, JSON.parse(body) as { data?: Record<string, unknown>; errors?: unknown[] });
    });
  }
  if (FEED) {
    const feed = async () => {
      const response = await fetch(`${api.url}/calendar/public.ics`);
      await response.text();
      if (!response.ok) throw new Error(`public.ics (counted) answered ${response.status}`);
    };
    await counted('public.ics, cold (one request)', feed);
    await counted('public.ics, warm', feed);
  }
  const registration = {
    workshopId: seed.workshopIds[seed.workshopIds.length - 1]!,
    organizationId: seed.groupId,
    participants: [{ name: 'Counted', email: `scale-counted-${size}@example.org` }],
  };
  await counted('register (sequential)', async () =>
    dataOf('register', await post(api.url, { query: REGISTER, variables: { input: registration } }, tokens.coordinator)),
  );
  let id = '';
  await counted('createWorkshop (sequential)', async () => {
    const input = workshopInput('Bench workshop (counted)', 29);
    const data = dataOf('createWorkshop', await post(api.url, { query: CREATE_WORKSHOP, variables: { input } }, tokens.admin));
    id = (data.createWorkshop as { workshop: { id: string } }).workshop.id;
  });
  await counted('updateWorkshop (sequential)', async () =>
    dataOf(
      'updateWorkshop',
      await post(api.url, { query: UPDATE_WORKSHOP, variables: { input: { id, title: 'Bench workshop (counted), renamed' } } }, tokens.admin),
    ),
  );
  await counted('publishWorkshop (sequential)', async () =>
    dataOf('publishWorkshop', await post(api.url, { query: PUBLISH_WORKSHOP, variables: { input: { id } } }, tokens.admin)),
  );
  return counts;
}

// ---------------------------------------------------------------------------------------------
// The scenarios, on the api child

/**
 * The public feed cold (one build) and warm (cached, under load). At 100,000 workshops on FerretDB
 * the first build may outlast a client's patience: recorded as an error with the time it took, and
 * nothing warm to measure.
 */
async function measureFeed(url: string, size: number, countOf: (name: string) => CountOf, record: RecordFigure) {
  let coldMs = 0;
  let coldFailed = 0;
  const started = performance.now();
  await fetch(`${url}/calendar/public.ics`)
    .then((r) => {
      if (!r.ok) coldFailed++;
      return r.text();
    })
    .catch(() => coldFailed++);
  coldMs = performance.now() - started;
  record({
    size,
    scenario: 'public.ics, cold (one request)',
    requestsPerSecond: 1000 / coldMs,
    p50: coldMs,
    p95: coldMs,
    p99: coldMs,
    errors: coldFailed,
    ...countOf('public.ics, cold (one request)'),
  });
  if (coldFailed) return;
  // Calendar apps accept gzip; the feed is kept gzipped.
  const warm = await load(url, { method: 'GET', path: '/calendar/public.ics', headers: { 'accept-encoding': 'gzip' } });
  record({
    size,
    scenario: 'public.ics, warm',
    requestsPerSecond: warm.rps,
    p50: warm.p50,
    p95: warm.p95,
    p99: warm.p99,
    errors: warm.errors,
    ...countOf('public.ics, warm'),
  });
}

async function measureSize(uri: string, size: number, figures: Figure[], dbPid?: number) {
  const logger = createLogger('silent');
  const dbName = `scale_${size}_${Date.now()}`;
  live.database = { uri, dbName };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'exchange-scale-api-'));
  live.dirs.add(dataDir);
  const database = await connectDatabase({ uri, dbName, logger });
  live.connections.add(database);
  let service: RunningService | undefined;
  let memory: MemoryWatch | undefined;
  try {
    await ensureClaimIndexes(database.db);
    const seeding = Date.now();
    const seed = await seedScale(database, size);
    // The seed's change-log entries go, as system/prune-changes drops them once they are minutes
    // old: the data a deployment holds was written long before (a read model's proof is a miss
    // that walks the log, so a log still holding the seed's entries would be measured instead).
    await databaseLog(database.db).prune(new Date(Date.now() + 1));
    process.stdout.write(`size ${size}: seeded in ${((Date.now() - seeding) / 1000).toFixed(1)} s\n`);

    service = await startService(
      {
        ...process.env,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        LINK_SIGNING_SECRET: LINK_SECRET,
        DATA_DIR: dataDir,
        MONGODB_URI: uri,
        MONGODB_DB_NAME: dbName,
      },
      {
        startupTimeoutS: STARTUP_TIMEOUT_S,
        log,
        onChild: (child) => {
          live.child = child;
        },
      },
    );
    const url = service.url;
    process.stdout.write(`size ${size}: api (node dist/src/main.js, pid ${service.pid}) ready at ${url} in ${(service.startupMs / 1000).toFixed(1)} s\n`);
    const watch = new MemoryWatch(service.pid, dbPid);
    memory = watch;
    // Each figure gets the memory peaks measured since the one before it.
    const record: RecordFigure = (figure) => figures.push({ ...figure, ...watch.take() });

    await measureCeilings(database, size, record);
    const token = await signIn(url, seed.coordinatorEmail);
    const adminToken = await signIn(url, seed.adminEmail);
    const reads = readScenarios(token);
    log(`size ${size}: counting database commands per request on an in-process api (production settings, the same database)`);
    const counts = await withCountingApi(uri, dbName, dataDir, (api) => countScenarios(api, size, seed, { coordinator: token, admin: adminToken }, reads));
    const countOf = (name: string): CountOf => counts.get(name) ?? { commandsPerRequest: 0 };
    // The sign-ins and the count are no scenario's.
    watch.take();

    for (const scenario of reads) {
      const once = () => readOnce(url, scenario);
      // Three requests one by one first: where one takes longer than a second, a load run of a few
      // seconds would finish none, so the sequential figures are reported instead (marked).
      const sequential = await sequentially(3, once);
      if (sequential[1]! > 1_000) {
        record(sequentialFigure(size, `${scenario.name} (3 sequential)`, sequential, countOf(scenario.name)));
        continue;
      }
      const result = await load(url, scenario.request);
      record({
        size,
        scenario: scenario.name,
        requestsPerSecond: result.rps,
        p50: result.p50,
        p95: result.p95,
        p99: result.p99,
        errors: result.errors,
        ...countOf(scenario.name),
      });
    }

    // The public feed: the first request builds it (cold), then it is served from the cache (warm).
    if (FEED) await measureFeed(url, size, countOf, record);

    // Registrations, one after another, into a workshop near the end of the seeded range.
    const workshopId = seed.workshopIds[seed.workshopIds.length - 1]!;
    let errors = 0;
    const latencies = await sequentially(REGISTRATIONS, async (n) => {
      const input = { workshopId, organizationId: seed.groupId, participants: [{ name: `New ${n}`, email: `scale-new-${size}-${n}@example.org` }] };
      await post(url, { query: REGISTER, variables: { input } }, token).then((r) => (r.errors ? errors++ : 0));
    });
    record(sequentialFigure(size, 'register (sequential)', latencies, countOf('register (sequential)'), errors));
    await measureSecretariatWrites(url, size, adminToken, countOf, record);
  } finally {
    memory?.stop();
    if (service) {
      const code = await service.stop();
      if (code !== 0) log(`size ${size}: the api exited with ${code} after SIGTERM (expected 0)`);
    }
    await database.db.dropDatabase().catch(() => undefined);
    live.database = undefined;
    await database.close().catch(() => undefined);
    live.connections.delete(database);
    fs.rmSync(dataDir, { recursive: true, force: true });
    live.dirs.delete(dataDir);
  }
}

function workshopInput(title: string, daysAhead: number) {
  const startsAt = new Date(Date.now() + daysAhead * 24 * 3_600_000);
  return {
    kind: 'WORKSHOP',
    title,
    summary: 'Planned by the scale benchmark.',
    format: 'ONLINE',
    onlineUrl: 'https://meet.example.org/bench',
    timeZone: 'Africa/Nairobi',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
    capacity: 40,
  };
}

/** The Secretariat's writes one after another: createWorkshop, then updateWorkshop and publishWorkshop of each. */
async function measureSecretariatWrites(url: string, size: number, token: string, countOf: (name: string) => CountOf, record: RecordFigure) {
  const created: string[] = [];
  const errors = { create: 0, update: 0, publish: 0 };
  const write = (kind: keyof typeof errors, body: unknown) =>
    post(url, body, token).then((answer) => {
      if (answer.errors) errors[kind]++;
      return answer;
    });
  const create = await sequentially(SECRETARIAT_WRITES, async (n) => {
    const answer = await write('create', { query: CREATE_WORKSHOP, variables: { input: workshopInput(`Bench workshop ${n}`, 30 + n) } });
    const id = (answer.data?.createWorkshop as { workshop: { id: string } } | undefined)?.workshop.id;
    if (id) created.push(id);
  });
  record(sequentialFigure(size, 'createWorkshop (sequential)', create, countOf('createWorkshop (sequential)'), errors.create));
  const update = await sequentially(created.length, (n) =>
    write('update', { query: UPDATE_WORKSHOP, variables: { input: { id: created[n], title: `Bench workshop ${n}, renamed` } } }),
  );
  record(sequentialFigure(size, 'updateWorkshop (sequential)', update, countOf('updateWorkshop (sequential)'), errors.update));
  const publish = await sequentially(created.length, (n) => write('publish', { query: PUBLISH_WORKSHOP, variables: { input: { id: created[n] } } }));
  record(sequentialFigure(size, 'publishWorkshop (sequential)', publish, countOf('publishWorkshop (sequential)'), errors.publish));
}

// ---------------------------------------------------------------------------------------------

/**
 * Every size of BENCH_SCALE_SIZES on `uri` (without one: a FerretDB of its own in a temporary
 * directory). `build`: dist/ first (default BENCH_BUILD, else auto: when stale); `dbPid`: the
 * database server's process, for its peak memory.
 */
export async function runScaleBench(uri?: string, options: { build?: BuildMode; dbPid?: number } = {}): Promise<Figure[]> {
  const build = options.build ?? ((process.env.BENCH_BUILD || 'auto') as BuildMode);
  if (!['auto', 'always', 'never'].includes(build)) throw new Error(`BENCH_BUILD must be auto, always or never, got "${build}"`);
  process.on('exit', onExit);
  try {
    await buildIfNeeded(build, log);
    let dbPid = options.dbPid;
    if (!uri) {
      const logger = createLogger('warn');
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exchange-scale-'));
      live.dirs.add(dir);
      const server = await startFerretdb({ binary: await ensureFerretdbBinary(logger), dataDir: dir, logger });
      live.ferretdb = server;
      uri = server.uri;
      dbPid = server.pid;
    }
    const figures: Figure[] = [];
    for (const size of SIZES) await measureSize(uri, size, figures, dbPid);
    return figures;
  } finally {
    const server = live.ferretdb;
    live.ferretdb = undefined;
    await server?.stop();
    removeDirs();
    process.off('exit', onExit);
  }
}

export function printScaleTable(figures: Figure[]) {
  const rows = figures.map(
    (f) =>
      `| ${f.size.toLocaleString('en')} | ${f.scenario} | ${f.requestsPerSecond.toFixed(1)} | ${f.p50.toFixed(1)} | ${f.p95.toFixed(1)} | ${f.p99.toFixed(1)} | ${f.commandsPerRequest} | ${f.errors} | ${f.peakApiMb ?? '-'} | ${f.peakDbMb ?? '-'} |`,
  );
  process.stdout.write(
    [
      '',
      '| size | scenario | req/s | p50 ms | p95 ms | p99 ms | db commands | errors | api peak MB | db peak MB |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
    ].join('\n'),
  );
}

if (require.main === module) {
  /** Set by the first SIGINT or SIGTERM: the exit code, once the clean-up is done. */
  let signalled: number | undefined;
  let stopping: Promise<void> | undefined;
  const stopAndExit = (code: number) => {
    stopping ??= stopScaleBench();
    void stopping.finally(() => process.exit(code));
  };
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    // `on`, not `once`: under tsx a Ctrl-C can arrive twice (the terminal's, then tsx's relay when
    // this process has not acknowledged it within 30 ms), and a second one without a listener would
    // end the process before the clean-up.
    process.on(signal, () => {
      if (signalled !== undefined) return;
      signalled = code;
      log(`${signal}: stopping`);
      setTimeout(() => process.exit(code), 15_000).unref();
      stopAndExit(code);
    });
  }
  runScaleBench(process.env.MONGODB_URI)
    .then((figures) => {
      if (signalled !== undefined) return;
      printScaleTable(figures);
      const out = path.join(__dirname, 'results', 'scale.json');
      fs.mkdirSync(path.dirname(out), { recursive: true });
      const api = 'node dist/src/main.js (NODE_ENV=production, RUN_WORKER=false), a child process; db commands counted on an in-process api';
      fs.writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), host: `${os.cpus().length} cpus`, api, figures }, null, 2));
      process.exit(0);
    })
    .catch((err: unknown) => {
      // After a signal the failure is the clean-up's doing (closed connections, a killed child).
      if (signalled === undefined) process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
      stopAndExit(signalled ?? 1);
    });
}
