/**
 * How the main reads and a registration grow with the size of the data: for each size in
 * BENCH_SCALE_SIZES (default 1000,10000; add 100000 on MongoDB, or with patience on FerretDB),
 * a fresh database seeded by bench/seed-scale.ts with that many workshops and registrations, the
 * api started in this process on it, then:
 *
 * - `workshops(first: 50)` signed in as a coordinator (autocannon, BENCH_SCALE_DURATION_S),
 * - the public programme anonymously: `workshops(first: 50)` without a token, and
 *   `GET /calendar/public.ics` (its first, cold build timed once, then warm under load; BENCH_SCALE_FEED=false skips it),
 * - the library's search signed in, with facets, and the directory's first page,
 * - a registration: BENCH_SCALE_REGISTRATIONS sequential `register` mutations (one new person each),
 * - the Secretariat's writes: BENCH_SCALE_WRITES sequential createWorkshop, updateWorkshop, publishWorkshop,
 *
 * each with throughput, p50/p95/p99 latency, database commands per request (driver command
 * monitoring around one request) and peak memory (this process, which serves the api, and the
 * FerretDB server when the bench started it), beside the database's raw operations at that size
 * (the ceilings: the same find through the driver alone, one insert, one update). Runnable alone: `npx tsx bench/scale.ts`; `npm run bench` runs it
 * last when BENCH_SCALE=1. Results: bench/results/scale.json.
 */
import autocannon from 'autocannon';
import { createAppDeps } from '../src/app-deps';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { ensureClaimIndexes } from '../src/db/claims';
import { connectDatabase, type Database } from '../src/db/database';
import { ensureFerretdbBinary, startFerretdb, type FerretdbProcess } from '../src/db/ferretdb';
import { createLogger } from '../src/logger';
import { startApi } from '../src/server';
import { subscribeAll } from '../src/subscribers';
import { countCommands } from '../test/helpers/command-counter';
import { SCALE_PASSWORD, seedScale } from './seed-scale';

const SIZES = (process.env.BENCH_SCALE_SIZES ?? '1000,10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const DURATION_S = Number(process.env.BENCH_SCALE_DURATION_S ?? 5);
const REGISTRATIONS = Number(process.env.BENCH_SCALE_REGISTRATIONS ?? 30);
const CONNECTIONS = Number(process.env.BENCH_SCALE_CONNECTIONS ?? 4);
/** For bench/run.ts's watchdog: seeding and measuring every size. */
export const SCALE_DEADLINE_MS = 45 * 60_000;

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
const CREATE_WORKSHOP = 'mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { workshop { id } } }';
const UPDATE_WORKSHOP = 'mutation($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id } } }';
const PUBLISH_WORKSHOP = 'mutation($input: PublishWorkshopInput!) { publishWorkshop(input: $input) { workshop { id } } }';
const SECRETARIAT_WRITES = Number(process.env.BENCH_SCALE_WRITES ?? 10);

interface Figure {
  size: number;
  scenario: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  commandsPerRequest: number;
  /** Peak resident memory during the scenario, in MB: this process (the api) and the database server. */
  peakApiMb?: number;
  peakDbMb?: number;
}

type RecordFigure = (figure: Figure) => void;

/** Samples resident memory every 100 ms: this process, and the database server's from /proc. */
class MemoryWatch {
  private api = 0;
  private db = 0;
  private readonly timer: NodeJS.Timeout;
  constructor(private readonly dbPid?: number) {
    this.timer = setInterval(() => this.sample(), 100);
    this.timer.unref();
  }
  private sample() {
    this.api = Math.max(this.api, process.memoryUsage().rss);
    if (!this.dbPid) return;
    try {
      const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${this.dbPid}/status`, 'utf8'));
      if (kb) this.db = Math.max(this.db, Number(kb[1]) * 1024);
    } catch {
      // The server is gone or /proc is not there: no figure.
    }
  }
  /** The peaks since the last call, then starts over. */
  take(): { peakApiMb: number; peakDbMb?: number } {
    this.sample();
    const peaks = { peakApiMb: Math.round(this.api / 2 ** 20), ...(this.dbPid ? { peakDbMb: Math.round(this.db / 2 ** 20) } : {}) };
    this.api = 0;
    this.db = 0;
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

function sequentialFigure(size: number, scenario: string, latencies: number[], commandsPerRequest: number, errors = 0): Figure {
  const total = latencies.reduce((a, b) => a + b, 0);
  return {
    size,
    scenario,
    requestsPerSecond: (1000 * latencies.length) / total,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
    commandsPerRequest,
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
  record(sequentialFigure(size, 'ceiling: raw find, programme page (limit 51)', page, 1));
  const feed = await sequentially(1, () =>
    workshops
      .find({ status: { $in: ['PUBLISHED', 'COMPLETED', 'CANCELLED'] }, endsAt: { $gt: now } })
      .sort({ startsAt: 1, _id: 1 })
      .toArray(),
  );
  record(sequentialFigure(size, 'ceiling: raw find, every feed workshop', feed, 1));
  const scratch = database.db.collection('registrations');
  const inserts = await sequentially(REGISTRATIONS, (n) => scratch.insertOne({ ceilingProbe: n, status: 'CANCELLED', createdAt: now }));
  record(sequentialFigure(size, 'ceiling: raw insertOne (registrations)', inserts, 1));
  await scratch.deleteMany({ ceilingProbe: { $exists: true } });
  const target = await workshops.findOne({}, { projection: { _id: 1 } });
  const updates = await sequentially(5, (n) => workshops.updateOne({ _id: target!._id }, { $set: { ceilingProbe: n } }));
  record(sequentialFigure(size, 'ceiling: raw updateOne by _id (workshops)', updates, 1));
  await workshops.updateOne({ _id: target!._id }, { $unset: { ceilingProbe: '' } });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Commands of one request, and of what it sets off within 100 ms after its answer. */
async function commandsOf(database: Database, work: () => Promise<unknown>): Promise<number> {
  const { count } = await countCommands(database.client, async () => {
    await work();
    await new Promise((resolve) => setTimeout(resolve, 100));
  });
  return count;
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

async function post(url: string, body: unknown, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

/**
 * The public feed cold (one build) and warm (cached, under load). At 100,000 workshops on FerretDB
 * the first build outlasts the server's 60 s socket idle limit and the connection is closed:
 * recorded as an error with the time it took, and nothing warm to measure.
 */
async function measureFeed(url: string, database: Database, size: number, record: RecordFigure) {
  let coldMs = 0;
  let coldFailed = 0;
  const coldCommands = await commandsOf(database, async () => {
    const started = performance.now();
    await fetch(`${url}/calendar/public.ics`)
      .then((r) => r.text())
      .catch(() => coldFailed++);
    coldMs = performance.now() - started;
  });
  record({
    size,
    scenario: 'public.ics, cold (one request)',
    requestsPerSecond: 1000 / coldMs,
    p50: coldMs,
    p95: coldMs,
    p99: coldMs,
    errors: coldFailed,
    commandsPerRequest: coldCommands,
  });
  if (coldFailed) return;
  const warmCommands = await commandsOf(database, () => fetch(`${url}/calendar/public.ics`).then((r) => r.text()));
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
    commandsPerRequest: warmCommands,
  });
}

async function measureSize(uri: string, size: number, figures: Figure[], dbPid?: number) {
  const logger = createLogger('silent');
  const database = await connectDatabase({ uri, dbName: `scale_${size}_${Date.now()}`, logger, monitorCommands: true });
  await ensureClaimIndexes(database.db);
  const seeding = Date.now();
  const seed = await seedScale(database, size);
  process.stdout.write(`size ${size}: seeded in ${((Date.now() - seeding) / 1000).toFixed(1)} s\n`);
  const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent', GRAPHQL_EXPLORER: 'false' });
  const deps = createAppDeps(config, logger, database);
  subscribeAll(deps);
  const api = await startApi(deps, { host: '127.0.0.1', port: 0 });
  const memory = new MemoryWatch(dbPid);
  // Each figure gets the memory peaks measured since the one before it.
  const record: RecordFigure = (figure) => figures.push({ ...figure, ...memory.take() });
  try {
    await measureCeilings(database, size, record);
    memory.take();
    const signIn = await post(api.url, {
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
      variables: { input: { email: seed.coordinatorEmail, password: SCALE_PASSWORD } },
    });
    const token = (signIn.data!.signIn as { token: string }).token;
    const page = JSON.stringify({ query: WORKSHOPS_PAGE });

    const scenarios: { name: string; request: { method: 'GET' | 'POST'; path: string; body?: string; token?: string } }[] = [
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
    for (const scenario of scenarios) {
      const once = () =>
        fetch(`${api.url}${scenario.request.path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(scenario.request.token ? { authorization: `Bearer ${scenario.request.token}` } : {}) },
          body: scenario.request.body,
        }).then((r) => r.text());
      const commands = await commandsOf(database, once);
      // Three requests one by one first: where one takes longer than a second, a load run of a few
      // seconds would finish none, so the sequential figures are reported instead (marked).
      const sequential = await sequentially(3, once);
      if (sequential[1]! > 1_000) {
        record(sequentialFigure(size, `${scenario.name} (3 sequential)`, sequential, commands));
        continue;
      }
      const result = await load(api.url, scenario.request);
      record({
        size,
        scenario: scenario.name,
        requestsPerSecond: result.rps,
        p50: result.p50,
        p95: result.p95,
        p99: result.p99,
        errors: result.errors,
        commandsPerRequest: commands,
      });
    }

    // The public feed: the first request builds it (cold), then it is served from the cache (warm).
    if (process.env.BENCH_SCALE_FEED !== 'false') await measureFeed(api.url, database, size, record);

    // Registrations, one after another, into a workshop near the end of the seeded range.
    const workshopId = seed.workshopIds[seed.workshopIds.length - 1]!;
    let registerCommands = 0;
    let errors = 0;
    const latencies = await sequentially(REGISTRATIONS, async (n) => {
      const input = { workshopId, organizationId: seed.groupId, participants: [{ name: `New ${n}`, email: `scale-new-${size}-${n}@example.org` }] };
      const run = () => post(api.url, { query: REGISTER, variables: { input } }, token).then((r) => (r.errors ? errors++ : 0));
      if (n === 0) registerCommands = await commandsOf(database, run);
      else await run();
    });
    record(sequentialFigure(size, 'register (sequential)', latencies, registerCommands, errors));
    await measureSecretariatWrites(api.url, database, size, seed.adminEmail, record);
  } finally {
    memory.stop();
    await api.close();
    deps.mailer.close();
    await database.db.dropDatabase().catch(() => undefined);
    await database.close();
  }
}

/** The Secretariat's writes one after another: createWorkshop, then updateWorkshop and publishWorkshop of each. */
async function measureSecretariatWrites(url: string, database: Database, size: number, adminEmail: string, record: RecordFigure) {
  const signIn = await post(url, {
    query: 'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
    variables: { input: { email: adminEmail, password: SCALE_PASSWORD } },
  });
  const token = (signIn.data!.signIn as { token: string }).token;
  const created: string[] = [];
  const commands = { create: 0, update: 0, publish: 0 };
  const errors = { create: 0, update: 0, publish: 0 };
  const write = async (kind: keyof typeof commands, n: number, body: unknown) => {
    const run = () =>
      post(url, body, token).then((answer) => {
        if (answer.errors) errors[kind]++;
        return answer;
      });
    if (n === 0) {
      let answer: Awaited<ReturnType<typeof post>> | undefined;
      commands[kind] = await commandsOf(database, async () => (answer = await run()));
      return answer!;
    }
    return run();
  };
  const startsAt = (n: number) => new Date(Date.now() + (30 + n) * 24 * 3_600_000);
  const create = await sequentially(SECRETARIAT_WRITES, async (n) => {
    const input = {
      kind: 'WORKSHOP',
      title: `Bench workshop ${n}`,
      summary: 'Planned by the scale benchmark.',
      format: 'ONLINE',
      onlineUrl: 'https://meet.example.org/bench',
      timeZone: 'Africa/Nairobi',
      startsAt: startsAt(n).toISOString(),
      endsAt: new Date(startsAt(n).getTime() + 3 * 3_600_000).toISOString(),
      capacity: 40,
    };
    const answer = await write('create', n, { query: CREATE_WORKSHOP, variables: { input } });
    const id = (answer.data?.createWorkshop as { workshop: { id: string } } | undefined)?.workshop.id;
    if (id) created.push(id);
  });
  record(sequentialFigure(size, 'createWorkshop (sequential)', create, commands.create, errors.create));
  const update = await sequentially(created.length, (n) =>
    write('update', n, { query: UPDATE_WORKSHOP, variables: { input: { id: created[n], title: `Bench workshop ${n}, renamed` } } }),
  );
  record(sequentialFigure(size, 'updateWorkshop (sequential)', update, commands.update, errors.update));
  const publish = await sequentially(created.length, (n) => write('publish', n, { query: PUBLISH_WORKSHOP, variables: { input: { id: created[n] } } }));
  record(sequentialFigure(size, 'publishWorkshop (sequential)', publish, commands.publish, errors.publish));
}

export async function runScaleBench(uri?: string): Promise<Figure[]> {
  let server: FerretdbProcess | undefined;
  let dir: string | undefined;
  if (!uri) {
    const logger = createLogger('warn');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exchange-scale-'));
    server = await startFerretdb({ binary: await ensureFerretdbBinary(logger), dataDir: dir, logger });
    uri = server.uri;
  }
  const figures: Figure[] = [];
  try {
    for (const size of SIZES) await measureSize(uri, size, figures, server?.pid);
  } finally {
    await server?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
  return figures;
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
  runScaleBench(process.env.MONGODB_URI)
    .then((figures) => {
      printScaleTable(figures);
      const out = path.join(__dirname, 'results', 'scale.json');
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), host: `${os.cpus().length} cpus`, figures }, null, 2));
      process.exit(0);
    })
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(1);
    });
}
