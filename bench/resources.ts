/**
 * The resources benchmark: run by bench/run.ts against its service (after the registration burst),
 * or alone: `npx tsx bench/resources.ts` (starts its own FerretDB in a throw-away directory, or
 * uses MONGODB_URI with a fresh database, and the service as a child process via tsx).
 *
 * 1. seeds BENCH_RESOURCES (2,000) resources straight through the models (mixed kinds, topics,
 *    languages, regions, visibilities; keyword arrays as the service writes them);
 * 2. drives resource searches with autocannon (BENCH_DURATION_S, BENCH_SEARCH_CONNECTIONS = 2): the public
 *    list, a text search and a topic filter sorted by downloads, signed in; latency and the
 *    server's peak RSS;
 * 3. a BENCH_FILE_MB (100) MB file, and one a tenth of its size: a plain file copy on the same disk (the ceiling), then a
 *    streamed multipart upload through POST /files and a download through GET /files, each with
 *    its throughput and the server's peak RSS (VmHWM reset before each, and a 50 ms RSS sampler),
 *    and the downloaded SHA-256 checked against the file's.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Types } from 'mongoose';
import { connectDatabase } from '../src/db/database';
import { ensureFerretdbBinary, startFerretdb, type FerretdbProcess } from '../src/db/ferretdb';
import { createLogger } from '../src/logger';
import { DEFAULT_TOPICS } from '../src/modules/organizations/reference/topics';
import { DEFAULT_REGIONS } from '../src/modules/organizations/reference/regions';
import { RESOURCE_KINDS } from '../src/modules/resources/resource.model';
import { hashPassword } from '../src/modules/users/secrets';

export interface ResourcesBenchSettings {
  resources: number;
  fileMb: number;
  durationS: number;
  connections: number;
}

/** FerretDB filters in memory (a list over thousands of resources takes hundreds of ms): a few connections show latency, not queueing. */
const searchConnections = (settings: ResourcesBenchSettings) => Math.min(settings.connections, Math.round(envNumber('BENCH_SEARCH_CONNECTIONS', 2)));

export interface ResourcesBenchTarget {
  url: string;
  uri: string;
  dbName: string;
  adminToken: string;
  /** The service's process, for its memory. */
  pid: number;
}

interface SearchMeasurement {
  name: string;
  reqPerSec: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  peakRssMb: number | null;
}

interface TransferMeasurement {
  name: string;
  seconds: number;
  mbPerSec: number;
  peakRssMb: number | null;
}

export interface ResourcesBenchResult {
  seeded: number;
  seedSeconds: number;
  search: SearchMeasurement[];
  /** The same transfers at a tenth of the size and at full size: peak memory should not follow the size. */
  files: { sizeMb: number; idleRssMb: number | null; transfers: TransferMeasurement[]; sha256Match: boolean }[];
}

const envNumber = (name: string, fallback: number) => {
  const value = Number(process.env[name] || fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};

export const resourcesBenchSettings = (): ResourcesBenchSettings => ({
  resources: Math.round(envNumber('BENCH_RESOURCES', 2_000)),
  fileMb: envNumber('BENCH_FILE_MB', 100),
  durationS: Math.round(envNumber('BENCH_DURATION_S', 10)),
  connections: Math.round(envNumber('BENCH_CONNECTIONS', 10)),
});

function rssKb(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** The peak RSS of `pid` while `work` runs: VmHWM after a reset where allowed, and a 50 ms sampler. */
async function withPeakRss<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakMb: number | null }> {
  let reset = false;
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    reset = true;
  } catch {
    // not Linux, or not allowed: the sampler alone
  }
  let sampled = rssKb(pid, 'VmRSS') ?? 0;
  const timer = setInterval(() => (sampled = Math.max(sampled, rssKb(pid, 'VmRSS') ?? 0)), 50);
  try {
    const result = await work();
    const hwm = reset ? (rssKb(pid, 'VmHWM') ?? 0) : 0;
    const peak = Math.max(sampled, hwm);
    return { result, peakMb: peak > 0 ? Math.round(peak / 102.4) / 10 : null };
  } finally {
    clearInterval(timer);
  }
}

const LANGUAGES = ['en', 'fr', 'es', 'pt', 'ar', 'ru'];
const WORDS = [
  'toolkit',
  'protection',
  'survivor',
  'online',
  'grooming',
  'tourism',
  'justice',
  'community',
  'training',
  'prevention',
  'reporting',
  'hotline',
  'school',
  'policy',
  'youth',
  'safeguarding',
];

async function seedResources(uri: string, dbName: string, count: number): Promise<number> {
  const database = await connectDatabase({ uri, dbName, logger: createLogger('silent') });
  try {
    const organizations = await database.models.Organization.find({}, { _id: 1 }).limit(50).lean<{ _id: Types.ObjectId }[]>();
    const orgIds = organizations.length > 0 ? organizations.map((o) => o._id) : [new Types.ObjectId()];
    const visibilities = ['PUBLIC', 'PUBLIC', 'NETWORK', 'NETWORK', 'PARTICIPANTS', 'SECRETARIAT'];
    const start = Date.now() - count * 60_000;
    for (let offset = 0; offset < count; offset += 500) {
      const batch = Array.from({ length: Math.min(500, count - offset) }, (_, j) => {
        const i = offset + j;
        const title = `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} guide ${i}`;
        const description = `A ${WORDS[(i * 3) % WORDS.length]} resource about ${WORDS[(i * 5) % WORDS.length]} for member groups.`;
        const topics = [DEFAULT_TOPICS[i % DEFAULT_TOPICS.length]!];
        const at = new Date(start + i * 60_000);
        return {
          title,
          description,
          kind: RESOURCE_KINDS[i % RESOURCE_KINDS.length] === 'LINK' ? 'OTHER' : RESOURCE_KINDS[i % RESOURCE_KINDS.length],
          visibility: visibilities[i % visibilities.length],
          topics,
          languages: [LANGUAGES[i % LANGUAGES.length]!],
          regions: [DEFAULT_REGIONS[i % DEFAULT_REGIONS.length]!],
          countries: [],
          organizationId: orgIds[i % orgIds.length],
          workshopIds: [],
          downloadCount: (i * 37) % 101,
          status: 'ACTIVE',
          archivedAt: null,
          externalUrl: null,
          createdBy: new Types.ObjectId(),
          createdAt: at,
          updatedAt: at,
        };
      });
      await database.models.Resource.insertMany(batch, { lean: true });
    }
    return count;
  } finally {
    await database.close();
  }
}

const LIST = (args: string) =>
  JSON.stringify({
    query: `{ resources(${args}) { totalCount edges { cursor node { id title kind visibility topics languages downloadCount } } pageInfo { hasNextPage endCursor } } }`,
  });

async function searchLoad(
  url: string,
  name: string,
  body: string,
  token: string | null,
  settings: ResourcesBenchSettings,
  pid: number,
): Promise<SearchMeasurement> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const check = await fetch(`${url}/graphql`, { method: 'POST', headers, body });
  const answer = (await check.json()) as { data?: { resources?: { edges: unknown[] } }; errors?: unknown };
  if (!check.ok || answer.errors || !answer.data?.resources?.edges.length)
    throw new Error(`${name} answered ${check.status}: ${JSON.stringify(answer).slice(0, 300)}`);
  const { result, peakMb } = await withPeakRss(
    pid,
    () =>
      new Promise<autocannon.Result>((resolve, reject) => {
        autocannon(
          { url: `${url}/graphql`, method: 'POST', headers, body, connections: searchConnections(settings), duration: settings.durationS, timeout: 30 },
          (err, done) => (err ? reject(err) : resolve(done)),
        );
      }),
  );
  return {
    name,
    reqPerSec: Math.round(result.requests.average * 10) / 10,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    peakRssMb: peakMb,
  };
}

async function graphqlCall<T>(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A streamed multipart upload straight from the file (the bench does not hold it in memory either). */
function streamUpload(url: string, token: string, resourceId: string, file: string, size: number): Promise<{ status: number; body: string }> {
  const boundary = `----bench${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="resourceId"\r\n\r\n${resourceId}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench-${size}.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const target = new URL(`${url}/files`);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: '/files',
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(head.length + size + tail.length),
        },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on('error', reject);
    request.write(head);
    const source = fs.createReadStream(file);
    source.on('error', reject);
    source.on('end', () => request.end(tail));
    source.pipe(request, { end: false });
  });
}

async function streamDownload(url: string, token: string, resourceId: string): Promise<{ bytes: number; sha256: string }> {
  const response = await fetch(`${url}/files/${resourceId}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok || !response.body) throw new Error(`download answered ${response.status}`);
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

async function fileBench(target: ResourcesBenchTarget, fileMb: number, log: (m: string) => void) {
  const size = Math.round(fileMb * 1024 * 1024);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exchange-file-bench-'));
  try {
    const file = path.join(dir, 'source.pdf');
    const hash = createHash('sha256');
    const out = fs.createWriteStream(file);
    const head = Buffer.from('%PDF-1.7\n');
    out.write(head);
    hash.update(head);
    for (let written = head.length; written < size; ) {
      const piece = randomBytes(Math.min(1024 * 1024, size - written));
      hash.update(piece);
      written += piece.length;
      if (!out.write(piece)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
    const digest = hash.digest('hex');
    const mb = size / 1024 / 1024;
    const transfers: TransferMeasurement[] = [];
    const timed = async (name: string, pid: number | null, work: () => Promise<unknown>) => {
      const started = process.hrtime.bigint();
      const peak = pid === null ? { peakMb: null } : await withPeakRss(pid, work);
      if (pid === null) await work();
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      transfers.push({ name, seconds: Math.round(seconds * 100) / 100, mbPerSec: Math.round((mb / seconds) * 10) / 10, peakRssMb: peak.peakMb });
      log(`${name}: ${(mb / seconds).toFixed(1)} MB/s`);
    };

    await timed('plain file copy (fs.copyFile, the ceiling)', null, () => fs.promises.copyFile(file, path.join(dir, 'copy.pdf')));
    await timed('plain stream copy (read + write streams)', null, () => pipeline(fs.createReadStream(file), fs.createWriteStream(path.join(dir, 'copy2.pdf'))));
    const created = await graphqlCall<{ createResource: { resource: { id: string } } }>(
      target.url,
      target.adminToken,
      'mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id } } }',
      { input: { title: `Bench recording ${Date.now()}`, kind: 'RECORDING', visibility: 'NETWORK', languages: ['en'] } },
    );
    const resourceId = created.createResource.resource.id;
    const idleRssMb = (rssKb(target.pid, 'VmRSS') ?? 0) / 1024 || null;
    let uploaded: { status: number; body: string } | undefined;
    await timed(`upload POST /files (${mb} MB, streamed into GridFS)`, target.pid, async () => {
      uploaded = await streamUpload(target.url, target.adminToken, resourceId, file, size);
    });
    if (uploaded?.status !== 201) throw new Error(`upload answered ${uploaded?.status}: ${uploaded?.body.slice(0, 300)}`);
    const version = (JSON.parse(uploaded.body) as { version: { sha256: string } }).version;
    let downloaded: { bytes: number; sha256: string } | undefined;
    await timed(`download GET /files (${mb} MB, streamed from GridFS)`, target.pid, async () => {
      downloaded = await streamDownload(target.url, target.adminToken, resourceId);
    });
    return {
      sizeMb: mb,
      idleRssMb: idleRssMb === null ? null : Math.round(idleRssMb * 10) / 10,
      transfers,
      sha256Match: version.sha256 === digest && downloaded?.sha256 === digest && downloaded.bytes === size,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function runResourcesBench(
  target: ResourcesBenchTarget,
  settings: ResourcesBenchSettings,
  log: (m: string) => void,
): Promise<ResourcesBenchResult> {
  log(`resources: seeding ${settings.resources} resources through the models`);
  const seedStarted = Date.now();
  const seeded = await seedResources(target.uri, target.dbName, settings.resources);
  const seedSeconds = Math.round((Date.now() - seedStarted) / 100) / 10;
  const search: SearchMeasurement[] = [];
  for (const [name, body, token] of [
    ['resources(first: 20) public, newest', LIST('first: 20'), null],
    ['resources(filter: { text: "online protection" }, first: 20) signed in', LIST('first: 20, filter: { text: "online protection" }'), target.adminToken],
    [
      'resources(filter: { topic }, sort: MOST_DOWNLOADED, first: 20) signed in',
      LIST(`first: 20, sort: MOST_DOWNLOADED, filter: { topic: "${DEFAULT_TOPICS[0]}" }`),
      target.adminToken,
    ],
  ] as const) {
    log(`resources: ${name} for ${settings.durationS} s, ${searchConnections(settings)} connections`);
    search.push(await searchLoad(target.url, name, body, token, settings, target.pid));
  }
  const files = [];
  for (const fileMb of [settings.fileMb / 10, settings.fileMb]) {
    log(`resources: ${fileMb} MB upload and download`);
    files.push(await fileBench(target, fileMb, log));
  }
  return { seeded, seedSeconds, search, files };
}

export function printResourcesTables(result: ResourcesBenchResult): void {
  const table = (header: string[], rows: string[][]) => {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    process.stdout.write(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map((r) => `${line(r)}\n`).join('')}`);
  };
  const f = (v: number | null) => (v === null ? '-' : String(v));
  process.stdout.write(`\nresources: ${result.seeded} seeded in ${result.seedSeconds} s`);
  table(
    ['resource search', 'req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'non-2xx', 'errors', 'peak RSS MB'],
    result.search.map((s) => [s.name, f(s.reqPerSec), f(s.latencyMs.p50), f(s.latencyMs.p90), f(s.latencyMs.p99), f(s.non2xx), f(s.errors), f(s.peakRssMb)]),
  );
  for (const file of result.files) {
    table(
      [
        `${file.sizeMb} MB file (server idle RSS ${f(file.idleRssMb)} MB; sha256 ${file.sha256Match ? 'matches' : 'DIFFERS'})`,
        'seconds',
        'MB/s',
        'server peak RSS MB',
      ],
      file.transfers.map((t) => [t.name, f(t.seconds), f(t.mbPerSec), f(t.peakRssMb)]),
    );
  }
  process.stdout.write('\n');
}

// ---------------------------------------------------------------------------------------------
// Alone: `npx tsx bench/resources.ts`

async function standalone(): Promise<void> {
  const log = (message: string) => process.stderr.write(`[bench:resources] ${message}\n`);
  const settings = resourcesBenchSettings();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'exchange-resources-bench-'));
  let ferretdb: FerretdbProcess | undefined;
  let child: ChildProcess | undefined;
  let dropAfter: { uri: string; dbName: string } | undefined;
  try {
    let uri = process.env.MONGODB_URI;
    const dbName = `bench-resources-${Date.now().toString(36)}`;
    if (!uri) {
      const logger = createLogger('warn');
      ferretdb = await startFerretdb({ binary: await ensureFerretdbBinary(logger), dataDir: path.join(dataDir, 'ferretdb'), logger });
      uri = ferretdb.uri;
    } else {
      dropAfter = { uri, dbName };
    }
    // A Secretariat admin to sign in as (the seed is not needed here).
    const database = await connectDatabase({ uri, dbName, logger: createLogger('silent') });
    const organization = await database.models.Organization.create({
      name: 'Bench Secretariat',
      nameKey: 'bench secretariat',
      kind: 'SECRETARIAT',
      country: 'TH',
      region: 'SOUTHEAST_ASIA',
      topics: [],
      languages: ['en'],
    });
    const password = randomBytes(18).toString('base64url');
    const admin = await database.models.User.create({
      email: 'bench-admin@example.org',
      name: 'Bench Admin',
      role: 'SECRETARIAT_ADMIN',
      organizationId: organization._id,
      timeZone: 'UTC',
      language: 'en',
    });
    await database.models.Credential.create({ _id: admin._id, passwordHash: await hashPassword(password) });
    await database.close();

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: '0',
      RUN_WORKER: 'false',
      MONGODB_URI: uri,
      MONGODB_DB_NAME: dbName,
      DATA_DIR: dataDir,
      LINK_SIGNING_SECRET: randomBytes(32).toString('base64url'),
      FILE_MAX_BYTES: String(Math.max(200 * 1024 * 1024, Math.ceil(settings.fileMb * 1024 * 1024) + 1024)),
    };
    delete env.PUBLIC_URL;
    const root = path.resolve(__dirname, '..');
    const built = path.join(root, 'dist', 'src', 'main.js');
    const useDist = process.env.BENCH_USE_DIST === 'true' && fs.existsSync(built);
    child = useDist
      ? spawn(process.execPath, [built], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] })
      : spawn(process.execPath, ['--import', 'tsx', path.join('src', 'main.ts')], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
    log(`service: ${useDist ? 'dist/src/main.js (BENCH_USE_DIST=true; build first)' : 'src/main.ts through tsx'}`);
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the service did not start in 120 s')), 120_000);
      readline.createInterface({ input: child!.stdout! }).on('line', (line) => {
        const match = /Service ready at (https?:\/\/\S+)/.exec(line);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child!.once('exit', (code) => reject(new Error(`the service exited with ${code}`)));
    });
    const signIn = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: SignInInput!) { signIn(input: $i) { token } }',
        variables: { i: { email: 'bench-admin@example.org', password } },
      }),
    });
    const adminToken = ((await signIn.json()) as { data: { signIn: { token: string } } }).data.signIn.token;
    const result = await runResourcesBench({ url, uri, dbName, adminToken, pid: child.pid! }, settings, log);
    printResourcesTables(result);
    const resultsFile = path.join(root, 'bench', 'results', 'resources-latest.json');
    fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
    fs.writeFileSync(
      resultsFile,
      `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, database: ferretdb ? 'embedded FerretDB 1.24 (SQLite)' : 'MONGODB_URI', settings, ...result }, null, 2)}\n`,
    );
    log(`wrote ${path.relative(root, resultsFile)}`);
  } finally {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 500));
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    if (dropAfter) {
      const database = await connectDatabase({ uri: dropAfter.uri, dbName: dropAfter.dbName, logger: createLogger('silent') });
      await database.db.dropDatabase().catch(() => undefined);
      await database.close();
    }
    await ferretdb?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  standalone().then(
    () => process.exit(0),
    (err: unknown) => {
      process.stderr.write(`[bench:resources] failed: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(1);
    },
  );
}
