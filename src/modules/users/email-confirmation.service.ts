import { createHmac } from 'node:crypto';
import { updateAlone } from '../../db/document-lock';
import { Types } from 'mongoose';
import { z } from 'zod';
import { tryClaim } from '../../db/claims';
import { BadUserInputError, RateLimitedError } from '../../shared/errors';
import type { ServiceContext } from '../../app/context';
import { publicBaseUrl } from '../../http/public-url';
import { sameSignature } from '../../shared/signatures';
import { parseInput } from '../../shared/validation';
import { requireViewer } from '../../shared/access/authorize';
import { emailProven } from './email-proof';
import type { UserDoc } from './user.model';

type Ctx = Pick<ServiceContext, 'database' | 'clock' | 'config' | 'events'>;

const CONFIRMATION_TTL_MS = 72 * 3_600_000;
/** One confirmation email per person per this long: asking again cannot flood a mailbox. */
const RESEND_AFTER_MS = 10 * 60_000;

/**
 * The confirmation token names the account, its address and an expiry, signed with the link
 * secret (so it needs no storage); a changed address or a tampered token does not verify.
 */
const signature = (ctx: Pick<Ctx, 'config'>, userId: string, email: string, expires: number) =>
  createHmac('sha256', ctx.config.notifications.linkSigningSecret).update(`email-confirmation\n${userId}\n${email}\n${expires}`).digest('base64url');

const TOKEN = /^ecf_([0-9a-f]{24})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

/** Emails the person a link that proves they receive mail at their address (through the outbox). */
export async function sendEmailConfirmation(ctx: Ctx, user: Pick<UserDoc, '_id' | 'email'>): Promise<boolean> {
  const now = ctx.clock.now();
  const window = Math.floor(now.getTime() / RESEND_AFTER_MS);
  const claimed = await tryClaim(ctx.database.db, `email-confirmation:${String(user._id)}:${window}`, {
    kind: 'email-confirmation',
    now,
    expiresAt: new Date((window + 1) * RESEND_AFTER_MS),
  });
  if (!claimed) return false;
  const expires = Math.floor((now.getTime() + CONFIRMATION_TTL_MS) / 1000);
  const token = `ecf_${String(user._id)}.${expires}.${signature(ctx, String(user._id), user.email, expires)}`;
  const confirmUrl = `${publicBaseUrl(ctx.config)}/#/confirm-email?token=${encodeURIComponent(token)}`;
  ctx.events.emit('user.emailConfirmationRequested', { userId: String(user._id), confirmUrl, window, expiresAt: new Date(expires * 1000) });
  return true;
}

/** requestEmailConfirmation: a signed-in person whose address is not proven asks for the email. */
export async function requestEmailConfirmation(ctx: Ctx & Pick<ServiceContext, 'viewer' | 'loaders'>): Promise<{ sent: boolean; emailConfirmed: boolean }> {
  const viewer = requireViewer(ctx.viewer);
  const user = await ctx.loaders.users.byId.load(viewer.userId);
  if (!user) throw new BadUserInputError('Your account is gone.');
  if (emailProven(user)) return { sent: false, emailConfirmed: true };
  if (!(await sendEmailConfirmation(ctx, user))) throw new RateLimitedError(Math.ceil(RESEND_AFTER_MS / 1000));
  return { sent: true, emailConfirmed: false };
}

/** confirmEmail: the token from the email is the credential (no sign-in needed). */
export async function confirmEmail(ctx: Ctx, input: unknown): Promise<{ emailConfirmed: boolean }> {
  const { token } = parseInput(z.object({ token: z.string().max(200) }), input);
  const invalid = () => new BadUserInputError('This confirmation link is not valid; ask for a new one.', 'token');
  const match = TOKEN.exec(token);
  if (!match) throw invalid();
  const [, userId, expiresText, given] = match as unknown as [string, string, string, string];
  const expires = Number(expiresText);
  const user = await ctx.database.models.User.findById(new Types.ObjectId(userId)).lean<UserDoc>();
  if (!user || user.disabledAt) throw invalid();
  if (!sameSignature(signature(ctx, userId, user.email, expires), given)) throw invalid();
  if (expires * 1000 <= ctx.clock.now().getTime()) throw new BadUserInputError('This confirmation link has expired; ask for a new one.', 'token');
  if (emailProven(user)) return { emailConfirmed: true };
  // Compare-and-set on the address the link was made for.
  const updated = await updateAlone<UserDoc>(
    ctx.database,
    ctx.database.models.User,
    { _id: user._id, email: user.email, emailVerifiedAt: null },
    { $set: { emailVerifiedAt: ctx.clock.now() } },
  );
  if (updated) ctx.events.emit('user.emailConfirmed', { userId });
  return { emailConfirmed: true };
}
