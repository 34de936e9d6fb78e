import type { Types } from 'mongoose';
import { ConflictError } from '../../../errors';
import type { WorkshopDoc } from '../../workshops/workshop.model';
import type { RegistrationDoc } from '../registration.model';
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
  const rows = await ctx.database.models.Registration.find(
    { workshopId: workshop._id, status: { $in: ['CONFIRMED', 'WAITLISTED'] } },
    { organizationId: 1, status: 1, version: 1, offerExpiresAt: 1, seatClaim: 1, slotClaim: 1 },
  ).lean<Row[]>();
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

async function move(ctx: EngineCtx, workshopId: string, row: Row, field: 'seatClaim' | 'slotClaim', free: string[]): Promise<void> {
  const db = ctx.database.db;
  const from = row[field]!;
  const holder = { registrationId: row._id as Types.ObjectId, workshopId, now: ctx.clock.now() };
  let to: string | null = null;
  while (!to && free.length > 0) to = await claimFirstOf(db, [free.shift()!], field === 'seatClaim' ? 'seat' : 'slot', holder);
  if (!to) return; // none free below: the fresh count before the change makes this a race in flight
  const refuse = (current: RegistrationDoc) => (current[field] === from ? null : new ConflictError('Moved meanwhile.', 'CHANGED_CONCURRENTLY'));
  const moved = await changeIfStill(ctx, row as RegistrationDoc, 'refit', refuse, () => ({ [field]: to }));
  await releaseHeld(db, row._id, [moved ? from : to]);
}
