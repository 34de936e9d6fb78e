import { createHmac } from 'node:crypto';
import { Types } from 'mongoose';
import type { ServiceContext } from '../../app/context';
import type { Config } from '../../config';
import { publicBaseUrl } from '../../http/public-url';
import { BadUserInputError, NotFoundError } from '../../shared/errors';
import { sameSignature } from '../../shared/signatures';
import { parseInput } from '../../shared/validation';
import { answersAfter, missingOf } from '../questions/asked-questions';
import { questionLibrary } from '../questions/questions.queries';
import type { WorkshopDoc } from '../workshops/workshop.model';
import { workshopById } from '../workshops/workshops.queries';
import { ACTIVE_STATUSES, type RegistrationDoc } from './registration.model';
import { answersInput, consentsInput } from './registrations.validation';
import { consentStates, consentsAfter } from './consents';
import { changeRegistration } from './seating/transition';
import { z } from 'zod';

type Ctx = Pick<ServiceContext, 'database' | 'clock' | 'config' | 'programme' | 'questions'>;

/** A link works this long, and never past the workshop's end. */
const LINK_TTL_MS = 30 * 86_400_000;
const TOKEN = /^ans_([0-9a-f]{24})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;
const spent = () => new BadUserInputError('This link has expired or was used already; ask for a new one.', 'token');

/**
 * A participant's answer link names the registration and an expiry, signed over how many times a
 * link of it has been used (answerLinkUses): it needs no storage, and once one link is used every
 * earlier one fails to verify (single use).
 */
const signature = (config: Pick<Config, 'notifications'>, registrationId: string, expires: number, uses: number) =>
  createHmac('sha256', config.notifications.linkSigningSecret).update(`answers\n${registrationId}\n${expires}\n${uses}`).digest('base64url');

/** A fresh link for the participant to answer their questions without an account, and until when it works (null once the workshop has ended). */
export function answerLink(
  ctx: Pick<Ctx, 'clock' | 'config'>,
  registration: Pick<RegistrationDoc, '_id' | 'answerLinkUses'>,
  workshop: Pick<WorkshopDoc, 'endsAt'>,
): { url: string; expiresAt: Date } | null {
  const now = ctx.clock.now().getTime();
  const until = Math.min(now + LINK_TTL_MS, workshop.endsAt.getTime());
  if (until <= now) return null;
  const expires = Math.floor(until / 1000);
  const token = `ans_${String(registration._id)}.${expires}.${signature(ctx.config, String(registration._id), expires, registration.answerLinkUses ?? 0)}`;
  return { url: `${publicBaseUrl(ctx.config)}/#/answers?token=${encodeURIComponent(token)}`, expiresAt: new Date(expires * 1000) };
}

export const answerLinkOf = (...args: Parameters<typeof answerLink>) => answerLink(...args)?.url ?? null;

/** The registration a link opens, as long as the link is live; BAD_USER_INPUT (token) otherwise, the same whatever is wrong. */
async function openLink(ctx: Ctx, token: string): Promise<{ registration: RegistrationDoc; workshop: WorkshopDoc; uses: number }> {
  const match = TOKEN.exec(token);
  if (!match) throw spent();
  const [, id, expiresText, given] = match as unknown as [string, string, string, string];
  const expires = Number(expiresText);
  if (expires * 1000 <= ctx.clock.now().getTime()) throw spent();
  const registration = await ctx.database.models.Registration.findById(new Types.ObjectId(id)).lean<RegistrationDoc>();
  if (!registration || !ACTIVE_STATUSES.includes(registration.status)) throw spent();
  const uses = registration.answerLinkUses ?? 0;
  if (!sameSignature(signature(ctx.config, id, expires, uses), given)) throw spent();
  const workshop = await workshopById(ctx, registration.workshopId);
  if (!workshop) throw new NotFoundError('Workshop');
  return { registration, workshop, uses };
}

/** What an answer link shows: the workshop, its questions and which are answered (never the answers: a forwarded email must not tell them). */
export async function answerLinkView(ctx: Ctx, token: string) {
  const { registration, workshop } = await openLink(ctx, parseInput(z.string().max(200), token, 'token'));
  const items = workshop.consentItems ?? [];
  return {
    workshop,
    questions: workshop.questions ?? [],
    consentItems: items,
    consented: consentStates(items, registration.consents ?? []).flatMap((state) => (state.current ? [state.item.key] : [])),
    ...(await completeness(ctx, workshop, registration)),
  };
}

/** Which questions are answered (ids only) and which required ones are still missing. */
async function completeness(ctx: Pick<Ctx, 'questions'>, workshop: WorkshopDoc, registration: RegistrationDoc) {
  const library = await questionLibrary(ctx);
  const answers = registration.answers ?? [];
  const missing = missingOf(workshop.questions ?? [], answers).flatMap((id) => {
    const question = library.get(id);
    return question ? [question] : [];
  });
  return { answered: answers.map((answer) => String(answer.questionId)), missing };
}

/**
 * answerByLink: the person answers any of their questions, once per link. The use is counted in
 * the same compare-and-set as the answers, so of two submissions of one link exactly one lands.
 */
export async function answerByLink(ctx: Ctx, input: unknown) {
  const data = parseInput(z.object({ token: z.string().max(200), answers: answersInput, consents: consentsInput.nullish() }).strict(), input);
  const { registration, workshop, uses } = await openLink(ctx, data.token);
  const library = await questionLibrary(ctx);
  const { after } = await changeRegistration(ctx, registration, 'answer-link', noRefusal, (current) => {
    // Read again after a lost race: a use or a cancellation meanwhile spends this link.
    if ((current.answerLinkUses ?? 0) !== uses || !ACTIVE_STATUSES.includes(current.status)) throw spent();
    return {
      answerLinkUses: uses + 1,
      answers: answersAfter(
        library,
        workshop.questions ?? [],
        current.answers ?? [],
        data.answers,
        { answeredBy: 'PARTICIPANT', at: ctx.clock.now(), mayAnswer: () => true },
        'answers',
      ),
      consents: consentsAfter(workshop.consentItems ?? [], current.consents ?? [], data.consents ?? [], ctx.clock.now(), 'consents'),
    };
  });
  return completeness(ctx, workshop, after);
}

const noRefusal = () => null;
