import { Types } from 'mongoose';
import { claimsCollection, releaseClaim } from '../../db/claims';
import type { AppDeps } from '../../graphql/context';
import { ACTIVE_STATUSES, type RegistrationDoc } from './registration.model';
import { createLoaders } from '../../graphql/loaders';
import type { WorkshopDoc } from '../workshops/workshop.model';
import { promoteAndReconcile, reconcileSeatCounts } from './registrations.service';

type ReconcileDeps = Pick<AppDeps, 'database' | 'clock' | 'config' | 'events' | 'logger'>;

/** Claims younger than this may belong to a registration still being written. */
const GRACE_MS = 10 * 60_000;

/**
 * After a crash between taking a claim and writing (or cancelling) its registration, a seat,
 * slot or person claim can be left with no registration holding it: a seat unused, never shared.
 * This frees such claims and recounts the workshops concerned. Idempotent.
 */
export async function reconcileClaims(deps: ReconcileDeps): Promise<{ released: number; promoted: number }> {
  const cutoff = new Date(deps.clock.now().getTime() - GRACE_MS);
  const claims = await claimsCollection(deps.database.db)
    .find({ kind: { $in: ['seat', 'person'] }, createdAt: { $lt: cutoff } })
    .toArray();
  const ids = [...new Set(claims.map((c) => String(c.data?.registrationId ?? '')).filter((id) => /^[0-9a-f]{24}$/.test(id)))];
  const registrations = ids.length
    ? await deps.database.models.Registration.find(
        { _id: { $in: ids.map((id) => new Types.ObjectId(id)) } },
        { status: 1, seatClaim: 1, slotClaim: 1, personClaim: 1, workshopId: 1 },
      ).lean<RegistrationDoc[]>()
    : [];
  const byId = new Map(registrations.map((r) => [String(r._id), r]));
  const touched = new Map<string, Types.ObjectId>();
  let released = 0;
  for (const claim of claims) {
    const holder = byId.get(String(claim.data?.registrationId ?? ''));
    const active = holder && ACTIVE_STATUSES.includes(holder.status as never);
    const held = holder && [holder.seatClaim, holder.slotClaim, holder.personClaim].includes(claim._id);
    if (active && held) continue;
    if (await releaseClaim(deps.database.db, claim._id)) released++;
    const workshopId = holder?.workshopId ?? (claim.data?.workshopId ? new Types.ObjectId(String(claim.data.workshopId)) : null);
    if (workshopId) touched.set(String(workshopId), workshopId);
  }
  for (const workshopId of touched.values()) await reconcileSeatCounts(deps, workshopId);
  return { released, promoted: await healWaitingLists(deps) };
}

/**
 * Upcoming published workshops whose counts show free seats beside people waiting (a race with a
 * cancellation, or a quota freed elsewhere) get a promotion round.
 */
async function healWaitingLists(deps: ReconcileDeps): Promise<number> {
  // Upcoming workshops with registrations are recounted first (a burst may have skipped one).
  const upcoming = await deps.database.models.Workshop.find(
    { status: 'PUBLISHED', startsAt: { $gt: deps.clock.now() }, $or: [{ 'seatCounts.confirmed': { $gt: 0 } }, { 'seatCounts.waitlisted': { $gt: 0 } }] },
    { _id: 1 },
  ).lean<Pick<WorkshopDoc, '_id'>[]>();
  for (const workshop of upcoming) await reconcileSeatCounts(deps, workshop._id);
  const candidates = await deps.database.models.Workshop.find(
    { status: 'PUBLISHED', startsAt: { $gt: deps.clock.now() }, 'seatCounts.waitlisted': { $gt: 0 } },
    { capacity: 1, seatCounts: 1 },
  ).lean<WorkshopDoc[]>();
  let healed = 0;
  for (const workshop of candidates) {
    const held = (workshop.seatCounts?.confirmed ?? 0) + (workshop.seatCounts?.openOffers ?? 0);
    if (held >= workshop.capacity) continue;
    await promoteAndReconcile({ ...deps, viewer: null, loaders: createLoaders(deps.database) }, workshop._id);
    healed++;
  }
  return healed;
}
