import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import { z } from 'zod';
import type { ServiceContext } from '../../app/context';
import { requireViewer } from '../../shared/access/authorize';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, isDuplicateKeyError } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { parseInput } from '../../shared/validation';
import { releaseClaim, tryClaim } from '../../db/claims';
import { racePoint } from '../../db/race-points';
import { objectIdString } from '../organizations/reference/fields';
import { holdOfferUntil } from '../registrations/offer-hold';
import { ACTIVE_STATUSES, holderOf, type RegistrationDoc } from '../registrations/registration.model';
import { registrationById } from '../registrations/registrations.queries';
import type { WorkshopDoc } from '../workshops/workshop.model';
import { workshopById } from '../workshops/workshops.queries';
import { LETTER_COVERAGE, type LetterDoc } from './letter.model';
import { lettersPolicy as policy } from './letters.policy';

type Ctx = Pick<ServiceContext, 'viewer' | 'database' | 'clock' | 'programme' | 'events'>;

/** How much longer an offered seat is held while its letter is pending. */
const OFFER_HOLD_MS = 7 * 86_400_000;
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

const requestSchema = z
  .object({
    registrationId: objectIdString,
    language: z.enum(['en', 'fr', 'es'], { error: 'A letter is written in en, fr or es.' }),
    addressee: z.string().trim().max(200, 'At most 200 characters.').nullish(),
    questionIds: z.array(objectIdString).max(10, 'At most 10 answers.').nullish(),
  })
  .strict();
const decideSchema = z
  .object({
    id: objectIdString,
    approve: z.boolean(),
    coverage: z.array(z.enum(LETTER_COVERAGE)).max(LETTER_COVERAGE.length).nullish(),
    signatory: z.string().trim().min(1).max(200, 'At most 200 characters.').nullish(),
    reason: z.string().trim().max(1000, 'At most 1,000 characters.').nullish(),
  })
  .strict();

const holderId = (registration: RegistrationDoc) => holderOf(registration).userId;
const holdsOffer = (registration: RegistrationDoc, now: Date) =>
  registration.status === 'WAITLISTED' && registration.offerExpiresAt !== null && registration.offerExpiresAt! > now;

/** A 16-character code (80 bits) from an alphabet without look-alikes, grouped for reading aloud: ABCD-EFGH-JKLM-NPQR. */
function newVerificationCode(): string {
  const bytes = randomBytes(16);
  const chars = [...bytes].map((byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** The participant asks for a letter for their own registration, confirmed or holding an offered seat. */
export async function requestLetter(ctx: Ctx, input: unknown): Promise<LetterDoc> {
  const viewer = requireViewer(ctx.viewer);
  const data = parseInput(requestSchema, input);
  const registration = await registrationById(ctx.database, parseId(data.registrationId, 'registrationId'));
  if (!registration || holderId(registration) !== viewer.userId) throw new BadUserInputError('You can ask for a letter only for yourself.', 'registrationId');
  const now = ctx.clock.now();
  if (registration.status !== 'CONFIRMED' && !holdsOffer(registration, now))
    throw new ConflictError('A letter is for a confirmed place, or a seat offered to you.', 'NOT_CONFIRMED');
  const workshop = await workshopById(ctx, registration.workshopId);
  if (!workshop) throw new NotFoundError('Workshop');
  const answered = new Set((registration.answers ?? []).map((answer) => String(answer.questionId)));
  const questionIds = (data.questionIds ?? []).map((id, index) => {
    if (!answered.has(id.toLowerCase())) throw new BadUserInputError('Answer this question before asking for it on the letter.', `questionIds.${index}`);
    return new Types.ObjectId(id);
  });
  const fields = { language: data.language, addressee: data.addressee ?? null, questionIds, status: 'REQUESTED' as const, requestedAt: now };
  const letter = await storeRequest(ctx, registration, workshop, fields);
  if (holdsOffer(registration, now))
    await holdOfferUntil(ctx, registration, new Date(Math.min(registration.offerExpiresAt!.getTime() + OFFER_HOLD_MS, workshop.startsAt.getTime())));
  return letter;
}

/** A first request is an insert (one per registration); one after a decline replaces it, compare-and-set on its version. */
async function storeRequest(ctx: Ctx, registration: RegistrationDoc, workshop: WorkshopDoc, fields: Record<string, unknown>): Promise<LetterDoc> {
  const { InvitationLetter } = ctx.database.models;
  try {
    const created = await InvitationLetter.create({ _id: registration._id, workshopId: workshop._id, ...fields, version: 0 });
    return created.toObject() as unknown as LetterDoc;
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
  }
  const existing = await InvitationLetter.findById(registration._id).lean<LetterDoc>();
  if (existing?.status !== 'DECLINED') throw new ConflictError('A letter was asked for already.', 'LETTER_EXISTS');
  return changeLetter(ctx, existing, {
    ...fields,
    coverage: [],
    signatory: null,
    declineReason: null,
    decidedAt: null,
    decidedBy: null,
    verificationCode: null,
  });
}

const changedMeanwhile = () => new ConflictError('This letter changed meanwhile; reload it and try again.', 'EDITED_CONCURRENTLY');

/**
 * One change of a letter, compare-and-set on the version it was read at: the version is claimed
 * first (a conditional update alone is not atomic on FerretDB 1.x), so of two changes from one
 * version exactly one lands. The claim expires (a crash locks nothing) and goes once written.
 */
async function changeLetter(ctx: Pick<Ctx, 'database' | 'clock'>, letter: LetterDoc, set: Record<string, unknown>): Promise<LetterDoc> {
  const claim = `letter:${String(letter._id)}:v:${letter.version}`;
  if (!(await tryClaim(ctx.database.db, claim, { kind: 'letter-change', now: ctx.clock.now() }))) throw changedMeanwhile();
  try {
    await racePoint(ctx.database, 'letter-change', String(letter._id));
    const stored = await ctx.database.models.InvitationLetter.findById(letter._id, { version: 1 }).lean<Pick<LetterDoc, 'version'>>();
    if (stored?.version !== letter.version) throw changedMeanwhile();
    const changed = await ctx.database.models.InvitationLetter.findOneAndUpdate(
      { _id: letter._id },
      { $set: { ...set, version: letter.version + 1 } },
      { returnDocument: 'after' },
    ).lean<LetterDoc>();
    if (!changed) throw changedMeanwhile();
    return changed;
  } finally {
    await releaseClaim(ctx.database.db, claim);
  }
}

/** The Secretariat approves (a code is issued) or declines a request, compare-and-set on the request it read. */
export async function decideLetter(ctx: Ctx, input: unknown): Promise<LetterDoc> {
  const viewer = requireViewer(ctx.viewer);
  if (!policy.decide(viewer)) throw new ForbiddenError('Letters are decided by the Secretariat.');
  const data = parseInput(decideSchema, input);
  const letter = await ctx.database.models.InvitationLetter.findById(parseId(data.id)).lean<LetterDoc>();
  if (!letter) throw new NotFoundError('Invitation letter');
  if (letter.status !== 'REQUESTED') throw new ConflictError(`This letter was ${letter.status.toLowerCase()} already.`, 'ALREADY_DECIDED');
  if (data.approve && !data.signatory) throw new BadUserInputError('Say who signs the letter.', 'signatory');
  const decision = data.approve
    ? { status: 'APPROVED', coverage: data.coverage ?? [], signatory: data.signatory, verificationCode: newVerificationCode() }
    : { status: 'DECLINED', declineReason: data.reason ?? null };
  const decided = await changeLetter(ctx, letter, { ...decision, decidedAt: ctx.clock.now(), decidedBy: new Types.ObjectId(viewer.userId) });
  ctx.events.emit('letter.decided', {
    registrationId: String(decided._id),
    workshopId: String(decided.workshopId),
    approved: decided.status === 'APPROVED',
    reason: decided.declineReason ?? null,
    version: decided.version,
  });
  return decided;
}

/** A workshop's letters for the Secretariat, requests first, then by when asked. */
export async function lettersOf(ctx: Ctx, workshopId: string): Promise<LetterDoc[]> {
  const viewer = requireViewer(ctx.viewer);
  if (!policy.decide(viewer)) throw new ForbiddenError();
  const letters = await ctx.database.models.InvitationLetter.find({ workshopId: parseId(workshopId, 'workshopId') }).lean<LetterDoc[]>();
  const order = { REQUESTED: 0, APPROVED: 1, DECLINED: 2 } as const;
  return letters.sort((a, b) => order[a.status] - order[b.status] || a.requestedAt.getTime() - b.requestedAt.getTime());
}

/** A registration's letter, for the participant and the Secretariat only. */
export async function letterOfRegistration(ctx: Ctx, registration: RegistrationDoc): Promise<LetterDoc | null> {
  if (!ctx.viewer || !policy.see(ctx.viewer, holderId(registration))) return null;
  return ctx.database.models.InvitationLetter.findById(registration._id).lean<LetterDoc>();
}

/** A letter and what it is drawn from, for someone who may see it (NOT_FOUND otherwise: nothing is revealed). */
export async function letterToDraw(ctx: Ctx, letterId: string): Promise<{ letter: LetterDoc; registration: RegistrationDoc; workshop: WorkshopDoc }> {
  const viewer = requireViewer(ctx.viewer);
  const letter = await ctx.database.models.InvitationLetter.findById(parseId(letterId)).lean<LetterDoc>();
  const registration = letter ? await registrationById(ctx.database, letter._id) : null;
  if (!letter || !registration || letter.status !== 'APPROVED' || !policy.see(viewer, holderId(registration))) throw new NotFoundError('Invitation letter');
  const workshop = await workshopById(ctx, registration.workshopId);
  if (!workshop) throw new NotFoundError('Workshop');
  return { letter, registration, workshop };
}

/** What the public page confirms: the name, the workshop and its dates (null: no approved letter has this code). */
export async function verifyLetter(ctx: Pick<Ctx, 'database' | 'programme'>, code: string) {
  const normal = code.trim().toUpperCase().slice(0, 40);
  if (!/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/.test(normal)) return null;
  const letter = await ctx.database.models.InvitationLetter.findOne({ verificationCode: normal, status: 'APPROVED' }).lean<LetterDoc>();
  const registration = letter ? await registrationById(ctx.database, letter._id) : null;
  const workshop = registration ? await workshopById(ctx, registration.workshopId) : null;
  // A letter for a place given up, or a person erased, is no longer confirmed.
  if (!registration || !workshop || registration.anonymisedAt || !ACTIVE_STATUSES.includes(registration.status)) return null;
  return { name: registration.participant?.name ?? '', workshopTitle: workshop.title, startsAt: workshop.startsAt, endsAt: workshop.endsAt };
}
