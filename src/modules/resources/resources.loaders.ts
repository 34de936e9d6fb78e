import DataLoader from 'dataloader';
import { Types } from 'mongoose';
import { loadByIds } from '../../db/batch-by-id';
import type { Database } from '../../db/database';
import type { ResourceDoc, ResourceVersionDoc } from './resource.model';

const objectIds = (ids: readonly string[]) => ids.map((id) => new Types.ObjectId(id));

/** One query per kind of lookup, whatever the page size. */
export function createResourceLoaders(database: Database) {
  return {
    byId: new DataLoader<string, ResourceDoc | null>((ids) => loadByIds(ids, (filter) => database.models.Resource.find(filter).lean<ResourceDoc[]>())),
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
