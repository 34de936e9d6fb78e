import DataLoader from 'dataloader';
import { loadByIds } from '../../db/batch-by-id';
import type { Database } from '../../db/database';
import type { SeatCountDoc } from '../registrations/seat-count.model';
import type { WorkshopDoc } from './workshop.model';

export function createWorkshopLoaders(database: Database) {
  return {
    byId: new DataLoader<string, WorkshopDoc | null>((ids) => loadByIds(ids, (filter) => database.models.Workshop.find(filter).lean<WorkshopDoc[]>())),
    /** The seat figures of the workshops a page shows (kept beside them: registrations/seat-count.model.ts). */
    seatCounts: new DataLoader<string, SeatCountDoc | null>((ids) => loadByIds(ids, (filter) => database.models.SeatCount.find(filter).lean<SeatCountDoc[]>())),
  };
}
