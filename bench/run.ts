/**
 * `npm run bench`: the baseline load test. Builds dist/ when stale, starts the real service
 * (`node dist/src/main.js`, api only, production settings, a throw-away DATA_DIR so the embedded
 * FerretDB starts unless MONGODB_URI is set), drives three endpoints with autocannon and writes
 * bench/results/latest.json. Always stops the service and exits by itself in bounded time.
 *
 * Settings (environment): BENCH_DURATION_S (10), BENCH_WARMUP_S (3), BENCH_CONNECTIONS (10),
 * BENCH_BUILD (auto | always | never), BENCH_STARTUP_TIMEOUT_S (600).
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

const root = path.resolve(__dirname, '..');
const resultsFile = path.join(root, 'bench', 'results', 'latest.json');
const BUILD_TIMEOUT_MS = 5 * 60_000;
/** The service's own forced exit comes at SHUTDOWN_TIMEOUT_MS (10 s) + 5 s. */
const STOP_TIMEOUT_MS = 20_000;

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
};
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

const scenarios: Scenario[] = [
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

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

// ---------------------------------------------------------------------------------------------
// Build

function newestMtime(entry: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name)));
  return newest;
}

/** dist/ is stale when any build input changed after the last emitting `tsc` run. */
function buildIsStale(): boolean {
  const buildInfo = path.join(root, 'dist', '.tsbuildinfo');
  if (!fs.existsSync(path.join(root, 'dist', 'src', 'main.js')) || !fs.existsSync(buildInfo)) return true;
  const inputs = ['src', 'jobs', 'scripts', 'schema', 'tsconfig.json', 'tsconfig.build.json', 'codegen.ts', 'package-lock.json'];
  const newestInput = Math.max(...inputs.map((entry) => newestMtime(path.join(root, entry))));
  return newestInput > fs.statSync(buildInfo).mtimeMs;
}

async function buildIfNeeded(): Promise<void> {
  if (settings.build === 'never' || (settings.build === 'auto' && !buildIsStale())) {
    log('dist/ is up to date');
    return;
  }
  log('building (npm run build)');
  const started = Date.now();
  const child = spawn('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
  const timer = setTimeout(() => child.kill('SIGKILL'), BUILD_TIMEOUT_MS);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode) => resolve(exitCode));
  }).finally(() => clearTimeout(timer));
  if (code !== 0) throw new Error(`npm run build failed (exit ${code})`);
  log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------------------------------------
// The service

interface RunningService {
  url: string;
  pid: number;
  startupMs: number;
  /** SIGTERM, wait for the graceful exit (SIGKILL after STOP_TIMEOUT_MS); resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Set while a service child is running, so every failure path can kill it. */
let liveChild: ChildProcess | undefined;
/** The service's DATA_DIR while it exists. */
let tempDir: string | undefined;

const isRunning = (child: ChildProcess | undefined): child is ChildProcess =>
  child !== undefined && child.exitCode === null && child.signalCode === null;

function killLiveChild(): void {
  if (isRunning(liveChild)) liveChild.kill('SIGKILL');
}

function removeTempDir(): void {
  if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  tempDir = undefined;
}

/** The emergency exit: kill the service, give it up to 3 s to go, remove its data, exit. */
function abort(code: number): void {
  const child = liveChild;
  killLiveChild();
  const finish = () => {
    removeTempDir();
    process.exit(code);
  };
  if (!isRunning(child)) return finish();
  child.once('exit', finish);
  setTimeout(finish, 3_000).unref();
}

async function startService(dataDir: string): Promise<RunningService> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    RUN_WORKER: 'false',
    DATA_DIR: dataDir,
  };
  // The ready line prints PUBLIC_URL when set; the bench needs the real address.
  delete env.PUBLIC_URL;

  const started = Date.now();
  const child = spawn(process.execPath, [path.join('dist', 'src', 'main.js')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  liveChild = child;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const forward = (line: string) => {
    if (line.trim() !== '') process.stderr.write(`[server] ${line}\n`);
  };
  readline.createInterface({ input: child.stderr! }).on('line', forward);

  const url = await new Promise<string>((resolve, reject) => {
    const progress = setInterval(() => {
      const s = Math.round((Date.now() - started) / 1000);
      log(`still starting after ${s} s (the first run builds FerretDB from Go sources: a few minutes)`);
    }, 15_000);
    const timeout = setTimeout(() => {
      reject(new Error(`the service was not ready after ${settings.startupTimeoutS} s`));
    }, settings.startupTimeoutS * 1000);
    const done = () => {
      clearInterval(progress);
      clearTimeout(timeout);
    };
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /Service ready at (https?:\/\/\S+)/.exec(line);
      if (match) {
        done();
        resolve(match[1]!);
      } else {
        forward(line);
      }
    });
    child.once('error', (err) => {
      done();
      reject(err);
    });
    void exited.then((code) => {
      done();
      reject(new Error(`the service exited with ${code} before it was ready (its output is above)`));
    });
  });

  return {
    url,
    pid: child.pid!,
    startupMs: Date.now() - started,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      const code = await exited;
      clearTimeout(timer);
      liveChild = undefined;
      return code;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Memory (Linux /proc; null elsewhere)

function readStatusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Resets VmHWM to the current RSS (Linux 4.0+), so VmHWM afterwards is the peak of one run. */
function resetPeakRss(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

const toMb = (kb: number | null) => (kb === null ? null : Math.round((kb / 1024) * 10) / 10);

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
}

function percentile(sorted: Float64Array, p: number): number | null {
  if (sorted.length === 0) return null;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return round(sorted[index]!);
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

function runLoad(
  url: string,
  scenario: Scenario,
  durationS: number,
  onLatency?: (ms: number) => void,
): Promise<autocannon.Result> {
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
  };
}

/** One request per endpoint before any load: a wrong answer fails fast with the reason. */
async function checkEndpoints(url: string): Promise<void> {
  for (const scenario of scenarios) {
    const response = await fetch(url + scenario.path, {
      method: scenario.method,
      headers: scenario.headers,
      body: scenario.body,
      signal: AbortSignal.timeout(10_000),
    });
    const body = await response.text();
    if (!response.ok || !scenario.verify(body)) {
      throw new Error(`${scenario.method} ${scenario.path} answered ${response.status}: ${body.slice(0, 500)}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Report

function printTable(measurements: Measurement[]): void {
  const fmt = (value: number | null, digits = 2) => (value === null ? '-' : value.toFixed(digits));
  const header = ['endpoint', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'non-2xx', 'peak RSS MB', 'RSS after MB'];
  const rows = measurements.map((m) => [
    `${m.method} ${m.path}`,
    fmt(m.reqPerSec, 0),
    fmt(m.latencyMs.p50),
    fmt(m.latencyMs.p95),
    fmt(m.latencyMs.p99),
    String(m.errors + m.mismatches),
    String(m.non2xx),
    fmt(m.peakRssMb, 1),
    fmt(m.rssAfterMb, 1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  process.stdout.write(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const row of rows) process.stdout.write(`${line(row)}\n`);
  process.stdout.write('\n');
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const perRunMs = (settings.warmupS + settings.durationS + 30) * 1000;
  const deadlineMs = BUILD_TIMEOUT_MS + settings.startupTimeoutS * 1000 + scenarios.length * perRunMs + STOP_TIMEOUT_MS + 60_000;
  const watchdog = setTimeout(() => {
    log(`gave up after ${Math.round(deadlineMs / 1000)} s`);
    abort(1);
  }, deadlineMs);
  watchdog.unref();

  await buildIfNeeded();

  const database = process.env.MONGODB_URI ? 'MONGODB_URI' : 'embedded FerretDB 1.24 (SQLite)';
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'exchange-bench-'));
  tempDir = dataDir;
  let service: RunningService | undefined;
  try {
    log(`starting the service (${database}, data in ${dataDir})`);
    service = await startService(dataDir);
    log(`ready at ${service.url} after ${(service.startupMs / 1000).toFixed(1)} s (pid ${service.pid})`);
    await checkEndpoints(service.url);
    const idleRssMb = toMb(readStatusKb(service.pid, 'VmRSS'));

    const measurements: Measurement[] = [];
    for (const scenario of scenarios) {
      log(`${scenario.method} ${scenario.path}: ${settings.warmupS} s warm-up, ${settings.durationS} s measured, ${settings.connections} connections`);
      measurements.push(await measure(service, scenario));
    }

    printTable(measurements);
    const cpus = os.cpus();
    const report = {
      date: new Date().toISOString(),
      node: process.version,
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      cpu: { count: cpus.length, model: cpus[0]?.model.trim() ?? 'unknown' },
      totalMemoryMb: Math.round(os.totalmem() / 1024 / 1024),
      database,
      settings: { durationS: settings.durationS, warmupS: settings.warmupS, connections: settings.connections },
      notes: 'autocannon runs in the same machine as the service; latency percentiles are from every response of the measured run',
      service: { startupMs: service.startupMs, idleRssMb },
      results: measurements,
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
    removeTempDir();
    clearTimeout(watchdog);
  }
}

process.once('exit', () => {
  killLiveChild();
  removeTempDir();
});
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
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
