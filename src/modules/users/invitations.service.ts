import { Types } from 'mongoose';
import { publicBaseUrl } from '../../http/public-url';
import { z } from 'zod';
import { releaseClaim, tryClaim } from '../../db/claims';
import { parseId } from '../../shared/ids';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, isDuplicateKeyError } from '../../shared/errors';
import type { ServiceContext } from '../../app/context';
import { parseInput } from '../../shared/validation';
import { ianaTimeZone, languageTag } from '../organizations/reference/fields';
import { startSession } from './auth.service';
import { requireViewer } from '../../shared/access/authorize';
import { sendEmailConfirmation } from './email-confirmation.service';
import { reclaimUnprovenAddress } from './address-reclaim';
import type { InvitationDoc } from './invitation.model';
import { passwordProblem } from './password-policy';
import { ROLES, type Role } from '../../shared/access/roles';
import { hashPassword, newToken, tokenHash } from './secrets';
import type { UserDoc } from './user.model';
import { roleFitsOrganization, usersPolicy } from './users.policy';
import { emailSchema } from './users.validation';
import { organizationById, organizationsByIds } from '../organizations/organizations.queries';

type Ctx = Pick<ServiceContext, 'viewer' | 'database' | 'clock' | 'config' | 'events' | 'mailer' | 'directory'>;

const inviteInput = z.object({
  email: emailSchema,
  role: z.enum(ROLES),
  organizationId: z.string().nullish(),
  name: z.string().trim().max(200).nullish(),
});

const acceptInput = z.object({
  token: z.string().regex(/^inv_[A-Za-z0-9_-]{43}$/, 'The invitation link is not valid.'),
  name: z.string().trim().min(1, 'Give your name.').max(200, 'The name is too long.'),
  password: z.string().max(1_000),
  timeZone: ianaTimeZone('Africa/Nairobi'),
  language: languageTag,
});

/**
 * Whether the inviter is shown the link to pass on by hand: only in development or while no email
 * goes out. Elsewhere the link reaches the address only by email, which is what makes accepting it
 * a proof that the person receives mail there.
 */
export const inviterSeesLink = (ctx: Pick<Ctx, 'config' | 'mailer'>) => ctx.config.env === 'development' || !ctx.mailer.delivers;

/**
 * Secretariat admins invite anyone; coordinators invite members of their own group. The answer
 * is the same whether or not the address already has an account (accepting then says so to the
 * mailbox's owner only), so the inviter learns nothing about who is registered.
 */
export async function inviteUser(ctx: Ctx, input: unknown) {
  const viewer = requireViewer(ctx.viewer);
  const data = parseInput(inviteInput, input);
  const organizationId = data.organizationId ? parseId(data.organizationId, 'organizationId') : new Types.ObjectId(viewer.organizationId);
  const organization = await organizationById(ctx, organizationId);
  if (!organization) throw new NotFoundError('Organisation');
  if (!usersPolicy.invite(viewer, { role: data.role, organization })) throw new ForbiddenError('You cannot invite this person with this role.');
  if (!roleFitsOrganization(data.role, organization.kind)) {
    throw new BadUserInputError(`A ${data.role} cannot belong to a ${organization.kind}.`, 'role');
  }
  const now = ctx.clock.now();
  await supersedeEarlier(ctx, data.email, now);
  const token = newToken('inv');
  const showLink = inviterSeesLink(ctx);
  const invitation = await ctx.database.models.Invitation.create({
    _id: tokenHash(token),
    email: data.email,
    role: data.role,
    organizationId,
    name: data.name ?? null,
    invitedBy: new Types.ObjectId(viewer.userId),
    expiresAt: new Date(now.getTime() + ctx.config.invitationTtlMs),
    linkShownToInviter: showLink,
  });
  const inviteUrl = `${publicBaseUrl(ctx.config)}/invitations/accept?token=${encodeURIComponent(token)}`;
  ctx.events.emit('user.invited', { invitationId: String(invitation._id), inviteUrl, invitedBy: viewer.userId });
  return { invitation: invitation.toObject(), organization, inviteUrl: showLink ? inviteUrl : null, emailed: ctx.mailer.delivers };
}

/**
 * A new invitation replaces the earlier ones to the same email that the inviter could have
 * issued: a coordinator's never replaces the Secretariat's, nor another group's.
 */
async function supersedeEarlier(ctx: Ctx, email: string, now: Date): Promise<void> {
  const viewer = requireViewer(ctx.viewer);
  const pending = await ctx.database.models.Invitation.find({ email, acceptedAt: null, supersededAt: null }).lean<InvitationDoc[]>();
  if (pending.length === 0) return;
  const organizations = await organizationsByIds(
    ctx,
    pending.map((i) => i.organizationId),
  );
  const byId = new Map(organizations.map((o) => [String(o._id), o]));
  const replaceable = pending.filter((earlier) => {
    const organization = byId.get(String(earlier.organizationId));
    return organization !== undefined && usersPolicy.invite(viewer, { role: earlier.role as Role, organization });
  });
  if (replaceable.length === 0) return;
  await ctx.database.models.Invitation.updateMany(
    { _id: { $in: replaceable.map((i) => i._id) }, acceptedAt: null, supersededAt: null },
    { $set: { supersededAt: now } },
  );
}

/** Single use: the first acceptance claims the invitation; later ones get CONFLICT. */
export async function acceptInvitation(ctx: Ctx, input: unknown) {
  const data = parseInput(acceptInput, input);
  const id = tokenHash(data.token);
  const invitation = await ctx.database.models.Invitation.findById(id).lean<InvitationDoc & { _id: string }>();
  if (!invitation) throw new NotFoundError('Invitation');
  const now = ctx.clock.now();
  if (invitation.acceptedAt) throw new ConflictError('This invitation has already been used. Sign in instead.', 'INVITATION_USED');
  if (invitation.supersededAt) throw new ConflictError('A newer invitation replaced this one; use the latest link.', 'INVITATION_SUPERSEDED');
  if (invitation.expiresAt <= now) throw new BadUserInputError('This invitation has expired; ask for a new one.', 'token');
  const problem = passwordProblem(data.password, invitation.email);
  if (problem) throw new BadUserInputError(problem, 'password');

  const claim = `invitation:${id}:accepted`;
  if (!(await tryClaim(ctx.database.db, claim, { kind: 'invitation', now }))) {
    throw new ConflictError('This invitation has already been used. Sign in instead.', 'INVITATION_USED');
  }
  // Only a link that reached the address by email alone proves the person receives mail there.
  const proven = !invitation.linkShownToInviter;
  if (proven) await reclaimUnprovenAddress(ctx, invitation.email);
  let user: UserDoc;
  try {
    const passwordHash = await hashPassword(data.password);
    const created = await ctx.database.models.User.create({
      email: invitation.email,
      name: data.name,
      role: invitation.role,
      organizationId: invitation.organizationId,
      timeZone: data.timeZone,
      language: data.language,
      emailVerifiedAt: proven ? now : null,
    });
    user = created.toObject() as UserDoc;
    await ctx.database.models.Credential.create({ _id: user._id, passwordHash });
  } catch (err) {
    await releaseClaim(ctx.database.db, claim);
    if (isDuplicateKeyError(err)) throw new ConflictError('Someone with this email already has an account. Sign in instead.', 'EMAIL_TAKEN');
    throw err;
  }
  await ctx.database.models.Invitation.updateOne({ _id: id }, { $set: { acceptedAt: now } });
  const session = await startSession(ctx, user._id);
  if (!proven) await sendEmailConfirmation(ctx, user);
  return { user, ...session };
}
