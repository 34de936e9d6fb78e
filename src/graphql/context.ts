import type { Config } from '../config';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import type { Logger } from '../logger';
import { createLoaders, type Loaders } from './loaders';

/** What every service needs, built once per process. */
export interface AppDeps {
  config: Config;
  logger: Logger;
  clock: Clock;
  database: Database;
  version: string;
}

/** Built per request: request-scoped logger and DataLoaders, so caches never outlive a request. */
export interface GraphQLContext extends AppDeps {
  requestId: string;
  loaders: Loaders;
}

export function createContext(deps: AppDeps, request: { id: string; logger: Logger }): GraphQLContext {
  return {
    ...deps,
    logger: request.logger,
    requestId: request.id,
    loaders: createLoaders(deps.database),
  };
}
