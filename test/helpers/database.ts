import { randomBytes } from 'node:crypto';
import { connectDatabase, type Database } from '../../src/db/database';
import { ensureServerIndexes } from '../../src/db/server-indexes';
import { createLogger } from '../../src/logger';

export function testServerUri(): string {
  const uri = process.env.TEST_MONGODB_URI;
  if (!uri) throw new Error('TEST_MONGODB_URI is not set: run the tests through `npm test` (Jest global setup).');
  return uri;
}

export const testLogger = () => createLogger(process.env.TEST_LOG_LEVEL ?? 'silent', { role: 'test' });

/** A fresh, uniquely named database on the run's server; the caller drops it. */
export async function createTestDatabase(uri = testServerUri()): Promise<Database> {
  const dbName = `test_${randomBytes(6).toString('hex')}`;
  // Command monitoring on: tests count the commands one request issues (countCommands).
  const database = await connectDatabase({ uri, dbName, logger: testLogger(), serverSelectionTimeoutMS: 5_000, monitorCommands: true });
  // No TTL indexes: the tests' ManualClock sits months before the server's clock.
  await ensureServerIndexes(database.db, database.capabilities, testLogger(), { ttl: false });
  return database;
}

export async function dropTestDatabase(database: Database): Promise<void> {
  await database.db.dropDatabase().catch(() => undefined);
  await database.close();
}

/** Each test file works in its own database, dropped after the file's tests. */
export function useTestDatabase(): { readonly current: Database } {
  let database: Database | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    if (database) await dropTestDatabase(database);
  });
  return {
    get current() {
      if (!database) throw new Error('useTestDatabase(): the database is used before beforeAll ran');
      return database;
    },
  };
}
