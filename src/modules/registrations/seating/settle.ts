import type { Types } from 'mongoose';
import { workshopById } from '../../workshops/workshops.queries';
import { deferWrite } from '../../../db/deferred-writes';
import { upsertById } from '../../../db/upsert';
import { freshReads } from '../../../db/fresh-reads';
import { ConflictError } from '../../../shared/errors';
import type { DomainEvents } from '../../../events/domain-events';
import type { Logger } from '../../../logger';
import type { WorkshopDoc } from '../../workshops/workshop.model';
import type { RegistrationDoc, RegistrationStatus } from '../registration.model';
import { cancelStored } from './cancel';
import { racePoint } from '../../../db/race-points';
import { claimFirstOf, holdsSeat, numbered, releaseHeld, seatClaimId, slotClaimId } from './seat-claims';
import { readHolders, refitSlots } from './refit';
import { changeRegistration, type SeatingCtx } from './transition';

export type SettleCtx = SeatingCtx & { events: DomainEvents; logger: Pick<Logger, 'warn'> };
export type SeatCounts = { confirmed: number; waitlisted: number; openOffers: number };

type Row = Pick<RegistrationDoc, '_id' | 'workshopId' | 'organizationId' | 'status' | 'version' | 'offerExpiresAt' | 'seatClaim' | 'slotClaim' | 'waitTicket'>;

export function countsOf(rows: Row[]): SeatCounts {
  const confirmed = rows.filter((r) => r.status === 'CONFIRMED').length;
  const openOffers = rows.filter((r) => r.status === 'WAITLISTED' && r.offerExpiresAt).length;
  return { confirmed, openOffers, waitlisted: rows.length - confirmed - openOffers };
}

const settleLaps = freshReads<SeatCounts>();

/**
 * After any change to a workshop's registrations: offers past their time pass on, free seats go
 * to the waiting list in ticket order, and the counts users see are stored. Every operation calls
 * it once. Concurrent callers in one process share a run that started after they asked.
 */
export function settle(ctx: SettleCtx, workshopId: Types.ObjectId): Promise<SeatCounts> {
  return settleLaps(`${ctx.database.db.databaseName}:${String(workshopId)}`, () => settleNow(ctx, workshopId));
}

/** A burst of registrations settles its workshop once per 300 ms rather than once per request. */
export function settleSoon(ctx: SettleCtx, workshopId: Types.ObjectId): void {
  deferWrite(ctx.database, `seats:${String(workshopId)}`, 300, () =>
    settle(ctx, workshopId).then(
      () => undefined,
      (err: unknown) => ctx.logger.warn({ err, workshopId: String(workshopId) }, 'settling seats failed'),
    ),
  );
}

async function settleNow(ctx: SettleCtx, workshopId: Types.ObjectId): Promise<SeatCounts> {
  const workshop = await workshopById(ctx, workshopId);
  await racePoint(ctx.database, 'settle', String(workshopId));
  if (!workshop) return { confirmed: 0, waitlisted: 0, openOffers: 0 };
  let rows: Row[] = await readHolders(ctx, workshopId);
  if (rows.some((row) => row.offerExpiresAt && row.offerExpiresAt <= ctx.clock.now())) rows = await expireDue(ctx, rows);
  if (workshop.status === 'PUBLISHED' && (await promote(ctx, workshop, rows)) > 0 && workshop.perGroupQuota) {
    // A quota lowered while this ran may have been refitted before these slots landed.
    const now = await workshopById(ctx, workshopId);
    if (now?.perGroupQuota && now.perGroupQuota < workshop.perGroupQuota) await refitSlots(ctx, { ...workshop, perGroupQuota: now.perGroupQuota });
  }
  const counts = countsOf(rows);
  await upsertById(ctx.database.models.SeatCount, workshopId, { $set: counts });
  return counts;
}

/**
 * Seats held now (confirmed and open offers), in all and by the group holding most, read fresh:
 * what a lower capacity or quota must respect.
 */
export async function heldSeats(ctx: SeatingCtx, workshopId: Types.ObjectId): Promise<{ total: number; mostByOneGroup: number }> {
  const holding = (await readHolders(ctx, workshopId)).filter(holdsSeat);
  const byGroup = new Map<string, number>();
  for (const row of holding) byGroup.set(String(row.organizationId), (byGroup.get(String(row.organizationId)) ?? 0) + 1);
  return { total: holding.length, mostByOneGroup: Math.max(0, ...byGroup.values()) };
}

const notDue = (now: Date) => (current: RegistrationDoc) =>
  current.status === 'WAITLISTED' && current.offerExpiresAt && current.offerExpiresAt <= now
    ? null
    : new ConflictError('The offer was answered.', 'OFFER_ANSWERED');

/** An offer not accepted in time passes on: cancelled (kept for the record), its seat freed. */
async function expireDue(ctx: SettleCtx, rows: Row[]): Promise<Row[]> {
  const now = ctx.clock.now();
  const left: Row[] = [];
  for (const row of rows) {
    const due = row.status === 'WAITLISTED' && row.offerExpiresAt && row.offerExpiresAt <= now;
    const cancelled = due ? await cancelStored(ctx, row as RegistrationDoc, 'expire', notDue(now)).catch(lostRace) : null;
    if (!cancelled) {
      left.push(row); // not due, or answered meanwhile: it still holds its seat
      continue;
    }
    ctx.events.emit('registration.offerExpired', eventOf(cancelled));
  }
  return left;
}

const lostRace = (err: unknown) => {
  if (err instanceof ConflictError) return null;
  throw err;
};

/**
 * Gives free seats to the waiting list in ticket order (skipping people whose group quota is
 * used), at once (AUTOMATIC) or as an offer held open for `offerHours` (OFFER). Free seat and
 * slot numbers come from the rows just read; it stops when the free seats are filled.
 */
async function promote(ctx: SettleCtx, workshop: WorkshopDoc, rows: Row[]): Promise<number> {
  const db = ctx.database.db;
  const workshopId = String(workshop._id);
  const taken = new Set(rows.filter(holdsSeat).map((row) => row.seatClaim));
  let seatsLeft = workshop.capacity - rows.filter(holdsSeat).length;
  const waiting = rows.filter((row) => row.status === 'WAITLISTED' && !row.offerExpiresAt).sort((a, b) => (a.waitTicket ?? 0) - (b.waitTicket ?? 0));
  if (seatsLeft <= 0 || waiting.length === 0) return 0;
  let promoted = 0;
  const freeSeats = [...numbered(1, workshop.capacity, (n) => seatClaimId(workshopId, n))].filter((id) => !taken.has(id));
  const slotsOf = new Map<string, Set<string>>();
  for (const row of rows)
    if (row.slotClaim && holdsSeat(row)) slotsOf.set(String(row.organizationId), (slotsOf.get(String(row.organizationId)) ?? new Set()).add(row.slotClaim));
  const offer = workshop.promotionMode === 'OFFER';

  for (const candidate of waiting) {
    if (seatsLeft <= 0) break;
    const now = ctx.clock.now();
    const holder = { registrationId: candidate._id, workshopId, now };
    const organizationId = String(candidate.organizationId);
    let slotClaim: string | null = null;
    if (workshop.perGroupQuota) {
      const used = slotsOf.get(organizationId) ?? new Set<string>();
      slotsOf.set(organizationId, used);
      if (used.size >= workshop.perGroupQuota) continue;
      const free = [...numbered(1, workshop.perGroupQuota, (n) => slotClaimId(workshopId, organizationId, n))].filter((id) => !used.has(id));
      slotClaim = await claimFirstOf(db, free, 'slot', holder);
      if (!slotClaim) {
        for (const id of free) used.add(id); // taken meanwhile: this group is full for now
        continue;
      }
    }
    let seatClaim: string | null = null;
    while (!seatClaim && freeSeats.length > 0) seatClaim = await claimFirstOf(db, [freeSeats.shift()!], 'seat', holder);
    if (!seatClaim) {
      await releaseHeld(db, candidate._id, [slotClaim]);
      return promoted;
    }
    const change = offer
      ? { seatClaim, slotClaim, offerExpiresAt: new Date(now.getTime() + (workshop.offerHours ?? 48) * 3_600_000) }
      : { seatClaim, slotClaim, status: 'CONFIRMED' };
    const done = await changeRegistration(ctx, candidate as RegistrationDoc, 'promote', stillWaiting, () => change).catch(lostRace);
    if (!done) {
      await releaseHeld(db, candidate._id, [seatClaim, slotClaim]);
      freeSeats.unshift(seatClaim);
      continue;
    }
    Object.assign(candidate, change);
    if (slotClaim) slotsOf.get(organizationId)!.add(slotClaim);
    seatsLeft--;
    promoted++;
    ctx.events.emit(offer ? 'registration.offered' : 'registration.promoted', eventOf(done.after));
  }
  return promoted;
}

const stillWaiting = (current: RegistrationDoc) =>
  current.status === 'WAITLISTED' && !current.offerExpiresAt ? null : new ConflictError('No longer waiting.', 'NOT_WAITING');

export function eventOf(registration: Pick<RegistrationDoc, '_id' | 'workshopId' | 'status'>) {
  return { registrationId: String(registration._id), workshopId: String(registration.workshopId), status: registration.status as RegistrationStatus };
}
