import { ConflictError } from '../../../shared/errors';
import { ACTIVE_STATUSES, type RegistrationDoc, type RegistrationStatus } from '../registration.model';
import { releaseHeld } from './seat-claims';
import { changeRegistration, type EngineCtx } from './transition';

export const refuseInactive = (current: RegistrationDoc) =>
  ACTIVE_STATUSES.includes(current.status as RegistrationStatus)
    ? null
    : new ConflictError(`A ${current.status.toLowerCase()} registration cannot be cancelled.`, 'NOT_ACTIVE');

/**
 * Cancels from the state read (compare-and-set), then frees the claims the winning update's
 * pre-image held, each only while that registration still holds it. A crash between the two
 * leaves a seat unused, never shared (registrations/reconcile-claims frees it).
 */
export async function cancelStored(
  ctx: EngineCtx,
  registration: RegistrationDoc,
  point = 'cancel',
  refuse: (current: RegistrationDoc) => ConflictError | null = refuseInactive,
): Promise<RegistrationDoc> {
  const { before, after } = await changeRegistration(ctx, registration, point, refuse, () => ({
    status: 'CANCELLED',
    cancelledAt: ctx.clock.now(),
    seatClaim: null,
    slotClaim: null,
  }));
  await releaseHeld(ctx.database.db, before._id, [before.seatClaim, before.slotClaim, before.personClaim]);
  return after;
}
