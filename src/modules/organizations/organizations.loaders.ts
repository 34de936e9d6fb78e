import DataLoader from 'dataloader';
import { loadByIds } from '../../db/batch-by-id';
import type { Database } from '../../db/database';
import type { OrganizationDoc } from './organization.model';

/** One query for all the organisations a request resolves (e.g. each user's group). */
export function createOrganizationLoaders(database: Database) {
  return {
    byId: new DataLoader<string, OrganizationDoc | null>((ids) =>
      loadByIds(ids, (filter) => database.models.Organization.find(filter).lean<OrganizationDoc[]>()),
    ),
  };
}
