/**
 * The service as people run it, for the benches (bench/run.ts, bench/scale.ts): dist/ built when
 * stale, `node dist/src/main.js` started as a child process on a random loopback port (api only),
 * and its memory read from /proc.
 */
import { MongoClient } from 'mongodb';
import { createAppDeps, readModelsOf } from '../src/app/deps';
import { loadConfig } from '../src/config';
import { connectDatabase, type Database } from '../src/db/database';
import type { AppDeps } from '../src/app/context';
import { createLogger } from '../src/logger';
import { startApi, type RunningApi } from '../src/app/server';
import { subscribeAll } from '../src/app/subscribers';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { startFlags } from './start-flags';

export const root = path.resolve(__dirname, '..');
/** `npm run seed` as built (bench/run.ts seeds the demo network with it). */
export const seedScript = path.join(root, 'dist', 'scripts', 'seed.js');
export const BUILD_TIMEOUT_MS = 5 * 60_000;
/** The service's own forced exit comes at SHUTDOWN_TIMEOUT_MS (10 s) + 5 s. */
export const STOP_TIMEOUT_MS = 20_000;

type Log = (message: string) => void;

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
export function buildIsStale(): boolean {
  const buildInfo = path.join(root, 'dist', '.tsbuildinfo');
  if (!fs.existsSync(path.join(root, 'dist', 'src', 'main.js')) || !fs.existsSync(seedScript) || !fs.existsSync(buildInfo)) {
    return true;
  }
  const inputs = ['src', 'jobs', 'scripts', 'schema', 'tsconfig.json', 'tsconfig.build.json', 'codegen.ts', 'package-lock.json'];
  const newestInput = Math.max(...inputs.map((entry) => newestMtime(path.join(root, entry))));
  return newestInput > fs.statSync(buildInfo).mtimeMs;
}

export type BuildMode = 'auto' | 'always' | 'never';

/** `npm run build` unless `mode` is never, or auto and dist/ is up to date. */
export async function buildIfNeeded(mode: BuildMode, log: Log): Promise<void> {
  if (mode === 'never' || (mode === 'auto' && !buildIsStale())) {
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

export interface RunningService {
  url: string;
  pid: number;
  startupMs: number;
  /** SIGTERM, wait for the graceful exit (SIGKILL after STOP_TIMEOUT_MS); resolves with the exit code. */
  stop(): Promise<number | null>;
}

export interface StartServiceOptions {
  startupTimeoutS: number;
  log: Log;
  /**
   * Told the child as soon as it is spawned, and undefined once stop() has seen it exit: the
   * caller's clean-up state, so exit paths that never reach stop() (a signal, a crash) can kill it.
   */
  onChild?: (child: ChildProcess | undefined) => void;
}

/**
 * `node dist/src/main.js` (with the flags `npm start` gives it) with `baseEnv` (which sets the database, DATA_DIR, NODE_ENV and the like),
 * on 127.0.0.1 and a random port, without the worker; resolves once it prints "Service ready at".
 * Its stderr, and stdout other than that line, go to this process's stderr as `[server] …`. A
 * service that exits or does not get ready within `startupTimeoutS` is killed, and the call rejects.
 */
export async function startService(baseEnv: NodeJS.ProcessEnv, options: StartServiceOptions): Promise<RunningService> {
  const env: NodeJS.ProcessEnv = {
    ...baseEnv,
    HOST: '127.0.0.1',
    PORT: '0',
    RUN_WORKER: 'false',
  };
  // The ready line prints PUBLIC_URL when set; the bench needs the real address.
  delete env.PUBLIC_URL;

  const started = Date.now();
  const child = spawn(process.execPath, [...startFlags(), path.join('dist', 'src', 'main.js')], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  options.onChild?.(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const forward = (line: string) => {
    if (line.trim() !== '') process.stderr.write(`[server] ${line}\n`);
  };
  readline.createInterface({ input: child.stderr! }).on('line', forward);

  let url: string;
  try {
    url = await new Promise<string>((resolve, reject) => {
      const progress = setInterval(() => {
        const s = Math.round((Date.now() - started) / 1000);
        options.log(`the service is still starting after ${s} s`);
      }, 15_000);
      const timeout = setTimeout(() => {
        reject(new Error(`the service was not ready after ${options.startupTimeoutS} s`));
      }, options.startupTimeoutS * 1000);
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
  } catch (err) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    throw err;
  }

  return {
    url,
    pid: child.pid!,
    startupMs: Date.now() - started,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      const code = await exited;
      clearTimeout(timer);
      options.onChild?.(undefined);
      return code;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Memory (Linux /proc; null elsewhere)

export function readStatusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Resets VmHWM to the current RSS (Linux 4.0+), so VmHWM afterwards is the peak of one run. */
export function resetPeakRss(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

export const toMb = (kb: number | null) => (kb === null ? null : Math.round((kb / 1024) * 10) / 10);

/** Drops a bench's own database on a server (logs what happened; never throws). */
export async function dropBenchDatabase(target: { uri: string; dbName: string }, log: Log): Promise<void> {
  const client = new MongoClient(target.uri, { serverSelectionTimeoutMS: 5_000 });
  try {
    await client.db(target.dbName).dropDatabase();
    log(`dropped database ${target.dbName}`);
  } catch (err) {
    log(`could not drop database ${target.dbName}: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    await client.close().catch(() => undefined);
  }
}

export interface CountingApp {
  url: string;
  deps: AppDeps;
  database: Database;
  close(): Promise<void>;
}

/**
 * The service's app in this process, as main.ts starts it (production settings, event
 * subscribers, read models built before it listens), on a connection with command monitoring:
 * a child's driver is out of reach, so benches count a request's database commands here.
 */
export async function startCountingApp(target: { uri: string; dbName: string; dataDir: string; linkSecret: string }): Promise<CountingApp> {
  const logger = createLogger('silent');
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    MONGODB_URI: target.uri,
    MONGODB_DB_NAME: target.dbName,
    DATA_DIR: target.dataDir,
    LINK_SIGNING_SECRET: target.linkSecret,
  });
  const database = await connectDatabase({
    uri: target.uri,
    dbName: target.dbName,
    logger,
    serverSelectionTimeoutMS: config.dbServerSelectionTimeoutMs,
    monitorCommands: true,
  });
  const deps = createAppDeps(config, logger, database);
  subscribeAll(deps);
  let api: RunningApi | undefined;
  try {
    await Promise.all(readModelsOf(deps).map((model) => model.current()));
    api = await startApi(deps, { host: '127.0.0.1', port: 0 });
  } catch (err) {
    deps.mailer.close();
    await database.close();
    throw err;
  }
  const running = api;
  return {
    url: running.url,
    deps,
    database,
    async close() {
      await running.close();
      deps.mailer.close();
      await database.close();
    },
  };
}
