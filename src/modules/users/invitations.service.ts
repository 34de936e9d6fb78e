import { Types } from 'mongoose';
import { publicBaseUrl } from '../../http/public-url';
import { z } from 'zod';
import { releaseClaim, tryClaim } from '../../db/claims';
import { parseId } from '../../db/ids';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError, isDuplicateKeyError } from '../../errors';
import type { GraphQLContext } from '../../graphql/context';
import { parseInput } from '../../validation';
import type { OrganizationDoc } from '../organizations/organization.model';
import { ianaTimeZone, languageTag } from '../organizations/reference/fields';
import { startSession } from './auth.service';
import { requireViewer } from './authorize';
import { passwordProblem } from './password-policy';
import { ROLES } from './roles';
import { hashPassword, newToken, tokenHash } from './secrets';
import type { UserDoc } from './user.model';
import { roleFitsOrganization, usersPolicy } from './users.policy';
import { emailSchema } from './users.validation';

type Ctx = Pick<GraphQLContext, 'viewer' | 'database' | 'clock' | 'config' | 'events'>;

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

/** Secretariat admins invite anyone; coordinators invite members of their own group. Returns the link. */
export async function inviteUser(ctx: Ctx, input: unknown) {
  const viewer = requireViewer(ctx.viewer);
  const data = parseInput(inviteInput, input);
  const organizationId = data.organizationId ? parseId(data.organizationId, 'organizationId') : new Types.ObjectId(viewer.organizationId);
  const organization = await ctx.database.models.Organization.findById(organizationId).lean<OrganizationDoc>();
  if (!organization) throw new NotFoundError('Organisation');
  if (!usersPolicy.invite(viewer, { role: data.role, organization })) throw new ForbiddenError('You cannot invite this person with this role.');
  if (!roleFitsOrganization(data.role, organization.kind)) {
    throw new BadUserInputError(`A ${data.role} cannot belong to a ${organization.kind}.`, 'role');
  }
  if (await ctx.database.models.User.exists({ email: data.email })) {
    throw new ConflictError('Someone with this email already has an account.', 'EMAIL_TAKEN');
  }
  const now = ctx.clock.now();
  // A new invitation replaces earlier ones to the same email: only the newest link works.
  await ctx.database.models.Invitation.updateMany(
    { email: data.email, acceptedAt: null, supersededAt: null },
    { $set: { supersededAt: now } },
  );
  const token = newToken('inv');
  const invitation = await ctx.database.models.Invitation.create({
    _id: tokenHash(token),
    email: data.email,
    role: data.role,
    organizationId,
    name: data.name ?? null,
    invitedBy: new Types.ObjectId(viewer.userId),
    expiresAt: new Date(now.getTime() + ctx.config.invitationTtlMs),
  });
  const inviteUrl = `${publicBaseUrl(ctx.config)}/invitations/accept?token=${encodeURIComponent(token)}`;
  ctx.events.emit('user.invited', { invitationId: String(invitation._id), inviteUrl, invitedBy: viewer.userId });
  return { invitation: invitation.toObject(), organization, inviteUrl, token };
}

/** Single use: the first acceptance claims the invitation; later ones get CONFLICT. */
export async function acceptInvitation(ctx: Ctx, input: unknown) {
  const data = parseInput(acceptInput, input);
  const id = tokenHash(data.token);
  const invitation = await ctx.database.models.Invitation.findById(id).lean();
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
    });
    user = created.toObject() as UserDoc;
    await ctx.database.models.Credential.create({ _id: user._id, passwordHash });
  } catch (err) {
    await releaseClaim(ctx.database.db, claim);
    if (isDuplicateKeyError(err)) throw new ConflictError('Someone with this email already has an account.', 'EMAIL_TAKEN');
    throw err;
  }
  await ctx.database.models.Invitation.updateOne({ _id: id }, { $set: { acceptedAt: now } });
  const session = await startSession(ctx, user._id);
  return { user, ...session };
}
