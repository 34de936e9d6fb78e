import type { MutationResolvers, QueryResolvers, UserResolvers } from '../../graphql/generated/resolvers-types';
import { NotFoundError } from '../../shared/errors';
import * as auth from './auth.service';
import * as confirmations from './email-confirmation.service';
import { emailProven } from './email-proof';
import * as invitations from './invitations.service';
import * as passwordResets from './password-reset.service';
import type { Role } from '../../shared/access/roles';
import * as users from './users.service';

const me: QueryResolvers['me'] = (_parent, _args, ctx) => users.me(ctx);

const signIn: MutationResolvers['signIn'] = (_parent, { input }, ctx) => auth.signIn(ctx, input);

const signOut: MutationResolvers['signOut'] = async (_parent, _args, ctx) => ({ revoked: await auth.signOut(ctx, ctx.viewer) });

const mutations: MutationResolvers = {
  signIn,
  signOut,
  inviteUser: async (_parent, { input }, ctx) => {
    const { invitation, organization, inviteUrl, emailed } = await invitations.inviteUser(ctx, input);
    return { invitation: { email: invitation.email, role: invitation.role as Role, expiresAt: invitation.expiresAt, organization }, inviteUrl, emailed };
  },
  requestEmailConfirmation: (_parent, _args, ctx) => confirmations.requestEmailConfirmation(ctx),
  confirmEmail: (_parent, { input }, ctx) => confirmations.confirmEmail(ctx, input),
  requestPasswordReset: (_parent, { input }, ctx) => passwordResets.requestPasswordReset(ctx, input),
  resetPassword: (_parent, { input }, ctx) => passwordResets.resetPassword(ctx, input),
  updateProfile: async (_parent, { input }, ctx) => ({ user: await users.updateProfile(ctx, input) }),
  acceptInvitation: (_parent, { input }, ctx) => invitations.acceptInvitation(ctx, input),
  disableUser: async (_parent, { input }, ctx) => ({ user: await users.setUserDisabled(ctx, input, true) }),
  enableUser: async (_parent, { input }, ctx) => ({ user: await users.setUserDisabled(ctx, input, false) }),
  changeUserRole: async (_parent, { input }, ctx) => ({ user: await users.changeUserRole(ctx, input) }),
};

const User: UserResolvers = {
  id: (user) => String(user._id),
  disabled: (user) => Boolean(user.disabledAt),
  emailConfirmed: (user) => emailProven(user),
  organization: async (user, _args, ctx) => {
    const organization = await ctx.loaders.organizations.byId.load(String(user.organizationId));
    if (!organization) throw new NotFoundError('Organisation');
    return organization;
  },
};

export const usersResolvers = { Query: { me }, Mutation: mutations, User };
