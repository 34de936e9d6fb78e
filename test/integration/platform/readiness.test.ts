import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureFerretdbBinary, startFerretdb, type FerretdbProcess } from '../../../src/db/ferretdb';
import type { Database } from '../../../src/db/database';
import { startTestApp, type TestApp } from '../../helpers/app';
import { createTestDatabase, dropTestDatabase, testLogger } from '../../helpers/database';
import { graphql } from '../../helpers/graphql';
import { waitFor } from '../../helpers/wait';
import { freePort } from '../../helpers/processes';

// The database stops and comes back: /readyz says so at once, and the same process recovers.
describe('readiness while the database goes away and comes back', () => {
  let dir: string;
  let port: number;
  let binary: string;
  let server: FerretdbProcess;
  let database: Database;
  let app: TestApp;

  const readyz = async () => {
    const response = await fetch(`${app.url}/readyz`);
    return { status: response.status, body: (await response.json()) as { status: string; database: string } };
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exchange-readyz-'));
    port = await freePort();
    binary = await ensureFerretdbBinary(testLogger());
    server = await startFerretdb({ binary, dataDir: dir, logger: testLogger(), port });
    database = await createTestDatabase(server.uri);
    app = await startTestApp(database);
  });

  afterAll(async () => {
    await app?.close();
    if (database) await dropTestDatabase(database);
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers 200 while the database is up, 503 while it is down, and 200 again without a restart', async () => {
    expect(await readyz()).toEqual({ status: 200, body: expect.objectContaining({ status: 'ready', database: 'up' }) });
    await database.db.collection('probe').insertOne({ _id: 'before' } as never);

    await server.stop();
    const down = await readyz();
    expect(down).toEqual({ status: 503, body: expect.objectContaining({ status: 'unavailable', database: 'down' }) });
    // The process itself keeps answering.
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    expect((await graphql(app.url, '{ serverInfo { name } }')).status).toBe(200);

    server = await startFerretdb({ binary, dataDir: dir, logger: testLogger(), port });
    await waitFor(async () => (await readyz()).status === 200, '/readyz to recover', 25_000);
    // Same data, same connection object: nothing was lost or reopened by hand.
    expect(await database.db.collection('probe').countDocuments({ _id: 'before' } as never)).toBe(1);
  }, 60_000);
});
