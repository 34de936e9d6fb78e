import { randomUUID } from 'node:crypto';
import { storedRevision } from '../../workshops/workshops.queries';
import type { Types } from 'mongoose';
import { claimsCollection, releaseHeldClaim, tryClaim } from '../../../db/claims';
import { racePoint } from '../../../db/race-points';
import { ConflictError } from '../../../shared/errors';
import type { WorkshopDoc } from '../../workshops/workshop.model';
import { moveHolder, readHolders } from './refit';
import { claimNumber, numbered, seatClaimId, slotClaimId } from './seat-claims';
import type { EngineCtx, SeatingCtx } from './transition';
import { allOrganizations } from '../../organizations/organizations.queries';
import type { DirectoryModel } from '../../organizations/directory.reads';

/*
 * Seats numbered above the capacity are closed by claims of their own, so a request that read an
 * older, higher capacity cannot take one. Closing and reopening are only safe one change at a
 * time: two lowerings racing (one of them failing and reopening what the other closed), or a
 * lowering between a raise's write and its reopening, would open seats above the stored capacity.
 */

/** The holder recorded on the claims that close seats above a lowered capacity. */
export const CLOSED = 'closed';

export const capacityClaimId = (workshopId: string) => `ws:${workshopId}:capacity-change`;

const changedMeanwhile = () => new ConflictError('Someone changed this workshop meanwhile; reload it and try again.', 'EDITED_CONCURRENTLY');

/**
 * Runs `work` (which writes the workshop with a new capacity) as the only capacity change of
 * this workshop, from the revision read: another change running, or one made since, is
 * CONFLICT. The claim expires, so a crash locks nothing for good.
 */
export async function whileChangingCapacity<T>(ctx: EngineCtx, workshop: WorkshopDoc, work: () => Promise<T>): Promise<T> {
  const id = capacityClaimId(String(workshop._id));
  const holder = randomUUID();
  if (!(await tryClaim(ctx.database.db, id, { kind: 'workshop-capacity', now: ctx.clock.now(), data: { holder } }))) throw changedMeanwhile();
  try {
    const stored = await storedRevision(ctx.database, workshop._id);
    if ((stored?.revision ?? 0) !== (workshop.revision ?? 0)) throw changedMeanwhile();
    return await work();
  } finally {
    await releaseHeldClaim(ctx.database.db, id, holder);
  }
}

/**
 * Before a lower capacity is stored: each seat above it is closed, its holder first moved to a
 * free seat below. Once all are closed, every seat anyone can hold is numbered within the new
 * capacity. If a holder cannot be moved (no free seat below, or a seat taken by a registration
 * not yet written), the seats this call closed reopen and it is CONFLICT.
 */
export async function closeSeatsAbove(ctx: SeatingCtx, workshop: WorkshopDoc, capacity: number): Promise<void> {
  const workshopId = String(workshop._id);
  const rows = await readHolders(ctx, workshop._id);
  const taken = new Set(rows.map((r) => r.seatClaim));
  const free = [...numbered(1, capacity, (n) => seatClaimId(workshopId, n))].filter((id) => !taken.has(id));
  const closed: string[] = [];
  if (
    !(await closeEach(
      ctx,
      workshopId,
      'seatClaim',
      numbered(capacity + 1, workshop.capacity, (n) => seatClaimId(workshopId, n)),
      rows,
      free,
      closed,
    ))
  ) {
    await reopen(ctx, closed);
    throw new ConflictError('Capacity cannot go below the seats already taken (confirmed or offered).', 'CAPACITY_BELOW_CONFIRMED');
  }
}

/**
 * Closes each of `ids`, first moving its holder to one of `free`; a number left closed by a change
 * that crashed before writing stays closed (it is above the new figure). False, with what it closed
 * listed in `closed`, when a holder cannot move (or the number is taken by a registration not yet written).
 */
async function closeEach(
  ctx: EngineCtx,
  workshopId: string,
  field: 'seatClaim' | 'slotClaim',
  ids: Iterable<string>,
  rows: Awaited<ReturnType<typeof readHolders>>,
  free: string[],
  closed: string[],
): Promise<boolean> {
  const db = ctx.database.db;
  const kind = field === 'seatClaim' ? 'seat-closed' : 'slot-closed';
  const close = (id: string) => tryClaim(db, id, { kind, now: ctx.clock.now(), data: { registrationId: CLOSED, workshopId } });
  for (const id of ids) {
    if (await close(id)) {
      closed.push(id);
      continue;
    }
    const row = rows.find((r) => r[field] === id);
    if (!row && (await claimsCollection(db).findOne({ _id: id }))?.kind === kind) continue;
    if (!row || !(await moveHolder(ctx, workshopId, row, field, free)) || !(await close(id))) return false;
    closed.push(id);
  }
  return true;
}

async function reopen(ctx: EngineCtx, closed: string[]): Promise<void> {
  for (const id of closed) await releaseHeldClaim(ctx.database.db, id, CLOSED);
}

/** Seats numbered `from + 1` to `capacity` open again (after a raise, or a lowering that failed). */
export async function openSeatsUpTo(ctx: EngineCtx, workshopId: Types.ObjectId, from: number, capacity: number): Promise<void> {
  if (capacity <= from) return;
  await racePoint(ctx.database, 'open-seats', String(workshopId));
  const ids = [...numbered(from + 1, capacity, (n) => seatClaimId(String(workshopId), n))];
  const closed = await claimsCollection(ctx.database.db)
    .find({ _id: { $in: ids }, kind: 'seat-closed' })
    .toArray();
  await reopen(
    ctx,
    closed.map((claim) => claim._id),
  );
}

/**
 * Before a lower per-group quota is stored: for every group, the slots above it are closed, their
 * holders first moved to a free slot below (a group with `quota` slots held can then take no
 * more, whatever quota a request read). CONFLICT, with this call's closings undone, if a group
 * holds more than the new quota or a slot is taken by a registration not yet written.
 */
export async function closeSlotsAbove(ctx: SeatingCtx & { directory: DirectoryModel }, workshop: WorkshopDoc, quota: number): Promise<void> {
  const from = workshop.perGroupQuota;
  if (!from || quota >= from) return;
  const workshopId = String(workshop._id);
  const rows = (await readHolders(ctx, workshop._id)).filter((r) => r.slotClaim);
  const closed: string[] = [];
  for (const group of await allOrganizations(ctx)) {
    const organizationId = String(group._id);
    const mine = rows.filter((r) => String(r.organizationId) === organizationId);
    const taken = new Set(mine.map((r) => r.slotClaim));
    const free = [...numbered(1, quota, (n) => slotClaimId(workshopId, organizationId, n))].filter((id) => !taken.has(id));
    if (
      !(await closeEach(
        ctx,
        workshopId,
        'slotClaim',
        numbered(quota + 1, from, (n) => slotClaimId(workshopId, organizationId, n)),
        mine,
        free,
        closed,
      ))
    ) {
      await reopen(ctx, closed);
      throw new ConflictError('The per-group quota cannot go below the seats one group already holds.', 'QUOTA_BELOW_HELD');
    }
  }
}

/** Slots numbered up to `quota` open again in every group (after a raise, or a lowering that failed). */
export async function openSlotsUpTo(ctx: EngineCtx, workshopId: Types.ObjectId, quota: number | null): Promise<void> {
  const closed = await claimsCollection(ctx.database.db)
    .find({ 'data.workshopId': String(workshopId), kind: 'slot-closed' })
    .toArray();
  await reopen(
    ctx,
    closed.filter((claim) => quota === null || claimNumber(claim._id) <= quota).map((claim) => claim._id),
  );
}
