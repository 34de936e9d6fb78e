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
    /** The active resources linked to each workshop, newest first (visibility is checked by the caller). */
    byWorkshop: new DataLoader<string, ResourceDoc[]>(async (workshopIds) => {
      const rows = await database.models.Resource.find({ workshopIds: { $in: objectIds(workshopIds) }, status: 'ACTIVE' })
        .sort({ createdAt: -1, _id: -1 })
        .limit(100 * workshopIds.length)
        .lean<ResourceDoc[]>();
      return workshopIds.map((id) => rows.filter((row) => row.workshopIds.some((w) => String(w) === id)));
    }),
  };
}
