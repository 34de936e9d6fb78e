import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { probeFerretdb, probeMongod } from '../../../src/db/embedded-probes';
import { testLogger } from '../../helpers/database';
import { exitOf, freePort, spawnEntry } from '../../helpers/processes';

// The embedded default on a machine where mongod cannot be had: the download is refused (a port
// nothing listens on stands in for a machine without internet), no mongod is cached (an empty
// download directory and HOME), so the service falls back to FerretDB, saying why; with FerretDB
// ruled out too it stops with one message naming the ways out. Nothing here downloads anything.
describe('the embedded database: choosing the server', () => {
  let dir: string;
  let refusedUrl: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exchange-embedded-'));
    fs.mkdirSync(path.join(dir, 'downloads'));
    fs.mkdirSync(path.join(dir, 'home'));
    refusedUrl = `http://127.0.0.1:${await freePort()}/mongodb-linux-x86_64-debian12-8.2.6.tgz`;
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  afterEach(() => {
    for (const name of Object.keys(process.env)) if (name.startsWith('MONGOMS_') && !(name in saved)) delete process.env[name];
  });

  /** What mongodb-memory-server is told: refused download, empty cache, no proxy. */
  const refusedEnv = () => ({
    MONGOMS_DOWNLOAD_URL: refusedUrl,
    MONGOMS_DOWNLOAD_DIR: path.join(dir, 'downloads'),
    MONGOMS_PREFER_GLOBAL_PATH: 'false',
  });

  it('a refused download reports no mongod, at once and with the reason', async () => {
    Object.assign(process.env, refusedEnv());
    const probe = await probeMongod({ downloadProbeTimeoutMs: 5_000, logger: testLogger() });
    expect(probe).toEqual({
      found: false,
      reason: expect.stringMatching(/^no cached mongod 8\.2\.6, and its download from 127\.0\.0\.1:\d+ failed \(ECONNREFUSED/),
    });
    expect(fs.readdirSync(path.join(dir, 'downloads'))).toEqual([]);
  });

  it('a download server that never answers is given up after the timeout', async () => {
    const silent = net.createServer(() => undefined); // accepts, never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = silent.address() as net.AddressInfo;
      Object.assign(process.env, refusedEnv(), { MONGOMS_DOWNLOAD_URL: `http://127.0.0.1:${port}/mongodb-linux-x86_64-debian12-8.2.6.tgz` });
      const probe = await probeMongod({ downloadProbeTimeoutMs: 300, logger: testLogger() });
      expect(probe).toEqual({ found: false, reason: expect.stringContaining('within 300 ms') });
    } finally {
      silent.close();
    }
  });

  it('MONGOMS_SYSTEM_BINARY that is no mongod is named in the reason', async () => {
    Object.assign(process.env, refusedEnv(), { MONGOMS_SYSTEM_BINARY: path.join(dir, 'no-such-mongod') });
    const probe = await probeMongod({ downloadProbeTimeoutMs: 5_000, logger: testLogger() });
    expect(probe).toEqual({ found: false, reason: expect.stringContaining('MONGOMS_SYSTEM_BINARY') });
  });

  it('a cached mongod is found without any download (found where MONGOMS_DOWNLOAD_DIR says)', async () => {
    // A stand-in executable under the name mongodb-memory-server gives its downloads: finding is
    // all this checks; it is never run.
    const cacheDir = path.join(dir, 'cache');
    fs.mkdirSync(cacheDir);
    Object.assign(process.env, refusedEnv(), { MONGOMS_DOWNLOAD_DIR: cacheDir });
    const { DryMongoBinary } = await import('mongodb-memory-server-core');
    // The library remembers a binary it found (per version, for the process): forgotten afterwards
    // with the stand-in, so the probes of the other tests find no mongod whatever ran before them.
    const remembered = new Map(DryMongoBinary.binaryCache);
    try {
      const [, expected] = await DryMongoBinary.generateDownloadPath(await DryMongoBinary.generateOptions({}));
      fs.writeFileSync(expected, '#!/bin/sh\nexit 1\n', { mode: 0o755 });
      const probe = await probeMongod({ downloadProbeTimeoutMs: 5_000, logger: testLogger() });
      expect(probe).toEqual({ found: true, binary: expected, source: 'cached' });
    } finally {
      DryMongoBinary.binaryCache.clear();
      for (const [version, binary] of remembered) DryMongoBinary.binaryCache.set(version, binary);
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('FerretDB counts as available where its binary is built or Go is there, not otherwise', () => {
    const built = process.env.FERRETDB_BIN_RESOLVED;
    if (built) expect(probeFerretdb(built, () => undefined)).toEqual({ found: true, built: true });
    const missing = path.join(dir, 'no-ferretdb');
    expect(probeFerretdb(missing, () => '/usr/local/go/bin/go')).toEqual({ found: true, built: false });
    expect(probeFerretdb(missing, () => undefined)).toEqual({ found: false, reason: `Go is not installed and no FerretDB binary is at ${missing}` });
  });

  const serviceEnv = (dataDir: string, extra: Record<string, string> = {}) => ({
    ...refusedEnv(),
    HOME: path.join(dir, 'home'),
    DATA_DIR: dataDir,
    PORT: '0',
    RUN_WORKER: 'false',
    LOG_LEVEL: 'info',
    ...(process.env.FERRETDB_BIN_RESOLVED ? { FERRETDB_BIN: process.env.FERRETDB_BIN_RESOLVED } : {}),
    ...extra,
  });

  it('npm start without MONGODB_URI falls back to FerretDB when mongod cannot be had, says why, and keeps the data', async () => {
    const dataDir = path.join(dir, 'data');
    const startOnce = async () => {
      const child = spawnEntry('src/main.ts', [], serviceEnv(dataDir));
      const exited = exitOf(child);
      let seen = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          seen += d.toString();
          const match = /Service ready at (http:\/\/\S+)/.exec(seen);
          if (match) resolve(match[1]!);
        });
        void exited.then((r) => reject(new Error(`exited early (${r.code}): ${r.stderr}`)));
      });
      const ready = await fetch(`${url}/readyz`);
      child.kill('SIGTERM');
      const result = await exited;
      return { log: seen + result.stdout, ready: ready.status, code: result.code };
    };

    const first = await startOnce();
    expect(first.ready).toBe(200);
    expect(first.code).toBe(0);
    const choice = first.log
      .split('\n')
      .map((line) => (line.startsWith('{') ? (JSON.parse(line) as Record<string, unknown>) : null))
      .find((entry) => entry?.embeddedDatabase);
    expect(choice).toMatchObject({
      embeddedDatabase: 'ferretdb',
      why: expect.stringMatching(
        /^no mongod \(no cached mongod 8\.2\.6, and its download from 127\.0\.0\.1:\d+ failed \(ECONNREFUSED.*\); FerretDB already built$/,
      ),
    });
    expect(first.log).toMatch(/Database: embedded FerretDB \(no mongod .*\), data in .*ferretdb/);
    expect(first.log).toContain('demo data seeded');
    expect(fs.existsSync(path.join(dataDir, 'ferretdb'))).toBe(true);

    const second = await startOnce();
    expect(second.code).toBe(0);
    // The same files: the demo network is there already and is not seeded again.
    expect(second.log).not.toContain('demo data seeded');
  }, 120_000);

  it('EMBEDDED_DATABASE=mongodb where no mongod can be had stops with the ways out, not on FerretDB', async () => {
    const result = await exitOf(spawnEntry('src/main.ts', [], serviceEnv(path.join(dir, 'forced'), { EMBEDDED_DATABASE: 'mongodb' })));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/EMBEDDED_DATABASE=mongodb, but no mongod could be had: .*ECONNREFUSED/);
    for (const way of ['MONGODB_URI', 'MONGOMS_SYSTEM_BINARY', 'Go 1.24+']) expect(result.stderr).toContain(way);
    expect(fs.existsSync(path.join(dir, 'forced', 'ferretdb'))).toBe(false);
  }, 60_000);
});
