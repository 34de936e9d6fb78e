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

/**
 * Per-request DataLoaders, one group per domain module. They batch the lookups of one request
 * into a single `$in` query (or one catch-up of a read model), so a page's database commands do
 * not grow with its size.
 */
export function createLoaders(
  database: Database,
  models: { seatFigures: SeatFiguresModel; directory: DirectoryModel; programme: ProgrammeModel; library: LibraryModel },
) {
  return {
    organizations: createOrganizationLoaders(models.directory),
    users: createUserLoaders(database),
    workshops: createWorkshopLoaders(models.programme),
    registrations: createRegistrationLoaders(database, models.seatFigures),
    resources: createResourceLoaders(database, models.library),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
