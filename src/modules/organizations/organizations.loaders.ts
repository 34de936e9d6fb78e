import DataLoader from 'dataloader';
import type { DirectoryModel } from './directory.reads';
import type { OrganizationDoc } from './organization.model';

/** The organisations a request resolves (e.g. each user's group), from the directory in memory. */
export function createOrganizationLoaders({ directory }: { directory: DirectoryModel }) {
  return {
    byId: new DataLoader<string, OrganizationDoc | null>(async (ids) => {
      const current = await directory.current();
      return ids.map((id) => current.get(id) ?? null);
    }),
  };
}
