import DataLoader from 'dataloader';
import { Types } from 'mongoose';
import type { Database } from '../../db/database';
import type { LibraryModel } from './library.reads';
import type { ResourceDoc, ResourceVersionDoc } from './resource.model';

const objectIds = (ids: readonly string[]) => ids.map((id) => new Types.ObjectId(id));

/** One query per kind of lookup, whatever the page size. */
export function createResourceLoaders({ database, library }: { database: Database; library: LibraryModel }) {
  return {
    /** From the library in memory. */
    byId: new DataLoader<string, ResourceDoc | null>(async (ids) => {
      const current = await library.current();
      return ids.map((id) => current.get(id) ?? null);
    }),
    /** Every version of each resource (all editions). */
    versionsOf: new DataLoader<string, ResourceVersionDoc[]>(async (resourceIds) => {
      const ids = objectIds(resourceIds);
      const rows = await database.models.ResourceVersion.find(ids.length === 1 ? { resourceId: ids[0] } : { resourceId: { $in: ids } })
        .sort({ number: -1 })
        .lean<ResourceVersionDoc[]>();
      return resourceIds.map((id) => rows.filter((row) => String(row.resourceId) === id));
    }),
  };
}
