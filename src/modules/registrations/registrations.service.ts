import { ConflictError, ForbiddenError, NotFoundError } from '../../shared/errors';
import { workshopById } from '../workshops/workshops.queries';
import type { ServiceContext } from '../../app/context';
import { requireViewer } from '../../shared/access/authorize';
import type { RegistrationDoc } from './registration.model';
import { findVisible, ownerOf } from './registrations.reads';
import { registrationsPolicy as policy } from './registrations.policy';
import { cancelStored } from './seating/cancel';
import { place } from './seating/place';
import { releaseHeld, voidWaitTicket } from './seating/seat-claims';
import { eventOf, settle } from './seating/settle';
import { changeRegistration } from './seating/transition';

/*
 * A registration's own transitions once it exists: cancel, accept an offer, approve, decline
 * (registering: register.service.ts; reading: registrations.reads.ts).
 */

type Ctx = Pick<ServiceContext, 'viewer' | 'database' | 'clock' | 'config' | 'loaders' | 'events' | 'logger' | 'seatFigures' | 'programme'>;

export async function cancelRegistration(ctx: Ctx, input: { id: string }): Promise<RegistrationDoc> {
  const viewer = requireViewer(ctx.viewer);
  const registration = await findVisible(ctx, viewer, input.id);
  if (!policy.cancel(viewer, ownerOf(registration))) {
    throw new ForbiddenError('You cannot cancel this registration.');
  }
  const cancelled = await cancelStored(ctx, registration);
  await settle(ctx, registration.workshopId);
  ctx.events.emit('registration.cancelled', eventOf(cancelled));
  return cancelled;
}

const refuseNoOffer = (now: Date) => (current: RegistrationDoc) =>
  current.status === 'WAITLISTED' && current.offerExpiresAt && current.offerExpiresAt > now
    ? null
    : new ConflictError('There is no open offer for this registration (it may have expired).', 'NO_OPEN_OFFER');

export async function acceptOffer(ctx: Ctx, input: { id: string }): Promise<RegistrationDoc> {
  const viewer = requireViewer(ctx.viewer);
  const registration = await findVisible(ctx, viewer, input.id);
  if (!policy.cancel(viewer, ownerOf(registration))) {
    throw new ForbiddenError('You cannot answer this offer.');
  }
  const now = ctx.clock.now();
  try {
    const { after } = await changeRegistration(ctx, registration, 'accept', refuseNoOffer(now), () => ({ status: 'CONFIRMED', offerExpiresAt: null }));
    await settle(ctx, registration.workshopId);
    ctx.events.emit('registration.promoted', eventOf(after));
    return after;
  } catch (err) {
    // An offer past its time passes on now rather than at the next job run.
    if (err instanceof ConflictError) await settle(ctx, registration.workshopId);
    throw err;
  }
}

const refuseDecided = (current: RegistrationDoc) =>
  current.status === 'PENDING_APPROVAL' ? null : new ConflictError('Only a registration waiting for approval can be decided.', 'NOT_PENDING');

export async function approveRegistration(ctx: Ctx, input: { id: string }): Promise<RegistrationDoc> {
  const viewer = requireViewer(ctx.viewer);
  if (!policy.decide(viewer)) throw new ForbiddenError();
  const registration = await findVisible(ctx, viewer, input.id);
  const refusal = refuseDecided(registration);
  if (refusal) throw refusal;
  const workshop = await workshopById(ctx, registration.workshopId);
  if (!workshop) throw new NotFoundError('Workshop');
  const placed = await place(ctx, workshop, String(registration.organizationId), {
    registrationId: registration._id,
    workshopId: String(workshop._id),
    now: ctx.clock.now(),
  });
  let approved: RegistrationDoc;
  try {
    ({ after: approved } = await changeRegistration(ctx, registration, 'approve', refuseDecided, () => ({ ...placed, decidedAt: ctx.clock.now() })));
  } catch (err) {
    // Lost to a cancellation or another decision: what it took goes back.
    await releaseHeld(ctx.database.db, registration._id, [placed.seatClaim, placed.slotClaim]);
    if (placed.waitTicket) await voidWaitTicket(ctx.database.db, String(workshop._id), placed.waitTicket);
    // Someone approved meanwhile may have been waitlisted beside the seat held here for a moment.
    if (placed.seatClaim) await settle(ctx, workshop._id);
    throw err;
  }
  await settle(ctx, workshop._id);
  ctx.events.emit('registration.approved', eventOf(approved));
  return approved;
}

export async function declineRegistration(ctx: Ctx, input: { id: string; reason?: string | null }): Promise<RegistrationDoc> {
  const viewer = requireViewer(ctx.viewer);
  if (!policy.decide(viewer)) throw new ForbiddenError();
  const registration = await findVisible(ctx, viewer, input.id);
  const { before, after } = await changeRegistration(ctx, registration, 'decline', refuseDecided, () => ({
    status: 'DECLINED',
    decidedAt: ctx.clock.now(),
    declineReason: input.reason?.slice(0, 2_000) ?? null,
  }));
  await releaseHeld(ctx.database.db, before._id, [before.personClaim]);
  ctx.events.emit('registration.declined', eventOf(after));
  return after;
}
