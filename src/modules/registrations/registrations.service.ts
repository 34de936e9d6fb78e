import { ownRegistrationsFilter } from '../users/email-proof';
import { Types, type QueryFilter } from 'mongoose';
import { deferWrite } from '../../db/deferred-writes';
import { freshReads } from '../../db/fresh-reads';
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
import { ACTIVE_STATUSES, type RegistrationDoc, type RegistrationStatus } from './registration.model';
import { registrationsPolicy as policy } from './registrations.policy';
import { registerSchema, registrationFilterSchema } from './registrations.validation';
import { claimGroupSlot, claimRandomSeat, claimSeat, personClaimId, releaseClaims, takeWaitTicket, type Holder } from './seat-claims';

type Ctx = Pick<GraphQLContext, 'viewer' | 'database' | 'clock' | 'config' | 'loaders' | 'events' | 'logger'>;

interface Person {
  name: string;
  email: string;
  userId: Types.ObjectId | null;
  language: string | null;
  timeZone: string | null;
}

/**
 * Registers people of one group. The batch is validated as a whole first (nothing stored on a
 * bad participant); then each person takes, in order: their person claim, a group slot under a
 * quota, a seat, else a waiting-list ticket. A person already registered meanwhile undoes the
 * batch and answers CONFLICT.
 */
export async function register(ctx: Ctx, input: unknown): Promise<RegistrationDoc[]> {
  const viewer = requireViewer(ctx.viewer);
  const data = parseInput(registerSchema, input);
  const organizationId = data.organizationId ?? viewer.organizationId;
  const workshop = await ctx.database.models.Workshop.findById(parseId(data.workshopId, 'workshopId')).lean<WorkshopDoc>();
  if (!workshop || workshop.status === 'DRAFT') throw new NotFoundError('Workshop');
  const organization = await ctx.database.models.Organization.findById(parseId(organizationId, 'organizationId')).lean<OrganizationDoc>();
  if (!organization) throw new NotFoundError('Organisation');

  const people = await resolvePeople(ctx, organization, data.participants);
  const selfOnly = people.length === 1 && people[0]!.userId !== null && String(people[0]!.userId) === viewer.userId;
  if (!policy.registerFor(viewer, organizationId) && !(selfOnly && policy.registerSelf(viewer, organizationId, workshop.selfRegistration ?? false))) {
    throw new ForbiddenError('You cannot register people for this group.');
  }
  checkOpen(ctx, workshop, organization);
  if (workshop.promotionMode === 'OFFER' && (await expireOffers(ctx, workshop._id))) await promote(ctx, workshop._id);
  // Someone already registered holds their person claim: point reads, checked before any write.
  for (const person of people) {
    if (await claimsCollection(ctx.database.db).findOne({ _id: personClaimId(String(workshop._id), person.email) }, { projection: { _id: 1 } })) {
      throw new ConflictError('This person is already registered for this workshop.', 'ALREADY_REGISTERED');
    }
  }

  const done: RegistrationDoc[] = [];
  try {
    for (const person of people) done.push(await registerOne(ctx, viewer, workshop, organization, person));
  } catch (err) {
    for (const registration of done) await cancelStored(ctx, registration);
    throw err;
  }
  // A registration that raced a cancellation can be waitlisted beside the seat just freed; the
  // next change or the registrations/reconcile-claims job (every 10 minutes) promotes it.
  recountSoon(ctx, workshop._id);
  for (const registration of done) {
    ctx.events.emit(registration.status === 'CONFIRMED' ? 'registration.confirmed' : registration.status === 'WAITLISTED' ? 'registration.waitlisted' : 'registration.pending', eventOf(registration));
  }
  return done;
}

async function registerOne(ctx: Ctx, viewer: Viewer, workshop: WorkshopDoc, organization: OrganizationDoc, person: Person): Promise<RegistrationDoc> {
  const now = ctx.clock.now();
  const db = ctx.database.db;
  const workshopId = String(workshop._id);
  const registrationId = new Types.ObjectId();
  const holder = { registrationId, workshopId, now };
  const personClaim = personClaimId(workshopId, person.email);
  if (!(await tryClaim(db, personClaim, { kind: 'person', now, data: { registrationId: String(registrationId), workshopId } }))) {
    throw new ConflictError('This person is already registered for this workshop.', 'ALREADY_REGISTERED');
  }
  try {
    const placed = workshop.requiresApproval
      ? { status: 'PENDING_APPROVAL' as const, seatClaim: null, slotClaim: null, waitTicket: null }
      : await place(ctx, workshop, String(organization._id), holder);
    const created = await ctx.database.models.Registration.create({
      _id: registrationId,
      workshopId: workshop._id,
      organizationId: organization._id,
      participant: person,
      personClaim,
      ...placed,
      registeredBy: new Types.ObjectId(viewer.userId),
      registeredAt: now,
    });
    return created.toObject() as RegistrationDoc;
  } catch (err) {
    await releaseClaims(db, [personClaim]);
    throw err;
  }
}

/** A seat (and a group slot under a quota) if there is one, else a waiting-list ticket. */
async function place(ctx: Ctx, workshop: WorkshopDoc, organizationId: string, holder: Holder) {
  const db = ctx.database.db;
  const seat = await takeSeat(ctx, workshop, organizationId, holder);
  if (seat) return { status: 'CONFIRMED' as const, ...seat, waitTicket: null };
  // The workshop remembers the last ticket as a hint (read fresh); the ticket claims make each one unique.
  const hint = await ctx.database.models.Workshop.findById(workshop._id, { lastWaitTicket: 1 }).lean<Pick<WorkshopDoc, 'lastWaitTicket'>>();
  const waitTicket = await takeWaitTicket(db, holder, hint?.lastWaitTicket ?? 0);
  await ctx.database.models.Workshop.updateOne({ _id: workshop._id }, { $max: { lastWaitTicket: waitTicket } });
  return { status: 'WAITLISTED' as const, seatClaim: null, slotClaim: null, waitTicket };
}

async function takeSeat(ctx: Ctx, workshop: WorkshopDoc, organizationId: string, holder: Holder) {
  const db = ctx.database.db;
  let slotClaim: string | null = null;
  if (workshop.perGroupQuota) {
    slotClaim = await claimGroupSlot(db, organizationId, workshop.perGroupQuota, holder);
    if (!slotClaim) return null;
  }
  // The recounted figures (a point read) say whether any seat may be free; then a few random
  // seats (cheap _id inserts), then every seat in turn. The seat claims alone decide.
  const fresh = await ctx.database.models.Workshop.findById(workshop._id, { seatCounts: 1 }).lean<Pick<WorkshopDoc, 'seatCounts'>>();
  const held = (fresh?.seatCounts?.confirmed ?? 0) + (fresh?.seatCounts?.openOffers ?? 0);
  let seatClaim: string | null = null;
  if (held < workshop.capacity) {
    seatClaim = (await claimRandomSeat(db, workshop.capacity, holder, 8)) ?? (await claimSeat(db, workshop.capacity, holder));
  }
  if (!seatClaim) {
    await releaseClaims(db, [slotClaim]);
    return null;
  }
  return { seatClaim, slotClaim };
}

export async function cancelRegistration(ctx: Ctx, input: { id: string }): Promise<RegistrationDoc> {
  const viewer = requireViewer(ctx.viewer);
  const registration = await findVisible(ctx, viewer, input.id);
  if (!policy.cancel(viewer, ownerOf(registration))) {
    throw new ForbiddenError('You cannot cancel this registration.');
  }
  if (!ACTIVE_STATUSES.includes(registration.status as RegistrationStatus)) {
    throw new ConflictError(`A ${registration.status.toLowerCase()} registration cannot be cancelled.`, 'NOT_ACTIVE');
  }
  const cancelled = await cancelStored(ctx, registration);
  await promoteAndReconcile(ctx, registration.workshopId);
  ctx.events.emit('registration.cancelled', eventOf(cancelled));
  return cancelled;
}

/** Marks the registration cancelled first, then frees its claims: a crash between leaves a seat unused, never shared. */
async function cancelStored(ctx: Ctx, registration: RegistrationDoc): Promise<RegistrationDoc> {
  const cancelled = await ctx.database.models.Registration.findOneAndUpdate(
    { _id: registration._id },
    { $set: { status: 'CANCELLED', cancelledAt: ctx.clock.now(), seatClaim: null, slotClaim: null } },
    { returnDocument: 'after' },
  ).lean<RegistrationDoc>();
  await releaseClaims(ctx.database.db, [registration.seatClaim, registration.slotClaim, registration.personClaim]);
  return cancelled ?? registration;
}

export async function promoteAndReconcile(ctx: Ctx, workshopId: Types.ObjectId): Promise<void> {
  await promote(ctx, workshopId);
  await reconcileSeatCounts(ctx, workshopId);
}

/** A cancelled workshop cancels its active registrations, which stay for the record. */
export async function cancelAllForWorkshop(ctx: Ctx, workshopId: Types.ObjectId): Promise<void> {
  await cancelRegistrationsOf(ctx, { workshopId, status: { $in: ACTIVE_STATUSES } }, { promote: false });
}

/** Cancels the matching registrations, then promotes and recounts each workshop they were in. */
export async function cancelRegistrationsOf(ctx: Ctx, filter: QueryFilter<RegistrationDoc>, options = { promote: true }): Promise<void> {
  const active = await ctx.database.models.Registration.find(filter).lean<RegistrationDoc[]>();
  const workshops = new Map<string, Types.ObjectId>();
  for (const registration of active) {
    const cancelled = await cancelStored(ctx, registration);
    workshops.set(String(registration.workshopId), registration.workshopId);
    ctx.events.emit('registration.cancelled', eventOf(cancelled));
  }
  for (const workshopId of workshops.values()) {
    await (options.promote ? promoteAndReconcile(ctx, workshopId) : reconcileSeatCounts(ctx, workshopId));
  }
}

/**
 * Gives free seats to the waiting list in ticket order, skipping people whose group quota is
 * used: at once (AUTOMATIC), or as an offer held open for `offerHours` (OFFER).
 */
async function promote(ctx: Ctx, workshopId: Types.ObjectId): Promise<void> {
  await expireOffers(ctx, workshopId);
  // takeSeat reads the recounted figures: recount the seats just freed first.
  await reconcileSeatCounts(ctx, workshopId);
  const workshop = await ctx.database.models.Workshop.findById(workshopId).lean<WorkshopDoc>();
  if (!workshop || workshop.status !== 'PUBLISHED') return;
  const waiting = await ctx.database.models.Registration.find({ workshopId, status: 'WAITLISTED', offerExpiresAt: null })
    .sort({ waitTicket: 1 })
    .limit(100)
    .lean<RegistrationDoc[]>();
  const offer = workshop.promotionMode === 'OFFER';
  for (const candidate of waiting) {
    const now = ctx.clock.now();
    const promotionClaim = `ws:${String(workshopId)}:promote:${candidate.waitTicket}`;
    // One promotion per ticket, even when two cancellations promote at once.
    if (!(await tryClaim(ctx.database.db, promotionClaim, { kind: 'promotion', now }))) continue;
    const seat = await takeSeat(ctx, workshop, String(candidate.organizationId), { registrationId: candidate._id, workshopId: String(workshopId), now });
    if (!seat) {
      await releaseClaims(ctx.database.db, [promotionClaim]);
      if (workshop.perGroupQuota) continue; // this group's quota is used; the next in line may fit
      return;
    }
    const change = offer
      ? { ...seat, offerExpiresAt: new Date(now.getTime() + (workshop.offerHours ?? 48) * 3_600_000) }
      : { ...seat, status: 'CONFIRMED' };
    const promoted = await ctx.database.models.Registration.findOneAndUpdate(
      { _id: candidate._id, status: 'WAITLISTED' },
      { $set: change },
      { returnDocument: 'after' },
    ).lean<RegistrationDoc>();
    if (!promoted || promoted.seatClaim !== seat.seatClaim) {
      await releaseClaims(ctx.database.db, [seat.seatClaim, seat.slotClaim]);
      continue;
    }
    ctx.events.emit(offer ? 'registration.offered' : 'registration.promoted', eventOf(promoted));
  }
}

/**
 * An offer not accepted in time passes on: the registration is cancelled (it stays for the
 * record) and its seat goes back. Run before every promotion, and by a job once reminders land.
 */
export async function expireOffers(ctx: Ctx, workshopId: Types.ObjectId): Promise<number> {
  const expired = await ctx.database.models.Registration.find({
    workshopId,
    status: 'WAITLISTED',
    offerExpiresAt: { $ne: null, $lte: ctx.clock.now() },
  }).lean<RegistrationDoc[]>();
  for (const registration of expired) {
    const cancelled = await cancelStored(ctx, registration);
    ctx.events.emit('registration.offerExpired', eventOf(cancelled));
  }
  return expired.length;
}

/** The maintenance job: offers past their time pass on in every workshop that has one. */
export async function expireAllOffers(ctx: Ctx): Promise<number> {
  const workshopIds = await ctx.database.models.Registration.distinct('workshopId', { status: 'WAITLISTED', offerExpiresAt: { $ne: null, $lte: ctx.clock.now() } });
  let expired = 0;
  for (const workshopId of workshopIds) {
    const count = await expireOffers(ctx, workshopId as Types.ObjectId);
    if (count > 0) await promoteAndReconcile(ctx, workshopId as Types.ObjectId);
    expired += count;
  }
  return expired;
}

export async function acceptOffer(ctx: Ctx, input: { id: string }): Promise<RegistrationDoc> {
  const viewer = requireViewer(ctx.viewer);
  const registration = await findVisible(ctx, viewer, input.id);
  if (!policy.cancel(viewer, ownerOf(registration))) {
    throw new ForbiddenError('You cannot answer this offer.');
  }
  await expireOffers(ctx, registration.workshopId);
  const current = await ctx.database.models.Registration.findById(registration._id).lean<RegistrationDoc>();
  if (!current || current.status !== 'WAITLISTED' || !current.offerExpiresAt) {
    await promoteAndReconcile(ctx, registration.workshopId);
    throw new ConflictError('There is no open offer for this registration (it may have expired).', 'NO_OPEN_OFFER');
  }
  const accepted = await ctx.database.models.Registration.findOneAndUpdate(
    { _id: current._id, status: 'WAITLISTED' },
    { $set: { status: 'CONFIRMED', offerExpiresAt: null } },
    { returnDocument: 'after' },
  ).lean<RegistrationDoc>();
  await reconcileSeatCounts(ctx, current.workshopId);
  ctx.events.emit('registration.promoted', eventOf(accepted!));
  return accepted!;
}

export async function approveRegistration(ctx: Ctx, input: { id: string }): Promise<RegistrationDoc> {
  const viewer = requireViewer(ctx.viewer);
  if (!policy.decide(viewer)) throw new ForbiddenError();
  const registration = await decidable(ctx, viewer, input.id);
  const workshop = await ctx.database.models.Workshop.findById(registration.workshopId).lean<WorkshopDoc>();
  if (!workshop) throw new NotFoundError('Workshop');
  const placed = await place(ctx, workshop, String(registration.organizationId), { registrationId: registration._id, workshopId: String(workshop._id), now: ctx.clock.now() });
  const approved = await ctx.database.models.Registration.findOneAndUpdate(
    { _id: registration._id },
    { $set: { ...placed, decidedAt: ctx.clock.now() } },
    { returnDocument: 'after' },
  ).lean<RegistrationDoc>();
  await reconcileSeatCounts(ctx, workshop._id);
  ctx.events.emit('registration.approved', eventOf(approved!));
  return approved!;
}

export async function declineRegistration(ctx: Ctx, input: { id: string; reason?: string | null }): Promise<RegistrationDoc> {
  const viewer = requireViewer(ctx.viewer);
  if (!policy.decide(viewer)) throw new ForbiddenError();
  const registration = await decidable(ctx, viewer, input.id);
  const declined = await ctx.database.models.Registration.findOneAndUpdate(
    { _id: registration._id },
    { $set: { status: 'DECLINED', decidedAt: ctx.clock.now(), declineReason: input.reason?.slice(0, 2_000) ?? null } },
    { returnDocument: 'after' },
  ).lean<RegistrationDoc>();
  await releaseClaims(ctx.database.db, [registration.personClaim]);
  ctx.events.emit('registration.declined', eventOf(declined!));
  return declined!;
}

/** A pending registration, claimed for one decision: two concurrent decisions cannot both act. */
async function decidable(ctx: Ctx, viewer: Viewer, id: string): Promise<RegistrationDoc> {
  const registration = await findVisible(ctx, viewer, id);
  if (registration.status !== 'PENDING_APPROVAL') throw new ConflictError('Only a registration waiting for approval can be decided.', 'NOT_PENDING');
  if (!(await tryClaim(ctx.database.db, `reg:${id}:decided`, { kind: 'decision', now: ctx.clock.now() }))) {
    throw new ConflictError('This registration was decided meanwhile.', 'NOT_PENDING');
  }
  return registration;
}

/**
 * A burst of registrations recounts a workshop once per 300 ms rather than once per request:
 * each recount reads all of its registrations (a collection scan on FerretDB). Cancellations
 * and decisions recount at once; the reconcile job recounts upcoming workshops as well.
 */
function recountSoon(ctx: Ctx, workshopId: Types.ObjectId): void {
  deferWrite(ctx.database, `seats:${String(workshopId)}`, 300, () =>
    reconcileSeatCounts(ctx, workshopId).then(
      () => undefined,
      (err: unknown) => ctx.logger.warn({ err, workshopId: String(workshopId) }, 'seat recount failed'),
    ),
  );
}

type SeatCounts = { confirmed: number; waitlisted: number; openOffers: number };
const seatRecounts = freshReads<SeatCounts>();

/**
 * The counts users see, derived from the registrations themselves (never the guard). Recounts of
 * one workshop run one at a time per process (two overlapping ones could store an older reading
 * last), and a caller gets a recount that started after it asked.
 */
export function reconcileSeatCounts(ctx: Pick<Ctx, 'database'>, workshopId: Types.ObjectId): Promise<SeatCounts> {
  return seatRecounts(`${ctx.database.db.databaseName}:${String(workshopId)}`, () => countAndStoreSeats(ctx, workshopId));
}

async function countAndStoreSeats(ctx: Pick<Ctx, 'database'>, workshopId: Types.ObjectId): Promise<SeatCounts> {
  const { Registration, Workshop } = ctx.database.models;
  // One read of the workshop's statuses rather than three counts: FerretDB scans for each.
  const rows = await Registration.find({ workshopId, status: { $in: ['CONFIRMED', 'WAITLISTED'] } }, { status: 1, offerExpiresAt: 1 }).lean<
    Pick<RegistrationDoc, 'status' | 'offerExpiresAt'>[]
  >();
  const confirmed = rows.filter((r) => r.status === 'CONFIRMED').length;
  const openOffers = rows.filter((r) => r.status === 'WAITLISTED' && r.offerExpiresAt).length;
  const waitlisted = rows.length - confirmed - openOffers;
  await Workshop.updateOne({ _id: workshopId }, { $set: { seatCounts: { confirmed, waitlisted, openOffers } } });
  return { confirmed, waitlisted, openOffers };
}

export async function listRegistrations(ctx: Ctx, args: { workshopId: string; filter?: unknown; first?: number | null; after?: string | null }) {
  const viewer = requireViewer(ctx.viewer);
  const filter = parseInput(registrationFilterSchema, args.filter, 'filter') ?? {};
  const size = pageSize(args.first, 50);
  const query: QueryFilter<RegistrationDoc> = { workshopId: parseId(args.workshopId, 'workshopId'), ...(await scopeOf(ctx, viewer)) };
  if (filter.status) query.status = filter.status;
  if (filter.organizationId && policy.scope(viewer) === 'all') query.organizationId = new Types.ObjectId(filter.organizationId);
  if (args.after) query.$and = [afterCursor(args.after, '_id', objectIdKey)];
  const rows = await ctx.database.models.Registration.find(query).sort({ _id: 1 }).limit(size + 1).lean<RegistrationDoc[]>();
  return toPage(rows, size, (row) => encodeCursor(String(row._id), String(row._id)));
}

export async function myRegistrations(ctx: Ctx, args: { first?: number | null; after?: string | null }) {
  const viewer = requireViewer(ctx.viewer);
  const size = pageSize(args.first);
  const query: QueryFilter<RegistrationDoc> = await ownScope(ctx, viewer);
  if (args.after) query.$and = [afterCursor(args.after, '_id', objectIdKey)];
  const rows = await ctx.database.models.Registration.find(query).sort({ _id: 1 }).limit(size + 1).lean<RegistrationDoc[]>();
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

async function resolvePeople(ctx: Ctx, organization: OrganizationDoc, participants: ReturnType<typeof parseInput<typeof registerSchema>>['participants']): Promise<Person[]> {
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
  if (workshop.status !== 'PUBLISHED') throw new ConflictError(`Registration is closed: the workshop is ${workshop.status.toLowerCase()}.`, 'WORKSHOP_NOT_OPEN');
  if (workshop.registrationOpensAt && now < workshop.registrationOpensAt) throw new ConflictError('Registration has not opened yet.', 'REGISTRATION_NOT_OPEN');
  if (now >= workshop.registrationClosesAt) throw new ConflictError('Registration has closed.', 'REGISTRATION_CLOSED');
  if (!groupIsActive(organization)) throw new ForbiddenError('Applicant and suspended groups cannot register people.');
  if (!isEligible(workshop, organization)) throw new ForbiddenError('This group is not eligible for this workshop.');
}

/** The group and account a registration belongs to, as the policy reads them. */
function ownerOf(registration: RegistrationDoc) {
  return { organizationId: String(registration.organizationId), userId: registration.participant?.userId ? String(registration.participant.userId) : null };
}

function eventOf(registration: RegistrationDoc) {
  return { registrationId: String(registration._id), workshopId: String(registration.workshopId), status: registration.status as RegistrationStatus };
}
