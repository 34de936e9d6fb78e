import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../src/db/database';
import { ensureFerretdbBinary, startFerretdb, type FerretdbProcess } from '../../src/db/ferretdb';
import { startTestApp, type TestApp } from './app';
import { startCuttingProxy, type CuttingProxy } from './cutting-proxy';
import { createTestDatabase, dropTestDatabase, testLogger } from './database';
import { freePort } from './processes';
import { waitFor } from './wait';

export interface OwnFerretdb {
  readonly database: Database;
  readonly app: TestApp;
  /** With `{ proxy: true }`, the proxy between the app and the server (see cutting-proxy.ts). */
  readonly proxy: CuttingProxy;
  /** Stops the database server; the app keeps running. */
  stop(): Promise<void>;
  /** Kills it with SIGKILL, wherever it is in its work. */
  kill(): Promise<void>;
  /** Starts it again on the same port and files, and waits until the app's /readyz answers 200. */
  restart(): Promise<void>;
}

/**
 * A test file's own FerretDB (so the run's shared server is never stopped), a database on it and
 * the app over it, for tests that stop the database and bring it back. Requests give up after
 * server selection (5 s, createTestDatabase).
 */
export function useOwnFerretdb(name: string, options: { proxy?: boolean } = {}): OwnFerretdb {
  let dir: string;
  let port: number;
  let binary: string;
  let server: FerretdbProcess | undefined;
  let database: Database | undefined;
  let app: TestApp | undefined;
  let proxy: CuttingProxy | undefined;
  const start = async () => {
    server = await startFerretdb({ binary, dataDir: dir, logger: testLogger(), port });
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), `exchange-${name}-`));
    port = await freePort();
    binary = await ensureFerretdbBinary(testLogger());
    await start();
    if (options.proxy) proxy = await startCuttingProxy(server!.uri);
    database = await createTestDatabase(proxy?.uri ?? server!.uri);
    app = await startTestApp(database);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    if (database) await dropTestDatabase(database).catch(() => undefined);
    await server?.stop();
    await proxy?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  return {
    get database() {
      return database!;
    },
    get app() {
      return app!;
    },
    get proxy() {
      if (!proxy) throw new Error('useOwnFerretdb(name, { proxy: true }) gives a proxy');
      return proxy;
    },
    stop: () => server!.stop(),
    async kill() {
      process.kill(server!.pid, 'SIGKILL');
      await server!.exited;
    },
    async restart() {
      await start();
      await waitFor(async () => (await fetch(`${app!.url}/readyz`)).status === 200, '/readyz to recover', 30_000);
    },
  };
}
