import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../src/db/database';
import { ensureFerretdbBinary, startFerretdb, type FerretdbProcess } from '../../src/db/ferretdb';
import { startTestApp, type TestApp } from './app';
import { createTestDatabase, dropTestDatabase, testLogger } from './database';
import { freePort } from './processes';
import { waitFor } from './wait';

export interface OwnFerretdb {
  readonly database: Database;
  readonly app: TestApp;
  /** Stops the database server; the app keeps running. */
  stop(): Promise<void>;
  /** Starts it again on the same port and files, and waits until the app's /readyz answers 200. */
  restart(): Promise<void>;
}

/**
 * A test file's own FerretDB (so the run's shared server is never stopped), a database on it and
 * the app over it, for tests that stop the database and bring it back. Requests give up after
 * server selection (5 s, createTestDatabase).
 */
export function useOwnFerretdb(name: string): OwnFerretdb {
  let dir: string;
  let port: number;
  let binary: string;
  let server: FerretdbProcess | undefined;
  let database: Database | undefined;
  let app: TestApp | undefined;
  const start = async () => {
    server = await startFerretdb({ binary, dataDir: dir, logger: testLogger(), port });
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), `exchange-${name}-`));
    port = await freePort();
    binary = await ensureFerretdbBinary(testLogger());
    await start();
    database = await createTestDatabase(server!.uri);
    app = await startTestApp(database);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    if (database) await dropTestDatabase(database).catch(() => undefined);
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  return {
    get database() {
      return database!;
    },
    get app() {
      return app!;
    },
    stop: () => server!.stop(),
    async restart() {
      await start();
      await waitFor(async () => (await fetch(`${app!.url}/readyz`)).status === 200, '/readyz to recover', 30_000);
    },
  };
}
