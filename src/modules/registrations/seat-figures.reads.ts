import { databaseLog } from '../../db/change-log';
import type { Database } from '../../db/database';
import { LiveReadModel } from '../../db/read-model';
import { SEAT_ROW_FIELDS, SeatTally, type SeatRow } from './seat-tally';

export type SeatFiguresModel = LiveReadModel<SeatRow, SeatTally>;

/**
 * Every workshop's seat figures in this process, counted from the registrations and current with
 * their change log (each write through the Registration model logs itself: registration.model.ts).
 * A page of workshops shows its seats without reading them, and a registration taken in any
 * process shows in the figures of the very next read; the stored recount (seatcounts, written
 * moments later by settle) is the seat engine's own.
 */
export function createSeatFiguresModel(database: Database, now?: () => number): SeatFiguresModel {
  return new LiveReadModel<SeatRow, SeatTally>({
    log: databaseLog(database.db),
    stream: 'registrations',
    build: async () =>
      new SeatTally(
        // Every registration: those that hold nothing too, so an older image can never bring one back.
        await database.models.Registration.find({}, SEAT_ROW_FIELDS).batchSize(10_000).lean<SeatRow[]>(),
      ),
    loadOne: (id) => database.models.Registration.findById(id, SEAT_ROW_FIELDS).lean<SeatRow>() as Promise<SeatRow | null>,
    now,
  });
}
