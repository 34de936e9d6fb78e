import type { Database } from '../db/database';
import type { SeatFiguresModel } from '../modules/registrations/seat-figures.reads';
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
export function createLoaders(database: Database, models: { seatFigures: SeatFiguresModel }) {
  return {
    organizations: createOrganizationLoaders(database),
    users: createUserLoaders(database),
    workshops: createWorkshopLoaders(database),
    registrations: createRegistrationLoaders(database, models.seatFigures),
    resources: createResourceLoaders(database),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
