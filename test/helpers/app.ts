import { ManualClock } from '../../src/clock';
import { createAppDeps } from '../../src/app/deps';
import { loadConfig, type Config } from '../../src/config';
import type { Database } from '../../src/db/database';
import type { AppDeps } from '../../src/app/context';
import { startApi, type RunningApi } from '../../src/app/server';
import { subscribeAll } from '../../src/app/subscribers';
import { testLogger } from './database';

export interface TestApp {
  url: string;
  deps: AppDeps;
  clock: ManualClock;
  api: RunningApi;
  close(): Promise<void>;
}

type ConfigOverrides = Partial<Omit<Config, 'graphql'>> & { graphql?: Partial<Config['graphql']> };

export function testConfig(overrides: ConfigOverrides = {}): Config {
  const base = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  return { ...base, ...overrides, graphql: { ...base.graphql, ...overrides.graphql } };
}

/** The configuration production loads (NODE_ENV=production and its required secret), nothing set by hand. */
export function productionConfig(): Config {
  return loadConfig({ NODE_ENV: 'production', LINK_SIGNING_SECRET: 'a production secret of at least 32 characters', LOG_LEVEL: 'silent' });
}

/** The real HTTP server on a free port, over the given database, with a clock the test moves. */
export async function startTestApp(database: Database, overrides: ConfigOverrides = {}): Promise<TestApp> {
  const config = testConfig(overrides);
  const clock = new ManualClock('2026-03-01T09:00:00Z');
  const logger = testLogger();
  const deps = createAppDeps(config, logger, database, clock);
  subscribeAll(deps);
  const api = await startApi(deps, { host: '127.0.0.1', port: 0 });
  return {
    url: api.url,
    deps,
    clock,
    api,
    close: async () => {
      await api.close();
      deps.mailer.close();
    },
  };
}
