import DataLoader from 'dataloader';
import { loadByIds } from '../../db/batch-by-id';
import type { Database } from '../../db/database';
import type { WorkshopDoc } from './workshop.model';

export function createWorkshopLoaders(database: Database) {
  return {
    byId: new DataLoader<string, WorkshopDoc | null>((ids) => loadByIds(ids, (filter) => database.models.Workshop.find(filter).lean<WorkshopDoc[]>())),
  };
}
