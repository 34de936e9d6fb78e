import path from 'node:path';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { chooseEmbeddedServer, type EmbeddedKind, type FerretdbProbe, type MongodProbe } from './embedded-choice';
import { startMongod } from './embedded-mongod';
import { probeFerretdb, probeMongod } from './embedded-probes';
import { ensureFerretdbBinary, startFerretdb } from './ferretdb';

/** A database server this process started (and stops on shutdown). */
export interface EmbeddedServer {
  kind: EmbeddedKind;
  uri: string;
  /** The server's process id (benchmarks read its memory from /proc). */
  pid: number;
  stop(): Promise<void>;
  /** Resolves when the server process has exited, for whatever reason. */
  exited: Promise<number | null>;
}

export interface DatabaseServer {
  uri: string;
  /** Set when this process started the embedded server and must stop it on shutdown. */
  embedded?: EmbeddedServer;
  /** What was chosen and why, for the start-up banner. */
  description: string;
}

/** No MONGODB_URI and neither embedded server can run here: the message names the ways out. */
export class NoEmbeddedDatabaseError extends Error {
  override name = 'NoEmbeddedDatabaseError';
}

export interface EmbeddedProbes {
  mongod(): Promise<MongodProbe>;
  ferretdb(): FerretdbProbe;
}

/**
 * MONGODB_URI when given. Otherwise the best embedded server to be had (embedded-choice.ts): a
 * real mongod under DATA_DIR/mongodb, else FerretDB under DATA_DIR/ferretdb.
 */
export async function resolveDatabaseServer(config: Config, logger: Logger, probes?: EmbeddedProbes): Promise<DatabaseServer> {
  if (config.mongodbUri) {
    logger.info('database: MONGODB_URI');
    return { uri: config.mongodbUri, description: 'MONGODB_URI' };
  }
  const find = probes ?? {
    mongod: () => probeMongod({ downloadProbeTimeoutMs: config.embeddedMongodbDownloadTimeoutMs, logger }),
    ferretdb: () => probeFerretdb(config.ferretdbBin),
  };
  const forced = config.embeddedDatabase;
  const mongod: MongodProbe = forced === 'ferretdb' ? { found: false, skipped: true } : await find.mongod();
  const ferretdb: FerretdbProbe = forced === 'mongodb' || mongod.found ? { found: false, skipped: true } : find.ferretdb();
  const choice = chooseEmbeddedServer({ forced, mongod, ferretdb });
  if (choice.kind === 'none') throw new NoEmbeddedDatabaseError(choice.message);

  logger.info(
    { embeddedDatabase: choice.kind, why: choice.why },
    `embedded database: ${choice.kind === 'mongodb' ? 'MongoDB' : 'FerretDB'}, because ${choice.why}`,
  );
  const dataDir = path.join(config.dataDir, choice.kind);
  const embedded =
    choice.kind === 'mongodb'
      ? await startMongod({ binary: choice.binary, dataDir, logger: logger.child({ component: 'mongod' }) })
      : {
          kind: 'ferretdb' as const,
          ...(await startFerretdb({
            binary: await ensureFerretdbBinary(logger, config.ferretdbBin),
            dataDir,
            logger: logger.child({ component: 'ferretdb' }),
          })),
        };
  logger.info({ dataDir, uri: embedded.uri }, 'embedded database started (set MONGODB_URI to use another server)');
  return { uri: embedded.uri, embedded, description: `embedded ${choice.kind === 'mongodb' ? 'MongoDB' : 'FerretDB'} (${choice.why}), data in ${dataDir}` };
}
