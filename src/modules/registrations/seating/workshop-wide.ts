import type { Types, QueryFilter } from 'mongoose';
import { racePoint } from '../../../db/race-points';
import { ConflictError } from '../../../shared/errors';
import { ACTIVE_STATUSES, type RegistrationDoc } from '../registration.model';
import { cancelStored } from './cancel';
import { eventOf, settle, type SettleCtx } from './settle';

/*
 * What happens to a workshop's seats from outside one registration: its capacity raised, the
 * workshop cancelled, a person erased, offers lapsing.
 */

/** Settles a workshop from outside (a raised capacity or quota, the reconcile job). */
export async function settleWorkshop(ctx: SettleCtx, workshopId: Types.ObjectId): Promise<void> {
  const settled = settle(ctx, workshopId);
  await racePoint(ctx.database, 'settle-asked', String(workshopId)); // a test may run others once it has asked
  await settled;
}

/** A cancelled workshop cancels its active registrations, which stay for the record. */
export async function cancelAllForWorkshop(ctx: SettleCtx, workshopId: Types.ObjectId): Promise<void> {
  await cancelRegistrationsOf(ctx, { workshopId, status: { $in: ACTIVE_STATUSES } });
}

/**
 * Cancels the matching registrations (each compare-and-set: one cancelled meanwhile is left as
 * it is), then settles each workshop they were in (promotion only where it is still published).
 */
export async function cancelRegistrationsOf(ctx: SettleCtx, filter: QueryFilter<RegistrationDoc>): Promise<void> {
  const active = await ctx.database.models.Registration.find(filter).lean<RegistrationDoc[]>();
  const workshops = new Map<string, Types.ObjectId>();
  for (const registration of active) {
    workshops.set(String(registration.workshopId), registration.workshopId);
    const cancelled = await cancelStored(ctx, registration).catch((err: unknown) => {
      if (err instanceof ConflictError) return null;
      throw err;
    });
    if (cancelled) ctx.events.emit('registration.cancelled', eventOf(cancelled));
  }
  for (const workshopId of workshops.values()) await settle(ctx, workshopId);
}

/** The maintenance job: offers past their time pass on in every workshop that has one. */
export async function expireAllOffers(ctx: SettleCtx): Promise<number> {
  const due = { status: 'WAITLISTED' as const, offerExpiresAt: { $ne: null, $lte: ctx.clock.now() } };
  const workshopIds = await ctx.database.models.Registration.distinct('workshopId', due);
  for (const workshopId of workshopIds) await settle(ctx, workshopId as Types.ObjectId);
  return workshopIds.length;
}
