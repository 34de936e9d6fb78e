import { ownRegistrationsFilter } from '../users/email-proof';
import { Types, type QueryFilter } from 'mongoose';
import { claimsCollection, tryClaim } from '../../db/claims';
import { parseId } from '../../db/ids';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../errors';
import type { GraphQLContext } from '../../graphql/context';
import { afterCursor, encodeCursor, objectIdKey, pageSize, toPage } from '../../graphql/pagination';
import { parseInput } from '../../validation';
import type { OrganizationDoc } from '../organizations/organization.model';
import { groupIsActive } from '../organizations/organizations.policy';
import { requireViewer } from '../users/authorize';
import type { Viewer } from '../users/roles';
import type { UserDoc } from '../users/user.model';
import type { WorkshopDoc } from '../workshops/workshop.model';
import { isEligible } from '../workshops/workshops.policy';
import { ACTIVE_STATUSES, type RegistrationDoc } from './registration.model';
import { registrationsPolicy as policy } from './registrations.policy';
import { registerSchema, registrationFilterSchema } from './registrations.validation';
import { cancelStored } from './seating/cancel';
import { place } from './seating/place';
import { racePoint } from '../../db/race-points';
import { personClaimId, releaseHeld, voidWaitTicket } from './seating/seat-claims';
import { eventOf, settle, settleSoon } from './seating/settle';
import { changeRegistration } from './seating/transition';

type Ctx = Pick<GraphQLContext, 'viewer' | 'database' | 'clock' | 'config' | 'loaders' | 'events' | 'logger'>;

interface Person {
  name: string;
  email: string;
  userId: Types.ObjectId | null;
  language: string | null;
  timeZone: string | null;
}

/**
 * Registers people of one group: authorize, validate the batch as a whole (nothing stored on a
 * bad participant), then each person takes, in order, their person claim, a group slot under a
 * quota, a seat, else a waiting-list ticket. A person already registered meanwhile undoes the
 * batch and answers CONFLICT.
 */
export async function register(ctx: Ctx, input: unknown): Promise<RegistrationDoc[]> {
  const viewer = requireViewer(ctx.viewer);
  const data = parseInput(registerSchema, input);
  const organizationId = data.organizationId ?? viewer.organizationId;
  const workshop = await ctx.database.models.Workshop.findById(parseId(data.workshopId, 'workshopId')).lean<WorkshopDoc>();
  if (!workshop || workshop.status === 'DRAFT') throw new NotFoundError('Workshop');
  // Authorized before any person is read: only a member registering themself needs their account.
  const forGroup = policy.registerFor(viewer, organizationId);
  if (!forGroup && !registersOnlySelf(viewer, data.participants)) throw new ForbiddenError('You cannot register people for this group.');
  if (!forGroup && !policy.registerSelf(viewer, organizationId, workshop.selfRegistration ?? false))
    throw new ForbiddenError('You cannot register people for this group.');
  const organization = await ctx.database.models.Organization.findById(parseId(organizationId, 'organizationId')).lean<OrganizationDoc>();
  if (!organization) throw new NotFoundError('Organisation');
  const people = await resolvePeople(ctx, organization, data.participants);
  checkOpen(ctx, workshop, organization);
  // Someone this group already registered holds their person claim: point reads, before any write.
  for (const person of people) {
    if (
      await claimsCollection(ctx.database.db).findOne(
        { _id: personClaimId(String(workshop._id), String(organization._id), person.email) },
        { projection: { _id: 1 } },
      )
    ) {
      throw new ConflictError('This person is already registered for this workshop in this group.', 'ALREADY_REGISTERED');
    }
  }

  const done: RegistrationDoc[] = [];
  try {
    for (const person of people) done.push(await registerOne(ctx, viewer, workshop, organization, person));
  } catch (err) {
    for (const registration of done) await cancelStored(ctx, registration, 'rollback');
    // Someone placed meanwhile may have missed the seats this batch held: they go to the line now.
    settleSoon(ctx, workshop._id);
    throw err;
  }
  // A registration that raced a cancellation can be waitlisted beside the seat just freed: the
  // settle that follows promotes it.
  settleSoon(ctx, workshop._id);
  for (const registration of done) {
    ctx.events.emit(
      registration.status === 'CONFIRMED'
        ? 'registration.confirmed'
        : registration.status === 'WAITLISTED'
          ? 'registration.waitlisted'
          : 'registration.pending',
      eventOf(registration),
    );
  }
  return done;
}

/** A member (who may not register others) may name only their own account. */
function registersOnlySelf(viewer: Viewer, participants: ({ userId: string } | { email: string })[]): boolean {
  const only = participants.length === 1 ? participants[0]! : null;
  return only !== null && 'userId' in only && only.userId.toLowerCase() === viewer.userId;
}

async function registerOne(ctx: Ctx, viewer: Viewer, workshop: WorkshopDoc, organization: OrganizationDoc, person: Person): Promise<RegistrationDoc> {
  const now = ctx.clock.now();
  const db = ctx.database.db;
  const workshopId = String(workshop._id);
  const registrationId = new Types.ObjectId();
  const holder = { registrationId, workshopId, now };
  const personClaim = personClaimId(workshopId, String(organization._id), person.email);
  if (!(await tryClaim(db, personClaim, { kind: 'person', now, data: { registrationId: String(registrationId), workshopId } }))) {
    throw new ConflictError('This person is already registered for this workshop in this group.', 'ALREADY_REGISTERED');
  }
  let placed: Awaited<ReturnType<typeof place>> | null = null;
  try {
    placed = workshop.requiresApproval ? null : await place(ctx, workshop, String(organization._id), holder);
    const created = await ctx.database.models.Registration.create({
      _id: registrationId,
      workshopId: workshop._id,
      organizationId: organization._id,
      participant: person,
      personClaim,
      ...(placed ?? { status: 'PENDING_APPROVAL', seatClaim: null, slotClaim: null, waitTicket: null }),
      registeredBy: new Types.ObjectId(viewer.userId),
      registeredAt: now,
      version: 0,
    });
    return created.toObject() as RegistrationDoc;
  } catch (err) {
    await releaseHeld(db, registrationId, [personClaim, placed?.seatClaim, placed?.slotClaim]);
    if (placed?.waitTicket) await voidWaitTicket(db, workshopId, placed.waitTicket);
    throw err;
  }
}

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

/** Settles a workshop from outside (a raised capacity or quota, the reconcile job). */
export async function settleWorkshop(ctx: Ctx, workshopId: Types.ObjectId): Promise<void> {
  const settled = settle(ctx, workshopId);
  await racePoint(ctx.database, 'settle-asked', String(workshopId)); // a test may run others once it has asked
  await settled;
}

/** A cancelled workshop cancels its active registrations, which stay for the record. */
export async function cancelAllForWorkshop(ctx: Ctx, workshopId: Types.ObjectId): Promise<void> {
  await cancelRegistrationsOf(ctx, { workshopId, status: { $in: ACTIVE_STATUSES } });
}

/**
 * Cancels the matching registrations (each compare-and-set: one cancelled meanwhile is left as
 * it is), then settles each workshop they were in (promotion only where it is still published).
 */
export async function cancelRegistrationsOf(ctx: Ctx, filter: QueryFilter<RegistrationDoc>): Promise<void> {
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
export async function expireAllOffers(ctx: Ctx): Promise<number> {
  const due = { status: 'WAITLISTED' as const, offerExpiresAt: { $ne: null, $lte: ctx.clock.now() } };
  const workshopIds = await ctx.database.models.Registration.distinct('workshopId', due);
  for (const workshopId of workshopIds) await settle(ctx, workshopId as Types.ObjectId);
  return workshopIds.length;
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
  const workshop = await ctx.database.models.Workshop.findById(registration.workshopId).lean<WorkshopDoc>();
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

export async function listRegistrations(ctx: Ctx, args: { workshopId: string; filter?: unknown; first?: number | null; after?: string | null }) {
  const viewer = requireViewer(ctx.viewer);
  const filter = parseInput(registrationFilterSchema, args.filter, 'filter') ?? {};
  const size = pageSize(args.first, 50);
  const query: QueryFilter<RegistrationDoc> = { workshopId: parseId(args.workshopId, 'workshopId'), ...(await scopeOf(ctx, viewer)) };
  if (filter.status) query.status = filter.status;
  if (filter.organizationId && policy.scope(viewer) === 'all') query.organizationId = new Types.ObjectId(filter.organizationId);
  if (args.after) query.$and = [afterCursor(args.after, '_id', objectIdKey)];
  const rows = await ctx.database.models.Registration.find(query)
    .sort({ _id: 1 })
    .limit(size + 1)
    .lean<RegistrationDoc[]>();
  return toPage(rows, size, (row) => encodeCursor(String(row._id), String(row._id)));
}

export async function myRegistrations(ctx: Ctx, args: { first?: number | null; after?: string | null }) {
  const viewer = requireViewer(ctx.viewer);
  const size = pageSize(args.first);
  const query: QueryFilter<RegistrationDoc> = await ownScope(ctx, viewer);
  if (args.after) query.$and = [afterCursor(args.after, '_id', objectIdKey)];
  const rows = await ctx.database.models.Registration.find(query)
    .sort({ _id: 1 })
    .limit(size + 1)
    .lean<RegistrationDoc[]>();
  return toPage(rows, size, (row) => encodeCursor(String(row._id), String(row._id)));
}

async function ownScope(ctx: Ctx, viewer: Viewer): Promise<QueryFilter<RegistrationDoc>> {
  const me = await ctx.loaders.users.byId.load(viewer.userId);
  return me ? ownRegistrationsFilter(me) : { 'participant.userId': new Types.ObjectId(viewer.userId) };
}

/** The registrations a viewer may see: no coordinator or member ever reads another group's people. */
async function scopeOf(ctx: Ctx, viewer: Viewer): Promise<QueryFilter<RegistrationDoc>> {
  const scope = policy.scope(viewer);
  if (scope === 'all') return {};
  if (scope === 'group') return { organizationId: new Types.ObjectId(viewer.organizationId) };
  return ownScope(ctx, viewer);
}

/** NOT_FOUND for what the viewer may not see, so an id reveals nothing. */
async function findVisible(ctx: Ctx, viewer: Viewer, id: string): Promise<RegistrationDoc> {
  const registration = await ctx.database.models.Registration.findOne({ _id: parseId(id), ...(await scopeOf(ctx, viewer)) }).lean<RegistrationDoc>();
  if (!registration) throw new NotFoundError('Registration');
  return registration;
}

async function resolvePeople(
  ctx: Ctx,
  organization: OrganizationDoc,
  participants: ReturnType<typeof parseInput<typeof registerSchema>>['participants'],
): Promise<Person[]> {
  const userIds = participants.flatMap((p) => ('userId' in p ? [new Types.ObjectId(p.userId)] : []));
  const users = userIds.length ? await ctx.database.models.User.find({ _id: { $in: userIds } }).lean<UserDoc[]>() : [];
  const byId = new Map(users.map((u) => [String(u._id), u]));
  const people = participants.map((p, index): Person => {
    if ('userId' in p) {
      const user = byId.get(p.userId.toLowerCase());
      if (!user || String(user.organizationId) !== String(organization._id)) {
        throw new BadUserInputError('This person is not a member of the group.', `participants.${index}.userId`);
      }
      return { name: user.name, email: user.email, userId: user._id, language: user.language, timeZone: user.timeZone };
    }
    return { name: p.name, email: p.email, userId: null, language: p.language ?? null, timeZone: p.timeZone ?? null };
  });
  const seen = new Set<string>();
  people.forEach((person, index) => {
    if (seen.has(person.email)) throw new BadUserInputError('The same person appears twice.', `participants.${index}`);
    seen.add(person.email);
  });
  return people;
}

function checkOpen(ctx: Ctx, workshop: WorkshopDoc, organization: OrganizationDoc): void {
  const now = ctx.clock.now();
  if (workshop.status !== 'PUBLISHED')
    throw new ConflictError(`Registration is closed: the workshop is ${workshop.status.toLowerCase()}.`, 'WORKSHOP_NOT_OPEN');
  if (workshop.registrationOpensAt && now < workshop.registrationOpensAt) throw new ConflictError('Registration has not opened yet.', 'REGISTRATION_NOT_OPEN');
  if (now >= workshop.registrationClosesAt) throw new ConflictError('Registration has closed.', 'REGISTRATION_CLOSED');
  if (!groupIsActive(organization)) throw new ForbiddenError('Applicant and suspended groups cannot register people.');
  if (!isEligible(workshop, organization)) throw new ForbiddenError('This group is not eligible for this workshop.');
}

/** The group and account a registration belongs to, as the policy reads them. */
function ownerOf(registration: RegistrationDoc) {
  return { organizationId: String(registration.organizationId), userId: registration.participant?.userId ? String(registration.participant.userId) : null };
}
