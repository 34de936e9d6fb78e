import type { Types } from 'mongoose';
import { ConflictError } from '../../../shared/errors';
import type { WorkshopDoc } from '../../workshops/workshop.model';
import type { RegistrationDoc } from '../registration.model';
import { claimFirstOf, claimNumber, numbered, releaseHeld, slotClaimId, holdsSeat } from './seat-claims';
import type { SeatRow } from '../seat-tally';
import { changeIfStill, type EngineCtx, type SeatingCtx } from './transition';

type Row = Pick<RegistrationDoc, '_id' | 'organizationId' | 'status' | 'version' | 'offerExpiresAt' | 'seatClaim' | 'slotClaim'>;

/**
 * After a lower (or a first) quota is stored: whoever holds a group slot numbered above it moves
 * to a free one below, and a holder without a slot (placed before there was a quota) takes one,
 * so the numbered slots keep guarding the figure (a free number below it must mean a free
 * place). Each move is compare-and-set on the registration. (Seats and slots above a lower
 * figure are closed before it is stored: seating/capacity.ts.)
 */
export async function refitSlots(ctx: SeatingCtx, workshop: WorkshopDoc): Promise<void> {
  if (!workshop.perGroupQuota) return;
  const workshopId = String(workshop._id);
  const quota = workshop.perGroupQuota;
  const holding = (await readHolders(ctx, workshop._id)).filter(holdsSeat);
  for (const organizationId of new Set(holding.map((r) => String(r.organizationId)))) {
    const mine = holding.filter((r) => String(r.organizationId) === organizationId);
    const taken = new Set(mine.map((r) => r.slotClaim));
    const free = [...numbered(1, quota, (n) => slotClaimId(workshopId, organizationId, n))].filter((id) => !taken.has(id));
    for (const row of mine.filter((r) => !r.slotClaim || claimNumber(r.slotClaim) > quota)) await moveHolder(ctx, workshopId, row, 'slotClaim', free);
  }
}

/**
 * The one read of a workshop's seats: its confirmed and waiting registrations (open offers among
 * them), from the seating in memory proved current now (every registration write logs itself, so
 * this is as fresh as a query, which would scan the collection on FerretDB).
 */
export async function readHolders(ctx: SeatingCtx, workshopId: Types.ObjectId): Promise<SeatRow[]> {
  return (await ctx.seatFigures.fresh()).rowsOf(String(workshopId));
}

export async function moveHolder(ctx: EngineCtx, workshopId: string, row: Row, field: 'seatClaim' | 'slotClaim', free: string[]): Promise<boolean> {
  const db = ctx.database.db;
  const from = row[field] ?? null;
  const holder = { registrationId: row._id as Types.ObjectId, workshopId, now: ctx.clock.now() };
  let to: string | null = null;
  while (!to && free.length > 0) to = await claimFirstOf(db, [free.shift()!], field === 'seatClaim' ? 'seat' : 'slot', holder);
  if (!to) return false;
  // Moved meanwhile, or no longer holding a place at all (cancelled, or an offer passed on: a holder
  // without a slot would otherwise look unchanged and keep the one claimed for it).
  const refuse = (current: RegistrationDoc) =>
    current[field] === from && holdsSeat(current) ? null : new ConflictError('Moved meanwhile.', 'CHANGED_CONCURRENTLY');
  const moved = await changeIfStill(ctx, row as RegistrationDoc, 'refit', refuse, () => ({ [field]: to }));
  await releaseHeld(db, row._id, [moved ? from : to]);
  return moved !== null;
}
