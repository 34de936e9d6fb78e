import type { Database } from '../db/database';
import type { SeatFiguresModel } from '../modules/registrations/seat-figures.reads';
import type { DirectoryModel } from '../modules/organizations/directory.reads';
import type { ProgrammeModel } from '../modules/workshops/workshops.reads';
import type { LibraryModel } from '../modules/resources/library.reads';
import { createOrganizationLoaders } from '../modules/organizations/organizations.loaders';
import { createResourceLoaders } from '../modules/resources/resources.loaders';
import { createRegistrationLoaders } from '../modules/registrations/registrations.loaders';
import { createUserLoaders } from '../modules/users/users.loaders';
import { createWorkshopLoaders } from '../modules/workshops/workshops.loaders';

/** What a module's loaders may read: the database, and the read models that spare it. */
export interface LoaderSources {
  database: Database;
  seatFigures: SeatFiguresModel;
  directory: DirectoryModel;
  programme: ProgrammeModel;
  library: LibraryModel;
}

/**
 * Per-request DataLoaders, one group per domain module (its `<domain>.loaders.ts`). They batch
 * the lookups of one request into a single `$in` query (or one catch-up of a read model), so a
 * page's database commands do not grow with its size. Apart from the module manifests because
 * the request context, which every resolver sees, is typed by them.
 */
const MODULE_LOADERS = {
  organizations: createOrganizationLoaders,
  users: createUserLoaders,
  workshops: createWorkshopLoaders,
  registrations: createRegistrationLoaders,
  resources: createResourceLoaders,
} satisfies Record<string, (sources: LoaderSources) => object>;

export type Loaders = { [Module in keyof typeof MODULE_LOADERS]: ReturnType<(typeof MODULE_LOADERS)[Module]> };

export function createLoaders(sources: LoaderSources): Loaders {
  const loaders: Record<string, object> = {};
  for (const [module, create] of Object.entries(MODULE_LOADERS)) loaders[module] = create(sources);
  return loaders as Loaders;
}
