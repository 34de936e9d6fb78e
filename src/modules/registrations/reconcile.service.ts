import { claimsCollection, releaseHeldClaim, type Claim } from '../../db/claims';
import type { AppDeps } from '../../app/context';
import type { WorkshopDoc } from '../workshops/workshop.model';
import type { SeatCountDoc } from './seat-count.model';
import { ACTIVE_STATUSES, type RegistrationDoc, type RegistrationStatus } from './registration.model';
import { CLOSED, capacityClaimId } from './seating/capacity';
import { claimNumber, SEATING_CLAIM_KINDS, voidWaitTicket } from './seating/seat-claims';
import { countsOf, settle } from './seating/settle';
import { upcomingPublishedPage } from '../workshops/workshops.queries';

type ReconcileDeps = Pick<AppDeps, 'database' | 'clock' | 'config' | 'events' | 'logger' | 'seatFigures' | 'programme'>;

/** Claims (and cancellations) younger than this may belong to a request still running. */
export const GRACE_MS = 10 * 60_000;
/** Workshops per round: three reads each (their registrations, seat counts and claims), never one giant `$in`. */
const BATCH = 100;

type Held = Pick<
  RegistrationDoc,
  '_id' | 'workshopId' | 'status' | 'seatClaim' | 'slotClaim' | 'personClaim' | 'waitTicket' | 'cancelledAt' | 'decidedAt' | 'offerExpiresAt'
>;

/**
 * After a crash between taking a claim and writing (or cancelling) its registration, a seat,
 * slot or person claim can be left with no registration holding it: a seat unused, never shared.
 * This frees such claims in upcoming workshops (past ones hold nothing anyone can take), a batch
 * at a time, then settles each workshop whose seats are free beside a waiting list or whose
 * counts drifted. Idempotent.
 */
export async function reconcileClaims(deps: ReconcileDeps): Promise<{ released: number; promoted: number }> {
  const now = deps.clock.now();
  let released = 0;
  let promoted = 0;
  let after: Pick<WorkshopDoc, '_id' | 'startsAt'> | null = null;
  for (;;) {
    const batch = (await upcomingPublishedPage(deps.database, { now, after, limit: BATCH })) as WorkshopDoc[];
    if (batch.length === 0) break;
    after = batch[batch.length - 1]!;
    const ids = batch.map((w) => w._id);
    const registrations = await deps.database.models.Registration.find(
      { workshopId: { $in: ids } },
      { workshopId: 1, status: 1, seatClaim: 1, slotClaim: 1, personClaim: 1, waitTicket: 1, cancelledAt: 1, decidedAt: 1, offerExpiresAt: 1 },
    ).lean<Held[]>();
    const stored = new Map((await deps.database.models.SeatCount.find({ _id: { $in: ids } }).lean<SeatCountDoc[]>()).map((c) => [String(c._id), c]));
    const claims = await claimsCollection(deps.database.db)
      .find({ 'data.workshopId': { $in: ids.map(String) }, kind: { $in: SEATING_CLAIM_KINDS } })
      .toArray();
    const freedIn = [
      ...(await releaseLeaked(
        deps,
        claims.filter((c) => !c.kind.endsWith('-closed')),
        registrations,
        now,
      )),
      ...(await reopenLeftClosed(deps, claims, batch, now)),
    ];
    released += freedIn.length;
    const touched = new Set(freedIn);
    for (const workshop of batch) {
      const mine = registrations.filter((r) => String(r.workshopId) === String(workshop._id) && (r.status === 'CONFIRMED' || r.status === 'WAITLISTED'));
      const counts = countsOf(mine as never);
      const free = workshop.capacity - counts.confirmed - counts.openOffers;
      const drifted = ['confirmed', 'waitlisted', 'openOffers'].some(
        (k) => (stored.get(String(workshop._id))?.[k as keyof typeof counts] ?? 0) !== counts[k as keyof typeof counts],
      );
      if (touched.has(String(workshop._id)) || drifted || (free > 0 && counts.waitlisted > 0)) {
        await settle(deps, workshop._id);
        if (free > 0 && counts.waitlisted > 0) promoted++;
      }
    }
    if (batch.length < BATCH) break;
  }
  return { released, promoted };
}

/** Frees what no live registration holds; returns the workshops where something was freed. */
async function releaseLeaked(deps: ReconcileDeps, claims: Claim[], registrations: Held[], now: Date): Promise<string[]> {
  const cutoff = now.getTime() - GRACE_MS;
  const byId = new Map(registrations.map((r) => [String(r._id), r]));
  const touched: string[] = [];
  for (const claim of claims) {
    if (claim.createdAt.getTime() >= cutoff) continue;
    const holderId = String(claim.data?.registrationId ?? '');
    const holder = byId.get(holderId);
    const workshopId = String(claim.data?.workshopId ?? '');
    if (claim.kind === 'wait-ticket') {
      // A ticket is never handed out again; one whose registration was never written stops counting.
      if (!holder && !claim.data?.void) await voidWaitTicket(deps.database.db, workshopId, claimNumber(claim._id));
      continue;
    }
    const active = holder && ACTIVE_STATUSES.includes(holder.status as RegistrationStatus);
    const held = holder && [holder.seatClaim, holder.slotClaim, holder.personClaim].includes(claim._id);
    if (active && held) continue;
    // A cancellation still releasing its claims is left alone until it is old.
    const settledAt = holder ? ((holder.cancelledAt ?? holder.decidedAt)?.getTime() ?? 0) : 0;
    if (settledAt >= cutoff) continue;
    if (await releaseHeldClaim(deps.database.db, claim._id, holderId)) touched.push(workshopId);
  }
  return touched;
}

/**
 * Seats or slots left closed within the stored figures by a capacity or quota change that died
 * before its write (or before reopening them after a raise) open again, once no change runs.
 */
async function reopenLeftClosed(deps: ReconcileDeps, claims: Claim[], batch: WorkshopDoc[], now: Date): Promise<string[]> {
  const cutoff = now.getTime() - GRACE_MS;
  const touched: string[] = [];
  for (const workshop of batch) {
    const workshopId = String(workshop._id);
    const within = (claim: Claim) =>
      claim.kind === 'seat-closed' ? claimNumber(claim._id) <= workshop.capacity : !workshop.perGroupQuota || claimNumber(claim._id) <= workshop.perGroupQuota;
    const left = claims.filter((c) => c.data?.workshopId === workshopId && c.kind.endsWith('-closed') && c.createdAt.getTime() < cutoff && within(c));
    if (left.length === 0 || (await claimsCollection(deps.database.db).findOne({ _id: capacityClaimId(workshopId) }))) continue;
    for (const claim of left) if (await releaseHeldClaim(deps.database.db, claim._id, CLOSED)) touched.push(workshopId);
  }
  return touched;
}
