import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { promisify } from 'node:util';
import type { Logger } from '../logger';
import { projectRoot } from '../paths';

export const FERRETDB_VERSION = 'v1.24.2';

const sourceDir = path.join(projectRoot, 'tools', 'ferretdb');
const defaultBinary = path.join(projectRoot, 'node_modules', '.cache', 'ferretdb', `ferretdb-${FERRETDB_VERSION}`);
const execFileAsync = promisify(execFile);

/** Go's path, or undefined where it is not installed. */
export function findGo(): string | undefined {
  const candidates = [
    ...(process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, 'go')),
    '/usr/local/go/bin/go',
    path.join(os.homedir(), 'go', 'bin', 'go'),
  ];
  return candidates.find((file) => {
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Where the FerretDB binary is (or will be built): FERRETDB_BIN or the cache under node_modules. */
export function ferretdbBinaryPath(configured?: string): string {
  return configured ?? defaultBinary;
}

/**
 * Returns the path of a FerretDB binary, building it from the pinned module (tools/ferretdb) on
 * first use. The build writes to a temporary name and renames, so concurrent first runs are safe.
 */
export async function ensureFerretdbBinary(logger: Logger, binary = defaultBinary): Promise<string> {
  if (fs.existsSync(binary)) return binary;
  const go = findGo();
  if (!go) {
    throw new Error(
      'No MONGODB_URI is set and Go is not installed, so the embedded FerretDB cannot be built. ' +
        'Install Go (1.24+) or point MONGODB_URI at a MongoDB server.',
    );
  }
  logger.info({ binary }, `building FerretDB ${FERRETDB_VERSION} from the Go module proxy (first run only, a few minutes)`);
  fs.mkdirSync(path.dirname(binary), { recursive: true });
  const partial = `${binary}.${process.pid}.partial`;
  try {
    await execFileAsync(go, ['build', '-trimpath', '-o', partial, '.'], {
      cwd: sourceDir,
      env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-buildvcs=false -mod=readonly' },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (err) {
    fs.rmSync(partial, { force: true });
    const stderr = (err as { stderr?: string }).stderr ?? '';
    throw new Error(`building FerretDB failed: ${stderr.trim() || String(err)}`);
  }
  fs.renameSync(partial, binary);
  logger.info({ binary }, 'FerretDB built');
  return binary;
}

export interface FerretdbProcess {
  uri: string;
  /** The server's process id (benchmarks read its memory from /proc). */
  pid: number;
  stop(): Promise<void>;
  /** Resolves when the server process has exited, for whatever reason. */
  exited: Promise<number | null>;
}

/**
 * Starts FerretDB (SQLite backend) keeping its files in `dataDir`. It listens on loopback only and
 * exits on its own if this process dies (its stdin closes).
 */
export async function startFerretdb(options: { binary: string; dataDir: string; logger: Logger; port?: number }): Promise<FerretdbProcess> {
  fs.mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const child: ChildProcess = spawn(
    options.binary,
    [`-listen-addr=127.0.0.1:${options.port ?? 0}`, `-sqlite-dir=${options.dataDir}`, '-log-level=error', '-exit-on-stdin-close'],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stderr: string[] = [];
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr.push(chunk);
    if (stderr.length > 50) stderr.shift();
    options.logger.warn({ ferretdb: chunk.trim().slice(0, 2000) }, 'ferretdb');
  });

  const uri = await new Promise<string>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /^ready (mongodb:\/\/\S+)$/.exec(line);
      if (match) resolve(match[1]!);
    });
    child.once('error', reject);
    void exited.then((code) => reject(new Error(`FerretDB exited with ${code} before it was ready: ${stderr.join('')}`)));
  });

  return {
    uri,
    pid: child.pid!,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
