import path from 'node:path';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { ensureFerretdbBinary, startFerretdb, type FerretdbProcess } from './ferretdb';

export interface DatabaseServer {
  uri: string;
  /** Set when this process started the embedded server and must stop it on shutdown. */
  embedded?: FerretdbProcess;
}

/** MONGODB_URI when given; otherwise an embedded FerretDB keeping its data under DATA_DIR. */
export async function resolveDatabaseServer(config: Config, logger: Logger): Promise<DatabaseServer> {
  if (config.mongodbUri) return { uri: config.mongodbUri };
  const binary = await ensureFerretdbBinary(logger, config.ferretdbBin);
  const embedded = await startFerretdb({
    binary,
    dataDir: path.join(config.dataDir, 'ferretdb'),
    logger: logger.child({ component: 'ferretdb' }),
  });
  logger.info({ dataDir: config.dataDir }, 'embedded FerretDB started (set MONGODB_URI to use another server)');
  return { uri: embedded.uri, embedded };
}
