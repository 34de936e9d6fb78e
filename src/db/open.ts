import type { Config } from '../config';
import type { Logger } from '../logger';
import { ensureClaimIndexes } from './claims';
import { connectDatabase, type Database } from './database';
import { resolveDatabaseServer, type DatabaseServer } from './resolve-uri';

/** The configured database (MONGODB_URI or the embedded FerretDB), connected and indexed. */
export async function openDatabase(config: Config, logger: Logger): Promise<{ database: Database; server: DatabaseServer }> {
  const server = await resolveDatabaseServer(config, logger);
  try {
    const database = await connectDatabase({
      uri: server.uri,
      dbName: config.mongodbDbName,
      logger,
      serverSelectionTimeoutMS: config.dbServerSelectionTimeoutMs,
    });
    await ensureClaimIndexes(database.db);
    return { database, server };
  } catch (err) {
    await server.embedded?.stop();
    throw err;
  }
}
