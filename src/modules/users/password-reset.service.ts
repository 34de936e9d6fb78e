import { createHash, createHmac } from 'node:crypto';
import { Types } from 'mongoose';
import { z } from 'zod';
import type { ServiceContext } from '../../app/context';
import { claimsCollection, releaseClaim, TRANSITION_CLAIM_TTL_MS, tryClaim } from '../../db/claims';
import { updateAlone } from '../../db/document-lock';
import { racePoint } from '../../db/race-points';
import { BadUserInputError } from '../../shared/errors';
import { publicBaseUrl } from '../../http/public-url';
import { keyedPseudonym } from '../../shared/pseudonym';
import { sameSignature } from '../../shared/signatures';
import { parseInput } from '../../shared/validation';
import { revokeAllSessions, startSession } from './auth.service';
import { emailProven } from './email-proof';
import { passwordProblem } from './password-policy';
import { hashPassword } from './secrets';
import { takeClientAllowance } from './sign-in-limiter';
import type { UserDoc } from './user.model';
import { emailSchema } from './users.validation';

type Ctx = Pick<ServiceContext, 'database' | 'clock' | 'config' | 'events' | 'ip'>;

const RESET_TTL_MS = 3_600_000;
/** One reset email per account per this long: asking again cannot flood a mailbox (and still answers accepted). */
const RESEND_AFTER_MS = 10 * 60_000;
/** Reset requests one client address may make per 15 minutes, whatever the emails (an office shares one address). */
export const RESET_REQUESTS_PER_CLIENT = 20;

const requestInput = z.object({ email: emailSchema });
const resetInput = z.object({ token: z.string().max(200), password: z.string().max(1_000) });

const TOKEN = /^pwr_([0-9a-f]{24})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;
/** Stands in for the account when none matches, so the work is the same either way. */
const NOBODY = new Types.ObjectId('000000000000000000000000');

/**
 * The reset token names the account and an expiry, signed with the link secret over the password
 * hash it was made for (so it needs no storage): once the password changes, every earlier link
 * fails to verify.
 */
const signature = (ctx: Pick<Ctx, 'config'>, userId: string, expires: number, passwordHash: string) =>
  createHmac('sha256', ctx.config.notifications.linkSigningSecret).update(`password-reset\n${userId}\n${expires}\n${passwordHash}`).digest('base64url');

/**
 * requestPasswordReset: always `accepted`, whether the account exists, is disabled or was just
 * sent one; the same reads, claim and signature in every case, so neither the answer nor its time
 * tells who is registered. Only an enabled account with a password gets the email.
 */
export async function requestPasswordReset(ctx: Ctx, input: unknown): Promise<{ accepted: boolean }> {
  // A malformed address is refused before anything is stored (it reads nothing, so needs no limit).
  const { email } = parseInput(requestInput, input);
  const now = ctx.clock.now();
  await takeClientAllowance(ctx.database.db, { purpose: 'password-reset', ip: ctx.ip, now, limit: RESET_REQUESTS_PER_CLIENT });
  const user = await ctx.database.models.User.findOne({ email }).lean<UserDoc>();
  const userId = user?._id ?? NOBODY;
  const credential = await ctx.database.models.Credential.findById(userId).lean<{ passwordHash: string }>();
  const window = Math.floor(now.getTime() / RESEND_AFTER_MS);
  // Keyed by the address's keyed pseudonym: known and unknown addresses alike, and no address in the claim.
  const sent = (w: number) => `password-reset:${keyedPseudonym(ctx.config.pseudonymSecret, email)}:${w}`;
  // One per window, and none within 10 minutes of the previous window's (which is kept that long).
  const previous = await claimsCollection(ctx.database.db).findOne({ _id: sent(window - 1) });
  const recent = previous !== null && previous.createdAt.getTime() > now.getTime() - RESEND_AFTER_MS;
  const fresh =
    !recent && (await tryClaim(ctx.database.db, sent(window), { kind: 'password-reset-email', now, expiresAt: new Date((window + 2) * RESEND_AFTER_MS) }));
  const expires = Math.floor((now.getTime() + RESET_TTL_MS) / 1000);
  const token = `pwr_${String(userId)}.${expires}.${signature(ctx, String(userId), expires, credential?.passwordHash ?? '')}`;
  if (fresh && user && credential && !user.disabledAt) {
    const resetUrl = `${publicBaseUrl(ctx.config)}/#/reset-password?token=${encodeURIComponent(token)}`;
    ctx.events.emit('user.passwordResetRequested', { userId: String(userId), resetUrl, window, expiresAt: new Date(expires * 1000) });
  }
  return { accepted: true };
}

/**
 * resetPassword: the token from the email is the credential. The new password replaces the one
 * the link was made for (compare-and-set), every session ends, the address counts as proven (the
 * link reached the mailbox), and a new session is returned.
 */
export async function resetPassword(ctx: Ctx, input: unknown): Promise<{ token: string; expiresAt: Date; user: UserDoc }> {
  const data = parseInput(resetInput, input);
  const invalid = () => new BadUserInputError('This password reset link is not valid or was already used; ask for a new one.', 'token');
  const match = TOKEN.exec(data.token);
  if (!match) throw invalid();
  const [, userId, expiresText, given] = match as unknown as [string, string, string, string];
  const expires = Number(expiresText);
  const id = new Types.ObjectId(userId);
  const [user, credential] = await Promise.all([
    ctx.database.models.User.findById(id).lean<UserDoc>(),
    ctx.database.models.Credential.findById(id).lean<{ passwordHash: string }>(),
  ]);
  if (!user || !credential || user.disabledAt) throw invalid();
  if (!sameSignature(signature(ctx, userId, expires, credential.passwordHash), given)) throw invalid();
  const now = ctx.clock.now();
  if (expires * 1000 <= now.getTime()) throw new BadUserInputError('This password reset link has expired; ask for a new one.', 'token');
  const problem = passwordProblem(data.password, user.email);
  if (problem) throw new BadUserInputError(problem, 'password');
  const passwordHash = await hashPassword(data.password);

  await racePoint(ctx.database, 'password-reset', userId);
  // One reset per credential: of two uses of one link (or two links made for the same password),
  // the first claim wins and the other finds the link used. It expires, so a crash before the
  // write below locks nothing for long.
  const claim = `password-reset:${userId}:${createHash('sha256').update(credential.passwordHash).digest('hex').slice(0, 32)}`;
  if (!(await tryClaim(ctx.database.db, claim, { kind: 'password-reset', now, expiresAt: new Date(now.getTime() + TRANSITION_CLAIM_TTL_MS) }))) throw invalid();
  let changed: unknown;
  try {
    // Sessions end before the password changes: a crash between the two leaves the old password, never the old sessions.
    await revokeAllSessions(ctx, id);
    changed = await updateAlone(ctx.database, ctx.database.models.Credential, { _id: id, passwordHash: credential.passwordHash }, { $set: { passwordHash } });
  } catch (err) {
    await releaseClaim(ctx.database.db, claim);
    throw err;
  }
  // Changed meanwhile by another way (an admin's reset): this link was made for a password gone.
  if (!changed) throw invalid();

  let current = user;
  if (!emailProven(user)) {
    const proven = await updateAlone<UserDoc>(ctx.database, ctx.database.models.User, { _id: id, emailVerifiedAt: null }, { $set: { emailVerifiedAt: now } });
    if (proven) {
      current = proven;
      ctx.events.emit('user.emailConfirmed', { userId });
    }
  }
  return { ...(await startSession(ctx, id)), user: current };
}
