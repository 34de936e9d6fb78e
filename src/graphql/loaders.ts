import type { Database } from '../db/database';

/**
 * Per-request DataLoaders, one group per domain module (e.g. `organizations: createOrganizationLoaders(db)`).
 * They batch the lookups of one request into a single `$in` query, so a page's database commands
 * do not grow with its size.
 */
export function createLoaders(_database: Database) {
  return {};
}

export type Loaders = ReturnType<typeof createLoaders>;
