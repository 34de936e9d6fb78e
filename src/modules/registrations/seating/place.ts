import { Types } from 'mongoose';
import { racePoint } from '../../../db/race-points';
import { isDuplicateKeyError } from '../../../shared/errors';
import type { WorkshopDoc } from '../../workshops/workshop.model';
import type { WaitCounterDoc } from '../seat-count.model';
import type { SeatRow } from '../seat-tally';
import { claimFirstOf, claimFor, holdsSeat, numbered, randomSeats, releaseHeld, seatClaimId, slotClaimId, waitClaimId, type Holder } from './seat-claims';
import type { EngineCtx, SeatingCtx } from './transition';

export type Placement =
  | { status: 'CONFIRMED'; seatClaim: string; slotClaim: string | null; waitTicket: null }
  | { status: 'WAITLISTED'; seatClaim: null; slotClaim: null; waitTicket: number };

/** A seat (and a group slot under a quota) if there is one, else a waiting-list ticket. */
export async function place(ctx: SeatingCtx, workshop: WorkshopDoc, organizationId: string, holder: Holder): Promise<Placement> {
  const seat = await takeSeat(ctx, workshop, organizationId, holder);
  if (seat) return { status: 'CONFIRMED', ...seat, waitTicket: null };
  return { status: 'WAITLISTED', seatClaim: null, slotClaim: null, waitTicket: await takeWaitTicket(ctx, holder) };
}

/**
 * The seating in memory (proved current now) says whether a seat may be free that nobody waiting
 * is owed; then a few random seats (cheap `_id` inserts), then every seat in turn. The seat claims
 * alone decide. (Promotion finds
 * free seats from its one read of the workshop's registrations instead: seating/settle.ts.)
 */
async function takeSeat(ctx: SeatingCtx, workshop: WorkshopDoc, organizationId: string, holder: Holder) {
  const db = ctx.database.db;
  const workshopId = holder.workshopId;
  await racePoint(ctx.database, 'place', workshopId); // the workshop's figures are read: a test may change them now
  let slotClaim: string | null = null;
  if (workshop.perGroupQuota) {
    slotClaim = await claimFirstOf(
      db,
      numbered(1, workshop.perGroupQuota, (n) => slotClaimId(workshopId, organizationId, n)),
      'slot',
      holder,
    );
    if (!slotClaim) return null;
  }
  const seatClaim =
    seatsForNewcomers((await ctx.seatFigures.fresh()).rowsOf(workshopId), workshop) > 0
      ? ((await claimFirstOf(db, randomSeats(workshopId, workshop.capacity, 8), 'seat', holder)) ??
        (await claimFirstOf(
          db,
          numbered(1, workshop.capacity, (n) => seatClaimId(workshopId, n)),
          'seat',
          holder,
        )))
      : null;
  if (!seatClaim) {
    await releaseHeld(db, holder.registrationId, [slotClaim]);
    return null;
  }
  return { seatClaim, slotClaim };
}

/**
 * Free seats beyond those owed to the waiting list: a seat freed while people wait is theirs
 * (settle passes it on in ticket order), so a newcomer joins the line behind them, except behind
 * those their group's quota keeps waiting, whom settle passes over too.
 */
function seatsForNewcomers(rows: SeatRow[], workshop: Pick<WorkshopDoc, 'capacity' | 'perGroupQuota'>): number {
  const held = new Map<string, number>();
  const waiting = new Map<string, number>();
  for (const row of rows) {
    const group = String(row.organizationId);
    if (holdsSeat(row)) held.set(group, (held.get(group) ?? 0) + 1);
    else if (row.status === 'WAITLISTED') waiting.set(group, (waiting.get(group) ?? 0) + 1);
  }
  let owed = 0;
  for (const [group, count] of waiting) owed += workshop.perGroupQuota ? Math.min(count, Math.max(0, workshop.perGroupQuota - (held.get(group) ?? 0))) : count;
  const taken = [...held.values()].reduce((sum, count) => sum + count, 0);
  return workshop.capacity - taken - owed;
}

/**
 * The next waiting-list ticket: the workshop's counter raised by one (atomic on MongoDB), then
 * claimed, since FerretDB can lose an increment and hand the same number twice. Tickets rise in
 * the order they are handed out, which is the queue order; a claimed ticket is never handed again.
 */
export async function takeWaitTicket(ctx: EngineCtx, holder: Holder): Promise<number> {
  const workshopId = new Types.ObjectId(holder.workshopId);
  for (let attempt = 0; attempt < 1_000; attempt++) {
    const raised = await ctx.database.models.WaitCounter.findOneAndUpdate({ _id: workshopId }, { $inc: { last: 1 } }, { upsert: true, returnDocument: 'after' })
      .lean<WaitCounterDoc>()
      .catch((err: unknown) => {
        if (isDuplicateKeyError(err)) return null; // FerretDB: a concurrent first upsert; raise it again
        throw err;
      });
    if (raised && (await claimFor(ctx.database.db, waitClaimId(holder.workshopId, raised.last), 'wait-ticket', holder))) return raised.last;
    if (raised && attempt === 0) await catchUp(ctx, workshopId);
  }
  throw new Error('no waiting-list ticket could be taken');
}

/** A counter behind the tickets handed out (one that was lost, or predates the counters) jumps past them. */
async function catchUp(ctx: EngineCtx, workshopId: Types.ObjectId): Promise<void> {
  const highest = await ctx.database.models.Registration.findOne({ workshopId, waitTicket: { $ne: null } }, { waitTicket: 1 })
    .sort({ waitTicket: -1 })
    .lean<{ waitTicket: number }>();
  if (highest) await ctx.database.models.WaitCounter.updateOne({ _id: workshopId }, { $max: { last: highest.waitTicket } });
}
