import { databaseLog } from '../../db/change-log';
import type { Database } from '../../db/database';
import { BATCH } from '../../db/compact';
import { LiveReadModel } from '../../db/read-model';
import { SEAT_ROW_FIELDS, SeatTally, type SeatRow } from './seat-tally';
import { waitClaimId } from './seating/seat-claims';

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
        await database.models.Registration.find({}, SEAT_ROW_FIELDS).batchSize(BATCH).lean<SeatRow[]>(),
      ),
    loadOne: (id) => database.models.Registration.findById(id, SEAT_ROW_FIELDS).lean<SeatRow>() as Promise<SeatRow | null>,
    now,
  });
}

/** Tickets below the highest waiting one considered as possibly in flight (a bound, not a rule). */
const MAX_GAPS = 1_000;

/**
 * The live rank of each waiting ticket of a workshop (1 = next in line; open offers are out of
 * line), from the tally's ticket holders rather than a read of the registrations: the same rule
 * for every reader (the API's waitlistPosition, the emails). A ticket handed out whose registration the tally
 * does not hold (a request in flight) counts as someone ahead unless its claim says void, so only
 * such gaps are read (the claims, by id); a workshop without gaps reads nothing.
 */
export async function waitingRanksOf(database: Database, tally: SeatTally, workshopId: string): Promise<Map<number, number>> {
  const rows = tally.ticketsOf(workshopId);
  const known = new Set(rows.map((row) => row.waitTicket));
  const waiting = new Set(rows.filter((row) => row.status === 'WAITLISTED' && !row.offerExpiresAt).map((row) => row.waitTicket));
  const highest = Math.max(0, ...waiting);
  const gaps: number[] = [];
  for (let ticket = highest - 1; ticket >= 1 && gaps.length < MAX_GAPS; ticket--) if (!known.has(ticket)) gaps.push(ticket);
  const claimOf = (ticket: number) => waitClaimId(workshopId, ticket);
  const voided = new Set(
    gaps.length === 0
      ? []
      : (
          await database.db
            .collection<{ _id: string; data?: { void?: boolean } }>('claims')
            .find(gaps.length === 1 ? { _id: claimOf(gaps[0]!) } : { _id: { $in: gaps.map(claimOf) } })
            .toArray()
        )
          .filter((claim) => claim.data?.void)
          .map((claim) => claim._id),
  );
  const line = [...waiting, ...gaps.filter((ticket) => !voided.has(claimOf(ticket)))].sort((a, b) => a - b);
  const ranks = new Map<number, number>();
  line.forEach((ticket, index) => {
    if (waiting.has(ticket)) ranks.set(ticket, index + 1);
  });
  return ranks;
}
