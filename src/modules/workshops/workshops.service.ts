import { Types } from 'mongoose';
import { releaseClaim, tryClaim } from '../../db/claims';
import { parseId } from '../../shared/ids';
import { racePoint } from '../../db/race-points';
import { BadUserInputError, ConflictError, NotFoundError, UnauthenticatedError } from '../../shared/errors';
import type { ServiceContext } from '../../app/context';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../../graphql/pagination';
import { parseInput } from '../../shared/validation';
import { canonicalLanguageTag } from '../organizations/reference/languages';
import { countriesOfDefaultRegion, isDefaultRegion } from '../organizations/reference/regions';
import { authorize } from '../../shared/access/authorize';
import { checkSchedule, resolveInstant, shiftLocal } from './workshop-schedule';
import type { WorkshopDoc } from './workshop.model';
import { workshopsPolicy as policy } from './workshops.policy';
import { workshopSchemas, type WorkshopFields } from './workshops.validation';
import type { ProgrammeFilter } from './programme';
import { endedBy } from './workshop-span';
import { storedRevision, workshopById } from './workshops.queries';
import { organizationsByIds } from '../organizations/organizations.queries';
import { existingUserIds } from '../users/users.queries';

type Ctx = Pick<ServiceContext, 'viewer' | 'database' | 'clock' | 'config' | 'loaders' | 'events' | 'seats' | 'programme' | 'directory'>;

export async function getWorkshop(ctx: Ctx, id: string): Promise<WorkshopDoc> {
  const doc = (await ctx.programme.current()).get(String(parseId(id)));
  if (!doc || !policy.see(ctx.viewer, doc)) throw new NotFoundError('Workshop');
  return doc;
}

export async function listWorkshops(ctx: Ctx & Pick<ServiceContext, 'programme'>, args: { filter?: unknown; first?: number | null; after?: string | null }) {
  const filter = parseInput(workshopSchemas(ctx.config).filter, args.filter, 'filter') ?? {};
  const size = pageSize(args.first);
  const secretariat = policy.listAnyStatus(ctx.viewer);
  if (filter.status === 'DRAFT' && !secretariat) return toPage<WorkshopDoc>([], size, () => '');
  const wanted: ProgrammeFilter = {
    statuses: filter.status ? [filter.status] : secretariat ? null : ['PUBLISHED'],
    // A draft cancelled before it was ever published stays the Secretariat's.
    publishedOnce: filter.status === 'CANCELLED' && !secretariat,
    // Upcoming by default: workshops that have not ended yet.
    endsAfter: filter.from ?? ctx.clock.now(),
    startsBefore: filter.to ?? undefined,
    kind: filter.kind ?? undefined,
    format: filter.format ?? undefined,
    topic: filter.topic ?? undefined,
    language: filter.language ? (canonicalLanguageTag(filter.language) ?? filter.language) : undefined,
    region: filter.region ?? undefined,
    heldIn: heldIn(filter.heldInCountry, filter.heldInRegion),
    eligibleFor: filter.eligibleForMyGroup ? await eligibleFor(ctx) : undefined,
    text: filter.text ?? undefined,
    after: args.after ? cursorPosition(args.after) : undefined,
  };
  const rows = (await ctx.programme.current()).page(wanted, size + 1);
  return toPage(rows, size, (row) => encodeCursor(row.startsAt.toISOString(), String(row._id)));
}

/** The venue countries both "held in" filters allow (each narrows); undefined when neither is given. */
function heldIn(country: string | null | undefined, region: string | null | undefined): ReadonlySet<string> | undefined {
  if (!country && !region) return undefined;
  // A configured region outside the default map has no countries of its own: it holds no venue.
  const inRegion = region ? (isDefaultRegion(region) ? countriesOfDefaultRegion(region) : []) : null;
  if (!country) return new Set(inRegion);
  return new Set(!inRegion || inRegion.includes(country) ? [country] : []);
}

/** Where a cursor of `workshops()` points: its start instant and id (decodeCursor checks the id). */
function cursorPosition(after: string): { startsAt: Date; id: string } {
  const cursor = decodeCursor(after);
  const startsAt = new Date(cursor.key);
  if (Number.isNaN(startsAt.getTime())) {
    throw new BadUserInputError('The cursor is not valid; start again without `after`.', 'after');
  }
  return { startsAt, id: cursor.id };
}

async function eligibleFor(ctx: Ctx): Promise<ProgrammeFilter['eligibleFor']> {
  if (!ctx.viewer) throw new UnauthenticatedError('Sign in to see the workshops your group may join.');
  const own = await ctx.loaders.organizations.byId.load(ctx.viewer.organizationId);
  if (!own) throw new NotFoundError('Organisation');
  return { region: own.region, organizationId: String(own._id) };
}

export async function createWorkshop(ctx: Ctx, input: unknown): Promise<WorkshopDoc> {
  const viewer = authorize(ctx.viewer, policy.plan);
  const data = parseInput(workshopSchemas(ctx.config).create, input);
  const schedule = resolveSchedule(data, null);
  await checkEligibleOrganizations(ctx, data.eligibility?.organizationIds ?? []);
  await checkFacilitators(ctx, data.facilitators ?? []);
  if (data.perGroupQuota && data.perGroupQuota > data.capacity) {
    throw new BadUserInputError('The per-group quota cannot exceed the capacity.', 'perGroupQuota');
  }
  const created = await ctx.database.models.Workshop.create({
    ...newWorkshopFields(data, viewer.userId),
    ...schedule,
  });
  return created.toObject() as WorkshopDoc;
}

/** A new workshop's stored fields from validated input (schedule fields come from resolveSchedule). */
export function newWorkshopFields(data: WorkshopFields, createdBy: string) {
  return {
    ...data,
    topics: data.topics ?? [],
    languages: data.languages ?? [],
    venue: data.venue ?? null,
    facilitators: data.facilitators ?? [],
    requiresApproval: data.requiresApproval ?? false,
    selfRegistration: data.selfRegistration ?? false,
    promotionMode: data.promotionMode ?? 'AUTOMATIC',
    offerHours: data.offerHours ?? 48,
    reminderHoursBefore: data.reminderHoursBefore ?? null,
    eligibility: { regions: data.eligibility?.regions ?? [], organizationIds: data.eligibility?.organizationIds ?? [] },
    openToAll: !data.eligibility?.regions?.length && !data.eligibility?.organizationIds?.length,
    createdBy: new Types.ObjectId(createdBy),
  };
}

/** Fields whose change attendees must see: they raise the sequence that calendars and mail follow. */
const TIME_FIELDS = ['startsAt', 'endsAt', 'timeZone', 'sessions'] as const;
const PLACE_FIELDS = ['venue', 'onlineUrl', 'format'] as const;

export async function updateWorkshop(ctx: Ctx, input: Record<string, unknown>): Promise<WorkshopDoc> {
  authorize(ctx.viewer, policy.plan);
  const data = parseInput(workshopSchemas(ctx.config).update, input);
  const current = await findEditable(ctx, data.id);
  for (const field of ['kind', 'title', 'format', 'timeZone', 'capacity'] as const) {
    if (field in input && input[field] === null) throw new BadUserInputError(`${field} cannot be cleared.`, field);
  }
  const merged = mergeFields(current, data, input);
  const schedule = resolveSchedule(merged, current);
  if ('eligibility' in input) await checkEligibleOrganizations(ctx, merged.eligibility?.organizationIds ?? []);
  if ('facilitators' in input) await checkFacilitators(ctx, merged.facilitators ?? []);
  const figures = { capacity: merged.capacity, perGroupQuota: merged.perGroupQuota ?? null };
  await ctx.seats.checkLowering(ctx, current, figures);
  if (merged.perGroupQuota && merged.perGroupQuota > merged.capacity) {
    throw new BadUserInputError('The per-group quota cannot exceed the capacity.', 'perGroupQuota');
  }

  const next = { ...merged, ...schedule };
  const timesChanged = TIME_FIELDS.some((field) => !sameValue(current[field], next[field]));
  const placeChanged = PLACE_FIELDS.some((field) => !sameValue(current[field], next[field]));
  const visibleChange = current.status === 'PUBLISHED' && (timesChanged || placeChanged);
  const sequence = current.sequence + (visibleChange ? 1 : 0);
  const fields = {
    ...next,
    eligibility: { regions: merged.eligibility?.regions ?? [], organizationIds: merged.eligibility?.organizationIds ?? [] },
    openToAll: !merged.eligibility?.regions?.length && !merged.eligibility?.organizationIds?.length,
    sequence,
  };
  const seatsChange = merged.capacity !== current.capacity || (merged.perGroupQuota ?? null) !== (current.perGroupQuota ?? null);
  const write = () => writeRevision(ctx, current, fields);
  const updated = seatsChange ? await ctx.seats.changeSeats(ctx, current, figures, write) : await write();
  if (updated.capacity > current.capacity || (updated.perGroupQuota ?? Infinity) > (current.perGroupQuota ?? Infinity)) {
    await ctx.events.publish('workshop.capacityRaised', { workshopId: String(updated._id), capacity: updated.capacity });
  }
  if (current.status === 'PUBLISHED') {
    const workshopId = String(updated._id);
    if (timesChanged) {
      ctx.events.emit('workshop.rescheduled', { workshopId, sequence, startsAt: updated.startsAt, endsAt: updated.endsAt, previousStartsAt: current.startsAt });
    }
    if (placeChanged) ctx.events.emit('workshop.relocated', { workshopId, sequence });
    ctx.events.emit('workshop.updated', { workshopId, sequence, changed: Object.keys(input).filter((key) => key !== 'id') });
  }
  return updated;
}

export async function publishWorkshop(ctx: Ctx, input: { id: string }): Promise<WorkshopDoc> {
  authorize(ctx.viewer, policy.plan);
  const current = await findExisting(ctx, input.id);
  if (current.status !== 'DRAFT') throw new ConflictError(`A ${current.status.toLowerCase()} workshop cannot be published.`, 'NOT_A_DRAFT');
  const needsVenue = current.format === 'IN_PERSON' || current.format === 'HYBRID';
  const needsLink = current.format === 'ONLINE' || current.format === 'HYBRID';
  if (needsVenue && !current.venue) throw new BadUserInputError('Add the venue before publishing an in-person workshop.', 'venue');
  if (needsLink && !current.onlineUrl) throw new BadUserInputError('Add the joining link before publishing an online workshop.', 'onlineUrl');
  if (current.startsAt <= ctx.clock.now()) throw new ConflictError('This workshop has already started; it cannot be published.', 'IN_THE_PAST');
  const updated = await writeRevision(ctx, current, { status: 'PUBLISHED', publishedAt: ctx.clock.now() });
  ctx.events.emit('workshop.published', { workshopId: String(updated._id), sequence: updated.sequence });
  return updated;
}

export async function cancelWorkshop(ctx: Ctx, input: { id: string; reason: string }): Promise<WorkshopDoc> {
  authorize(ctx.viewer, policy.plan);
  const reason = parseInput(workshopSchemas(ctx.config).reason, input.reason, 'reason');
  const current = await findEditable(ctx, input.id);
  const sequence = current.sequence + (current.status === 'PUBLISHED' ? 1 : 0);
  const updated = await writeRevision(ctx, current, { status: 'CANCELLED', cancellationReason: reason, cancelledAt: ctx.clock.now(), sequence });
  await ctx.events.publish('workshop.cancelled', { workshopId: String(updated._id), sequence, reason });
  return updated;
}

export async function completeWorkshop(ctx: Ctx, input: { id: string }): Promise<WorkshopDoc> {
  authorize(ctx.viewer, policy.plan);
  const current = await findExisting(ctx, input.id);
  if (current.status !== 'PUBLISHED') throw new ConflictError('Only a published workshop can be completed.', 'NOT_PUBLISHED');
  if (current.endsAt > ctx.clock.now()) throw new ConflictError('A workshop can be completed only after it ends.', 'NOT_ENDED');
  const updated = await writeRevision(ctx, current, { status: 'COMPLETED', completedAt: ctx.clock.now() });
  ctx.events.emit('workshop.completed', { workshopId: String(updated._id), sequence: updated.sequence });
  return updated;
}

/**
 * The maintenance job's side of completeWorkshop: every published workshop that has ended is
 * completed. Two workers may race; the revision claim lets one write each workshop.
 */
export async function completeEndedWorkshops(deps: Pick<Ctx, 'database' | 'clock' | 'events'>): Promise<number> {
  const now = deps.clock.now();
  const ended = await deps.database.models.Workshop.find({ status: 'PUBLISHED', ...endedBy(now, true) }).lean<WorkshopDoc[]>();
  let completed = 0;
  for (const workshop of ended) {
    try {
      const updated = await writeRevision(deps, workshop, { status: 'COMPLETED', completedAt: now });
      deps.events.emit('workshop.completed', { workshopId: String(updated._id), sequence: updated.sequence });
      completed++;
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
    }
  }
  return completed;
}

/** From the programme (an edit re-checks the stored revision under its claim: writeRevision). */
async function findExisting(ctx: Pick<Ctx, 'programme'>, id: string): Promise<WorkshopDoc> {
  const doc = await workshopById(ctx, parseId(id));
  if (!doc) throw new NotFoundError('Workshop');
  return doc;
}

export async function findEditable(ctx: Pick<Ctx, 'programme'>, id: string): Promise<WorkshopDoc> {
  const doc = await findExisting(ctx, id);
  if (doc.status === 'CANCELLED' || doc.status === 'COMPLETED') {
    throw new ConflictError(`A ${doc.status.toLowerCase()} workshop cannot be changed.`, 'NOT_EDITABLE');
  }
  return doc;
}

/**
 * Stores an edit as the next revision. The revision is claimed first, so of two concurrent edits
 * exactly one lands and the other gets CONFLICT. Under the claim nobody else can store this
 * revision, so once the stored one is seen to be the one the edit started from (an edit that
 * claimed and released it may have landed since the edit read the workshop), the write needs no
 * filter but `_id`: the one FerretDB takes to storage (a revision in the filter would make it
 * decode the whole collection, 20 s at 100,000 workshops). The claim outlives any request.
 */
export async function writeRevision(ctx: Pick<Ctx, 'database' | 'clock'>, current: WorkshopDoc, set: Record<string, unknown>): Promise<WorkshopDoc> {
  await racePoint(ctx.database, 'workshop-revision', String(current._id));
  const revision = (current.revision ?? 0) + 1;
  const claim = `ws:${String(current._id)}:rev:${revision}`;
  const changedMeanwhile = () => new ConflictError('Someone changed this workshop meanwhile; reload it and try again.', 'EDITED_CONCURRENTLY');
  if (!(await tryClaim(ctx.database.db, claim, { kind: 'workshop-revision', now: ctx.clock.now() }))) throw changedMeanwhile();
  // The claim expires (a crash locks nothing) and goes once written: whoever claims it again
  // finds the next revision stored.
  try {
    const stored = await storedRevision(ctx.database, current._id);
    if ((stored?.revision ?? 0) !== revision - 1) throw changedMeanwhile();
    const updated = await ctx.database.models.Workshop.findOneAndUpdate(
      { _id: current._id },
      { $set: { ...set, revision, revisedAt: ctx.clock.now() } },
      { returnDocument: 'after' },
    ).lean<WorkshopDoc>();
    if (!updated) throw changedMeanwhile();
    return updated;
  } finally {
    await releaseClaim(ctx.database.db, claim);
  }
}

type Schedulable = Pick<
  WorkshopFields,
  'timeZone' | 'startsAt' | 'startsAtLocal' | 'endsAt' | 'endsAtLocal' | 'sessions' | 'registrationOpensAt' | 'registrationClosesAt'
>;

export function resolveSchedule(data: Schedulable, current: WorkshopDoc | null) {
  const zone = data.timeZone;
  const startsAt = resolveInstant('startsAt', data.startsAt, data.startsAtLocal, zone) ?? current?.startsAt;
  const endsAt = resolveInstant('endsAt', data.endsAt, data.endsAtLocal, zone) ?? current?.endsAt;
  if (!startsAt) throw new BadUserInputError('Give startsAt or startsAtLocal.', 'startsAt');
  if (!endsAt) throw new BadUserInputError('Give endsAt or endsAtLocal.', 'endsAt');
  const sessions = (data.sessions ?? []).map((session, index) => {
    const sessionStart = resolveInstant(`sessions.${index}.startsAt`, session.startsAt, session.startsAtLocal, zone);
    const sessionEnd = resolveInstant(`sessions.${index}.endsAt`, session.endsAt, session.endsAtLocal, zone);
    if (!sessionStart || !sessionEnd) throw new BadUserInputError('Each session needs a start and an end.', `sessions.${index}`);
    return {
      title: session.title,
      startsAt: sessionStart,
      endsAt: sessionEnd,
      facilitator: session.facilitator ?? null,
      location: session.location ?? null,
      joiningDetails: session.joiningDetails ?? null,
    };
  });
  sessions.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const registrationClosesAt = data.registrationClosesAt ?? startsAt;
  const registrationOpensAt = data.registrationOpensAt ?? null;
  checkSchedule({ startsAt, endsAt, sessions, registrationOpensAt, registrationClosesAt });
  return { startsAt, endsAt, sessions, registrationOpensAt, registrationClosesAt };
}

/** The stored workshop with the given fields applied; `null` clears optional ones. */
function mergeFields(current: WorkshopDoc, data: Record<string, unknown>, raw: Record<string, unknown>): WorkshopFields {
  const merged: Record<string, unknown> = {
    kind: current.kind,
    title: current.title,
    summary: current.summary,
    description: current.description,
    topics: current.topics,
    languages: current.languages,
    format: current.format,
    venue: current.venue,
    onlineUrl: current.onlineUrl,
    timeZone: current.timeZone,
    sessions: current.sessions.map((s) => ({
      title: s.title,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      facilitator: s.facilitator,
      location: s.location,
      joiningDetails: s.joiningDetails,
    })),
    facilitators: current.facilitators,
    capacity: current.capacity,
    perGroupQuota: current.perGroupQuota,
    registrationOpensAt: current.registrationOpensAt,
    registrationClosesAt: current.registrationClosesAt,
    requiresApproval: current.requiresApproval,
    selfRegistration: current.selfRegistration,
    promotionMode: current.promotionMode,
    offerHours: current.offerHours,
    reminderHoursBefore: current.reminderHoursBefore ?? null,
    eligibility: { regions: current.eligibility?.regions ?? [], organizationIds: (current.eligibility?.organizationIds ?? []).map(String) },
  };
  for (const [key, value] of Object.entries(data)) {
    if (key === 'id') continue;
    if (value !== undefined && value !== null) merged[key] = value;
    else if (key in raw && raw[key] === null) merged[key] = null;
  }
  // Moving the workshop moves its sessions along, unless new sessions are given.
  const startMoved = Boolean(data.startsAt || data.startsAtLocal);
  if (startMoved && !('sessions' in raw)) {
    const newStart = resolveInstant('startsAt', data.startsAt as Date | undefined, data.startsAtLocal as string | undefined, String(merged.timeZone));
    if (newStart) {
      merged.sessions = current.sessions.map((s) => ({
        title: s.title,
        startsAt: shiftLocal(s.startsAt, current.timeZone, current.startsAt, newStart),
        endsAt: shiftLocal(s.endsAt, current.timeZone, current.startsAt, newStart),
        facilitator: s.facilitator,
        location: s.location,
        joiningDetails: s.joiningDetails,
      }));
    }
  }
  // A new start or end given one way replaces the stored instant given the other way.
  if (data.startsAtLocal) merged.startsAt = null;
  if (data.endsAtLocal) merged.endsAt = null;
  if (!data.startsAt && !data.startsAtLocal) merged.startsAt = current.startsAt;
  if (!data.endsAt && !data.endsAtLocal) merged.endsAt = current.endsAt;
  if (!('registrationClosesAt' in raw) && (data.startsAt || data.startsAtLocal) && current.registrationClosesAt.getTime() === current.startsAt.getTime()) {
    merged.registrationClosesAt = null; // it followed the start: keep following it
  }
  return merged as WorkshopFields;
}

export async function checkEligibleOrganizations(ctx: Ctx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await organizationsByIds(
    ctx,
    ids.map((id) => id.toLowerCase()),
  );
  const known = new Set(found.map((org) => String(org._id)));
  const missing = ids.findIndex((id) => !known.has(id.toLowerCase()));
  if (missing >= 0) throw new BadUserInputError('No organisation has this id.', `eligibility.organizationIds.${missing}`);
}

/** Facilitators with an account must name a real one. */
export async function checkFacilitators(ctx: Ctx, facilitators: { userId?: string | null }[]): Promise<void> {
  const ids = facilitators.map((f) => f.userId).filter((id): id is string => Boolean(id));
  if (ids.length === 0) return;
  const known = await existingUserIds(
    ctx.database,
    ids.map((id) => id.toLowerCase()),
  );
  const missing = facilitators.findIndex((f) => f.userId && !known.has(f.userId.toLowerCase()));
  if (missing >= 0) throw new BadUserInputError('No person has this id.', `facilitators.${missing}.userId`);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => key !== '_id')
        .map(([key, v]) => [key, normalise(v ?? null)])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
  }
  return value ?? null;
}
