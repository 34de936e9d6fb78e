import { z } from 'zod';
import { updateAlone } from '../../db/document-lock';
import { parseId } from '../../shared/ids';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../shared/errors';
import type { ServiceContext } from '../../app/context';
import { parseInput } from '../../shared/validation';
import { revokeAllSessions } from './auth.service';
import { requireViewer } from '../../shared/access/authorize';
import { ROLES } from '../../shared/access/roles';
import type { UserDoc } from './user.model';
import { roleFitsOrganization, usersPolicy } from './users.policy';
import { organizationById } from '../organizations/organizations.queries';
import { ianaTimeZone, languageTag } from '../organizations/reference/fields';

type Ctx = Pick<ServiceContext, 'viewer' | 'database' | 'clock' | 'config' | 'events' | 'directory'>;

/** The signed-in person (already read by authentication), or null for an anonymous request. */
export async function me(ctx: Pick<ServiceContext, 'viewer' | 'loaders'>): Promise<UserDoc | null> {
  return ctx.viewer ? ctx.loaders.users.byId.load(ctx.viewer.userId) : null;
}

const profileInput = z.object({
  name: z.string().trim().min(1, 'Give your name.').max(120, 'The name must have at most 120 characters.').nullish(),
  language: languageTag.nullish(),
  timeZone: ianaTimeZone('Africa/Nairobi').nullish(),
});

/**
 * updateProfile: the signed-in person's own name, language and time zone (a field left out or null
 * stays). One logged write by `_id`, so the accounts in memory of every process (access.reads.ts)
 * see the new language and zone on their next request.
 */
export async function updateProfile(ctx: Pick<ServiceContext, 'viewer' | 'database' | 'loaders'>, input: unknown): Promise<UserDoc> {
  const viewer = requireViewer(ctx.viewer);
  const data = parseInput(profileInput, input);
  const changes = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null && value !== undefined));
  const userId = parseId(viewer.userId);
  const user =
    Object.keys(changes).length === 0
      ? await ctx.loaders.users.byId.load(viewer.userId)
      : await updateAlone<UserDoc>(ctx.database, ctx.database.models.User, { _id: userId }, { $set: changes });
  if (!user) throw new NotFoundError('User');
  // The rest of this request reads the person as changed.
  ctx.loaders.users.byId.clear(viewer.userId).prime(viewer.userId, user);
  return user;
}

export async function setUserDisabled(ctx: Ctx, input: { id: string }, disabled: boolean): Promise<UserDoc> {
  const viewer = requireViewer(ctx.viewer);
  if (!usersPolicy.administer(viewer)) throw new ForbiddenError();
  const userId = parseId(input.id);
  if (String(userId) === viewer.userId) throw new BadUserInputError('You cannot disable or enable your own account.', 'id');
  const user = await updateAlone<UserDoc>(ctx.database, ctx.database.models.User, { _id: userId }, { $set: { disabledAt: disabled ? ctx.clock.now() : null } });
  if (!user) throw new NotFoundError('User');
  if (disabled) {
    await revokeAllSessions(ctx, userId);
    await ctx.events.publish('user.disabled', { userId: String(userId) }, { failOnError: true });
  }
  return user;
}

export async function changeUserRole(ctx: Ctx, input: { id: string; role: string }): Promise<UserDoc> {
  const viewer = requireViewer(ctx.viewer);
  if (!usersPolicy.administer(viewer)) throw new ForbiddenError();
  const role = parseInput(z.enum(ROLES), input.role, 'role');
  const userId = parseId(input.id);
  if (String(userId) === viewer.userId) throw new BadUserInputError('Ask another admin to change your own role.', 'id');
  const current = await ctx.database.models.User.findById(userId).lean<UserDoc>();
  if (!current) throw new NotFoundError('User');
  const organization = await organizationById(ctx, current.organizationId);
  if (!organization || !roleFitsOrganization(role, organization.kind)) {
    throw new BadUserInputError(`A ${role} cannot belong to a ${organization?.kind ?? 'missing organisation'}.`, 'role');
  }
  const user = await updateAlone<UserDoc>(ctx.database, ctx.database.models.User, { _id: userId }, { $set: { role } });
  if (!user) throw new NotFoundError('User');
  await ctx.events.publish('user.roleChanged', { userId: String(userId), role }, { failOnError: true });
  return user;
}
