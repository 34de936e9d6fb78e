import type { RequestHandler } from 'express';
import type { AppDeps } from '../app/context';
import type { Resolvers } from '../graphql/generated/resolvers-types';
import type { JobDefinition } from '../shared/job';

/**
 * What a module adds to the service, in its `index.ts`: the registries (the GraphQL resolvers,
 * the jobs, the event subscribers, the HTTP routes) are loops over the list of modules
 * (modules/index.ts), so a new module is one entry there. Its collections (`<domain>.models.ts`)
 * and per-request loaders (`<domain>.loaders.ts`) are listed apart, in db/models.ts and
 * graphql/loaders.ts: the database binds the models before any module loads, and the request
 * context every resolver sees is typed by the loaders.
 */
export interface ModuleManifest {
  name: string;
  /** Its part of the GraphQL resolvers; a field defined by two modules stops the service at start. */
  resolvers?: Resolvers;
  // biome-ignore lint/suspicious/noExplicitAny: each job has its own data type; the list holds them all
  jobs?: JobDefinition<any>[];
  /** Its reactions to domain events, wired once per process (api and worker alike). */
  subscribe?: (deps: AppDeps) => void;
  /** Its REST routes (and what guards them), mounted in this order before /graphql. */
  routes?: (deps: AppDeps) => RequestHandler[];
}

export const defineModule = (manifest: ModuleManifest): ModuleManifest => manifest;
