import type { Types } from 'mongoose';
import { ConflictError } from '../../../errors';
import type { WorkshopDoc } from '../../workshops/workshop.model';
import type { RegistrationDoc } from '../registration.model';
import { claimsCollection, releaseHeldClaim, tryClaim } from '../../../db/claims';
import { claimFirstOf, numbered, releaseHeld, seatClaimId, slotClaimId } from './seat-claims';
import { changeIfStill, type EngineCtx } from './transition';

type Row = Pick<RegistrationDoc, '_id' | 'organizationId' | 'status' | 'version' | 'offerExpiresAt' | 'seatClaim' | 'slotClaim'>;

const numberOf = (claimId: string) => Number(claimId.slice(claimId.lastIndexOf(':') + 1));

/**
 * After a lower capacity or quota is stored: whoever holds a seat (or group slot) numbered above
 * it moves to a free one below, so the numbered claims keep guarding the new figure (a free
 * number below it must mean a free place). Each move is compare-and-set on the registration.
 */
export async function refitSeats(ctx: EngineCtx, workshop: WorkshopDoc): Promise<void> {
  const workshopId = String(workshop._id);
  const rows = await readHolders(ctx, workshop._id);
  const holding = rows.filter((r) => r.seatClaim && (r.status === 'CONFIRMED' || r.offerExpiresAt));
  const seatsTaken = new Set(holding.map((r) => r.seatClaim));
  const freeSeats = [...numbered(1, workshop.capacity, (n) => seatClaimId(workshopId, n))].filter((id) => !seatsTaken.has(id));
  for (const row of holding.filter((r) => numberOf(r.seatClaim!) > workshop.capacity)) {
    await move(ctx, workshopId, row, 'seatClaim', freeSeats);
  }
  if (!workshop.perGroupQuota) return;
  const quota = workshop.perGroupQuota;
  for (const organizationId of new Set(holding.map((r) => String(r.organizationId)))) {
    const mine = holding.filter((r) => String(r.organizationId) === organizationId && r.slotClaim);
    const taken = new Set(mine.map((r) => r.slotClaim));
    const free = [...numbered(1, quota, (n) => slotClaimId(workshopId, organizationId, n))].filter((id) => !taken.has(id));
    for (const row of mine.filter((r) => numberOf(r.slotClaim!) > quota)) await move(ctx, workshopId, row, 'slotClaim', free);
  }
}

/** The holder recorded on the claims that close seats above a lowered capacity. */
const CLOSED = 'closed';

/**
 * Before a lower capacity is stored: each seat above it is closed by a claim of its own, its
 * holder first moved to a free seat below. Once all are closed, every seat anyone can hold is
 * numbered within the new capacity, so it cannot be overbooked whatever runs meanwhile. If some
 * holder cannot be moved (no free seat below), the seats closed so far reopen and it is CONFLICT.
 */
export async function closeSeatsAbove(ctx: EngineCtx, workshop: WorkshopDoc, capacity: number): Promise<void> {
  const db = ctx.database.db;
  const workshopId = String(workshop._id);
  const rows = await readHolders(ctx, workshop._id);
  const taken = new Set(rows.map((r) => r.seatClaim));
  const free = [...numbered(1, capacity, (n) => seatClaimId(workshopId, n))].filter((id) => !taken.has(id));
  const closed: string[] = [];
  const close = (id: string) => tryClaim(db, id, { kind: 'seat-closed', now: ctx.clock.now(), data: { registrationId: CLOSED, workshopId } });
  for (const id of numbered(capacity + 1, workshop.capacity, (n) => seatClaimId(workshopId, n))) {
    if (await close(id)) {
      closed.push(id);
      continue;
    }
    const row = rows.find((r) => r.seatClaim === id);
    const closedBefore = !row && (await claimsCollection(db).findOne({ _id: id }))?.kind === 'seat-closed';
    if (closedBefore) continue;
    if (!row || !(await move(ctx, workshopId, row, 'seatClaim', free)) || !(await close(id))) {
      for (const done of closed) await releaseHeldClaim(db, done, CLOSED);
      throw new ConflictError('Capacity cannot go below the seats already taken (confirmed or offered).', 'CAPACITY_BELOW_CONFIRMED');
    }
    closed.push(id);
  }
}

/** After a capacity is raised (or a lowering failed): the seats closed within it open again. */
export async function openSeatsUpTo(ctx: EngineCtx, workshopId: Types.ObjectId, from: number, capacity: number): Promise<void> {
  if (capacity <= from) return;
  const ids = [...numbered(from + 1, capacity, (n) => seatClaimId(String(workshopId), n))];
  const closed = await claimsCollection(ctx.database.db)
    .find({ _id: { $in: ids }, kind: 'seat-closed' })
    .toArray();
  for (const claim of closed) await releaseHeldClaim(ctx.database.db, claim._id, CLOSED);
}

function readHolders(ctx: EngineCtx, workshopId: Types.ObjectId): Promise<Row[]> {
  return ctx.database.models.Registration.find(
    { workshopId, status: { $in: ['CONFIRMED', 'WAITLISTED'] } },
    { organizationId: 1, status: 1, version: 1, offerExpiresAt: 1, seatClaim: 1, slotClaim: 1 },
  ).lean<Row[]>();
}

async function move(ctx: EngineCtx, workshopId: string, row: Row, field: 'seatClaim' | 'slotClaim', free: string[]): Promise<boolean> {
  const db = ctx.database.db;
  const from = row[field]!;
  const holder = { registrationId: row._id as Types.ObjectId, workshopId, now: ctx.clock.now() };
  let to: string | null = null;
  while (!to && free.length > 0) to = await claimFirstOf(db, [free.shift()!], field === 'seatClaim' ? 'seat' : 'slot', holder);
  if (!to) return false;
  const refuse = (current: RegistrationDoc) => (current[field] === from ? null : new ConflictError('Moved meanwhile.', 'CHANGED_CONCURRENTLY'));
  const moved = await changeIfStill(ctx, row as RegistrationDoc, 'refit', refuse, () => ({ [field]: to }));
  await releaseHeld(db, row._id, [moved ? from : to]);
  return moved !== null;
}
