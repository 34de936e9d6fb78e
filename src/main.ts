import { getHeapStatistics } from 'node:v8';
import { startWorker } from '../jobs/run-worker';
import { createAppDeps } from './app/deps';
import type { AppDeps } from './app/context';
import { ConfigError, loadConfig, type Config } from './config';
import { openDatabase } from './db/open';
import { NoEmbeddedDatabaseError } from './db/resolve-uri';
import { describeCredentials, seedDemoData } from './seed/demo-seed';
import { createLogger, type Logger } from './logger';
import { startApi } from './app/server';
import { subscribeAll } from './app/subscribers';
import { quiesce } from './quiesce';
import { releaseBuildMemory } from './db/release-memory';

/**
 * Starts the api, the worker, or both in one process (`npm start`; RUN_WORKER=false for the api
 * alone). Stops gracefully on SIGTERM/SIGINT: stop accepting, finish in-flight work, close jobs and
 * the database, exit 0.
 */
export async function runMain(roles: { api: boolean; worker: boolean }): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const active = { api: roles.api, worker: roles.worker && config.runWorker };
  const logger = createLogger(config.logLevel, { role: active.api ? (active.worker ? 'api+worker' : 'api') : 'worker' });
  try {
    await start(config, logger, active);
  } catch (err) {
    logger.fatal({ err }, 'start-up failed');
    // Said plainly too: this one is the newcomer's first start on a machine without a database.
    if (err instanceof NoEmbeddedDatabaseError) process.stderr.write(`\n${err.message}\n`);
    process.exit(1);
  }
}

/**
 * The read models are built before the first request or job, not by it (workshops.reads.ts); the
 * worker's jobs read them too (the seat engine, composing emails). Kept current between requests
 * as well, so a quiet process never falls behind the log's pruning.
 */
async function warmReadModels(deps: AppDeps, logger: Logger): Promise<void> {
  const started = Date.now();
  const [programme, seats, library, directory, sessions, accounts, questions] = await Promise.all([
    deps.programme.current(),
    deps.seatFigures.current(),
    deps.library.current(),
    deps.directory.current(),
    deps.sessions.current(),
    deps.accounts.current(),
    deps.questions.current(),
  ]);
  const released = releaseBuildMemory();
  logger.info(
    {
      released,
      rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
      workshops: programme.size,
      seatFigures: seats.size,
      resources: library.size,
      organizations: directory.size,
      sessions: sessions.size,
      accounts: accounts.size,
      questions: questions.size,
      ms: Date.now() - started,
      heapLimitMb: Math.round(getHeapStatistics().heap_size_limit / 2 ** 20),
    },
    'read models built',
  );
  // One model keeps them all up: those proved together catch up with it, in one read of the log.
  deps.programme.keepUp(10_000, (err) => logger.warn({ err }, 'read model catch-up failed'));
}

async function start(config: Config, logger: Logger, roles: { api: boolean; worker: boolean }) {
  if (!roles.api && !config.mongodbUri) {
    throw new Error('npm run worker needs MONGODB_URI: the embedded database belongs to `npm start`.');
  }
  const { database, server } = await openDatabase(config, logger);
  const deps = createAppDeps(config, logger, database);
  subscribeAll(deps);
  // Demo data only on the embedded default; a real database is seeded only on request (npm run seed).
  const demoCredentials = server.embedded && roles.api ? await seedDemoData(deps) : [];

  await warmReadModels(deps, logger);
  const api = roles.api ? await startApi(deps, { host: config.host, port: config.port }) : undefined;
  const worker = roles.worker ? await startWorker(deps) : undefined;

  if (api) {
    const url = config.publicUrl ?? api.url;
    logger.info({ url }, 'service ready');
    process.stdout.write(
      `\nService ready at ${url}  (GraphQL: ${url}/graphql${config.graphql.explorer ? `, explorer: ${url}/graphiql` : ''})\n` +
        `Database: ${server.description}\n` +
        `${describeCredentials(demoCredentials, { production: config.env === 'production' })}\n`,
    );
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs + 5_000);
    force.unref();
    try {
      await api?.close();
      await worker?.stop(config.shutdownTimeoutMs);
      // What the worker's jobs left behind (the api's close already waited for its own).
      await quiesce(deps);
      deps.mailer.close();
      await database.close();
      await server.embedded?.stop();
      logger.info('stopped');
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  void server.embedded?.exited.then((code) => {
    if (!stopping) {
      logger.fatal({ code }, 'the embedded database stopped unexpectedly');
      process.exit(1);
    }
  });
}

if (require.main === module) {
  void runMain({ api: true, worker: true });
}
