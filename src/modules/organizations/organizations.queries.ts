import type { Database } from '../../db/database';
import type { DirectoryModel } from './directory.reads';
import type { OrganizationDoc } from './organization.model';

/*
 * The organisations as other modules read them. Each answer comes from the directory in memory,
 * proved current at the call (as fresh as a database read, without one).
 */
type Source = { directory: DirectoryModel };

export async function organizationById(source: Source, id: unknown): Promise<OrganizationDoc | null> {
  return (await source.directory.fresh()).get(String(id)) ?? null;
}

/** The organisations of these ids that exist, each once (unknown ids are left out). */
export async function organizationsByIds(source: Source, ids: Iterable<unknown>): Promise<OrganizationDoc[]> {
  const directory = await source.directory.fresh();
  return [...new Set([...ids].map(String))].flatMap((id) => directory.get(id) ?? []);
}

/** Every organisation, in no particular order. */
export async function allOrganizations(source: Source): Promise<OrganizationDoc[]> {
  return [...(await source.directory.fresh()).all()];
}

/** The Secretariat, read from the collection: for start-up tools, which build no read model. */
export function storedSecretariat(database: Database): Promise<OrganizationDoc | null> {
  return database.models.Organization.findOne({ kind: 'SECRETARIAT' }).lean<OrganizationDoc>() as Promise<OrganizationDoc | null>;
}
