import type { Config } from '../config';
import type { Logger } from '../logger';
import { connectDatabase, type Database } from './database';
import { resolveDatabaseServer, type DatabaseServer } from './resolve-uri';
import { ensureServerIndexes } from './server-indexes';

/** The configured database (MONGODB_URI or the embedded server), connected and indexed. */
export async function openDatabase(config: Config, logger: Logger): Promise<{ database: Database; server: DatabaseServer }> {
  const server = await resolveDatabaseServer(config, logger);
  try {
    const database = await connectDatabase({
      uri: server.uri,
      dbName: config.mongodbDbName,
      logger,
      serverSelectionTimeoutMS: config.dbServerSelectionTimeoutMs,
    });
    await ensureServerIndexes(database.db, database.capabilities, logger, { ttl: true });
    const { server: kind, version, replicaSet } = database.capabilities;
    logger.info(
      { server: kind, version, replicaSet },
      `database server: ${kind === 'mongodb' ? 'MongoDB' : 'FerretDB'} ${version}${replicaSet ? `, replica set ${replicaSet}` : ''}`,
    );
    return { database, server };
  } catch (err) {
    await server.embedded?.stop();
    throw err;
  }
}
