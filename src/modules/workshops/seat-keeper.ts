import type { DomainEvents } from '../../events/domain-events';
import type { Clock } from '../../clock';
import type { Database } from '../../db/database';
import type { WorkshopDoc } from './workshop.model';

export type SeatFigures = { capacity: number; perGroupQuota: number | null };
export type SeatKeeperCtx = { database: Database; clock: Clock; events: DomainEvents };

/**
 * What a workshop's edit needs from whoever keeps its seats (the registrations module, wired in
 * src/app-deps.ts), so this module does not reach into the seat engine.
 */
export interface SeatKeeper {
  /** CONFLICT when a lower capacity or quota is below the seats held now (read fresh, open offers included). */
  checkLowering(ctx: SeatKeeperCtx, current: WorkshopDoc, next: SeatFigures): Promise<void>;
  /** Stores a change of capacity or quota through `write` (the workshop's revision write), keeping every seat exact meanwhile. */
  changeSeats(ctx: SeatKeeperCtx, current: WorkshopDoc, next: SeatFigures, write: () => Promise<WorkshopDoc>): Promise<WorkshopDoc>;
}
