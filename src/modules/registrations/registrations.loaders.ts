import DataLoader from 'dataloader';
import { Types } from 'mongoose';
import type { Database } from '../../db/database';
import { freshReads } from '../../db/fresh-reads';
import type { RegistrationDoc } from './registration.model';
import type { SeatFigures } from './seat-tally';
import type { SeatFiguresModel } from './seat-figures.reads';

export function createRegistrationLoaders(database: Database, seatFigures: SeatFiguresModel) {
  return {
    /**
     * The seat figures of the workshops a page shows, from the figures in memory: the lookups of
     * one tick share one catch-up. Not cached, so a later field of the request (after a mutation)
     * sees later figures.
     */
    seatFigures: new DataLoader<string, SeatFigures>(
      async (ids) => {
        const tally = await seatFigures.current();
        return ids.map((id) => tally.of(id));
      },
      { cache: false },
    ),
    /** The workshops each person (by user id) is confirmed for, from the seat tally in memory. */
    confirmedWorkshopsOf: new DataLoader<string, Set<string>>(async (userIds) => {
      const tally = await seatFigures.current();
      return userIds.map((id) => tally.confirmedWorkshopsOf(id));
    }),
    /**
     * Waiting-list positions of the workshops a page touches: one workshop (a registration's
     * answer) through the shared fresh read, several in one query.
     */
    waitlistRanks: new DataLoader<string, Map<number, number>>(async (workshopIds) => {
      if (workshopIds.length === 1) return [await waitingRanks(database, workshopIds[0]!)];
      const ranks = await ranksOf(database, await ticketRows(database, workshopIds));
      return workshopIds.map((id) => ranks.get(id) ?? new Map());
    }),
  };
}

const rankReads = freshReads<Map<number, number>>();

/**
 * The live rank of each waiting ticket in a workshop (1 = next in line; open offers are out of
 * line). Read after every write that preceded the question, and shared by concurrent requests:
 * on FerretDB the read scans the registrations, so a burst must not scan once per request.
 */
export function waitingRanks(database: Database, workshopId: string): Promise<Map<number, number>> {
  return rankReads(
    `${database.db.databaseName}:${workshopId}`,
    async () => (await ranksOf(database, await ticketRows(database, [workshopId]))).get(workshopId) ?? new Map(),
  );
}

type TicketRow = Pick<RegistrationDoc, 'workshopId' | 'waitTicket' | 'status' | 'offerExpiresAt'>;

/** Every registration of these workshops that ever held a ticket (the known tickets). */
function ticketRows(database: Database, workshopIds: readonly string[]) {
  const ids = workshopIds.map((id) => new Types.ObjectId(id));
  return database.models.Registration.find(
    { workshopId: ids.length === 1 ? ids[0] : { $in: ids }, waitTicket: { $ne: null } },
    { workshopId: 1, waitTicket: 1, status: 1, offerExpiresAt: 1 },
  ).lean<TicketRow[]>();
}

/** Tickets below the highest waiting one considered as possibly in flight (a bound, not a rule). */
const MAX_GAPS = 1_000;

/**
 * Positions told are truthful: a ticket handed out but whose registration is not written yet
 * (a request in flight) counts as someone ahead, so nobody behind it is told a place it will
 * take. A ticket whose registration failed is void and does not count. Each rank is then unique
 * at the revision read, and only falls as people ahead leave.
 */
async function ranksOf(database: Database, rows: TicketRow[]): Promise<Map<string, Map<number, number>>> {
  const byWorkshop = new Map<string, TicketRow[]>();
  for (const row of rows) byWorkshop.set(String(row.workshopId), [...(byWorkshop.get(String(row.workshopId)) ?? []), row]);
  const gaps = new Map<string, number[]>();
  for (const [workshopId, mine] of byWorkshop) {
    const known = new Set(mine.map((row) => row.waitTicket!));
    const waiting = mine.filter(isWaiting).map((row) => row.waitTicket!);
    const highest = Math.max(0, ...waiting);
    const missing: number[] = [];
    for (let ticket = highest - 1; ticket >= 1 && missing.length < MAX_GAPS; ticket--) if (!known.has(ticket)) missing.push(ticket);
    if (missing.length) gaps.set(workshopId, missing);
  }
  const gapIds = [...gaps].flatMap(([workshopId, tickets]) => tickets.map((t) => `ws:${workshopId}:wait:${t}`));
  const voided = new Set(
    gapIds.length === 0
      ? []
      : (
          await database.db
            .collection<{ _id: string; data?: { void?: boolean } }>('claims')
            .find({ _id: { $in: gapIds } })
            .toArray()
        )
          .filter((c) => c.data?.void)
          .map((c) => c._id),
  );
  const ranks = new Map<string, Map<number, number>>();
  for (const [workshopId, mine] of byWorkshop) {
    const waiting = new Set(mine.filter(isWaiting).map((row) => row.waitTicket!));
    const inFlight = (gaps.get(workshopId) ?? []).filter((t) => !voided.has(`ws:${workshopId}:wait:${t}`));
    const line = [...waiting, ...inFlight].sort((a, b) => a - b);
    const rank = new Map<number, number>();
    line.forEach((ticket, index) => {
      if (waiting.has(ticket)) rank.set(ticket, index + 1);
    });
    ranks.set(workshopId, rank);
  }
  return ranks;
}

const isWaiting = (row: TicketRow) => row.status === 'WAITLISTED' && !row.offerExpiresAt;
