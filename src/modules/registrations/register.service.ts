import { Types } from 'mongoose';
import { workshopById } from '../workshops/workshops.queries';
import { claimsCollection, tryClaim } from '../../db/claims';
import { parseId } from '../../shared/ids';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../shared/errors';
import type { ServiceContext } from '../../app/context';
import { parseInput } from '../../shared/validation';
import type { OrganizationDoc } from '../organizations/organization.model';
import { groupIsActive } from '../organizations/organizations.policy';
import { requireViewer } from '../../shared/access/authorize';
import type { Viewer } from '../../shared/access/roles';
import type { WorkshopDoc } from '../workshops/workshop.model';
import { isEligible } from '../workshops/workshops.policy';
import type { RegistrationDoc } from './registration.model';
import { registrationsPolicy as policy } from './registrations.policy';
import { registerSchema } from './registrations.validation';
import { cancelStored } from './seating/cancel';
import { place } from './seating/place';
import { personClaimId, releaseHeld, voidWaitTicket } from './seating/seat-claims';
import { eventOf, settleSoon } from './seating/settle';
import { organizationById } from '../organizations/organizations.queries';
import { usersByIds } from '../users/users.queries';
import type { StoredAnswer } from '../questions/asked-questions';
import { answersAtRegistration } from './answers.service';
import { consentsAfter } from './consents';
import type { ConsentRecord } from './registration.model';

type Ctx = Pick<
  ServiceContext,
  'viewer' | 'database' | 'clock' | 'config' | 'loaders' | 'events' | 'logger' | 'seatFigures' | 'programme' | 'directory' | 'questions'
>;

interface Person {
  name: string;
  email: string;
  userId: Types.ObjectId | null;
  language: string | null;
  timeZone: string | null;
  answers: StoredAnswer[];
  consents: ConsentRecord[];
  displayName: string | null;
  listed: boolean;
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
  const workshop = await workshopById(ctx, parseId(data.workshopId, 'workshopId'));
  if (!workshop || workshop.status === 'DRAFT') throw new NotFoundError('Workshop');
  // Authorized before any person is read: only a member registering themself needs their account.
  const forGroup = policy.registerFor(viewer, organizationId);
  if (!forGroup && !registersOnlySelf(viewer, data.participants)) throw new ForbiddenError('You cannot register people for this group.');
  if (!forGroup && !policy.registerSelf(viewer, organizationId, workshop.selfRegistration ?? false))
    throw new ForbiddenError('You cannot register people for this group.');
  const organization = await organizationById(ctx, parseId(organizationId, 'organizationId'));
  if (!organization) throw new NotFoundError('Organisation');
  const people = await resolvePeople(ctx, organization, data.participants);
  checkOpen(ctx, workshop, organization);
  // Checked for everyone before anyone is placed: a bad answer stores nothing.
  const self = !forGroup || registersOnlySelf(viewer, data.participants);
  const answeredBy = policy.answeredBy(viewer, self);
  for (const [index, person] of people.entries()) {
    const given = data.participants[index]!.answers ?? [];
    person.answers = await answersAtRegistration(ctx, workshop, given, self, answeredBy, `participants.${index}.answers`);
    const consents = data.participants[index]!.consents ?? [];
    if (consents.length > 0 && !self) throw new BadUserInputError('Only the person consents; they will be asked themselves.', `participants.${index}.consents`);
    person.consents = consentsAfter(workshop.consentItems ?? [], [], consents, ctx.clock.now(), `participants.${index}.consents`);
  }
  // In a batch, someone this group already registered holds their person claim: point reads before
  // any write, so such a batch stores nothing. (One person needs none: the claim's insert decides,
  // and a read that finds nothing scans the claims on FerretDB's SQLite.)
  if (people.length > 1) {
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
      participant: {
        name: person.name,
        email: person.email,
        userId: person.userId,
        language: person.language,
        timeZone: person.timeZone,
        displayName: person.displayName,
        listed: person.listed,
      },
      answers: person.answers,
      consents: person.consents,
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

async function resolvePeople(
  ctx: Ctx,
  organization: OrganizationDoc,
  participants: ReturnType<typeof parseInput<typeof registerSchema>>['participants'],
): Promise<Person[]> {
  const users = await usersByIds(
    ctx.database,
    participants.flatMap((p) => ('userId' in p ? [p.userId] : [])),
  );
  const byId = new Map(users.map((u) => [String(u._id), u]));
  const people = participants.map((p, index): Person => {
    if ('userId' in p) {
      const user = byId.get(p.userId.toLowerCase());
      if (!user || String(user.organizationId) !== String(organization._id)) {
        throw new BadUserInputError('This person is not a member of the group.', `participants.${index}.userId`);
      }
      return {
        name: user.name,
        email: user.email,
        userId: user._id,
        language: user.language,
        timeZone: user.timeZone,
        answers: [],
        consents: [],
        ...shownAs(p),
      };
    }
    return { name: p.name, email: p.email, userId: null, language: p.language ?? null, timeZone: p.timeZone ?? null, answers: [], consents: [], ...shownAs(p) };
  });
  const seen = new Set<string>();
  people.forEach((person, index) => {
    if (seen.has(person.email)) throw new BadUserInputError('The same person appears twice.', `participants.${index}`);
    seen.add(person.email);
  });
  return people;
}

/** How the person is shown to others: a chosen name (or none), listed unless they asked not to be. */
const shownAs = (p: { displayName?: string | null; listed?: boolean | null }) => ({ displayName: p.displayName ?? null, listed: p.listed ?? true });

function checkOpen(ctx: Ctx, workshop: WorkshopDoc, organization: OrganizationDoc): void {
  const now = ctx.clock.now();
  if (workshop.status !== 'PUBLISHED')
    throw new ConflictError(`Registration is closed: the workshop is ${workshop.status.toLowerCase()}.`, 'WORKSHOP_NOT_OPEN');
  if (workshop.registrationOpensAt && now < workshop.registrationOpensAt) throw new ConflictError('Registration has not opened yet.', 'REGISTRATION_NOT_OPEN');
  if (now >= workshop.registrationClosesAt) throw new ConflictError('Registration has closed.', 'REGISTRATION_CLOSED');
  if (!groupIsActive(organization)) throw new ForbiddenError('Applicant and suspended groups cannot register people.');
  if (!isEligible(workshop, organization)) throw new ForbiddenError('This group is not eligible for this workshop.');
}
