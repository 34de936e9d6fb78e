import type { MutationResolvers, QueryResolvers, UserResolvers } from '../../graphql/generated/resolvers-types';
import { NotFoundError } from '../../errors';
import * as auth from './auth.service';
import * as users from './users.service';

const me: QueryResolvers['me'] = (_parent, _args, ctx) => users.me(ctx);

const signIn: MutationResolvers['signIn'] = (_parent, { input }, ctx) => auth.signIn(ctx, input);

const signOut: MutationResolvers['signOut'] = async (_parent, _args, ctx) => ({ revoked: await auth.signOut(ctx, ctx.viewer) });

const User: UserResolvers = {
  id: (user) => String(user._id),
  disabled: (user) => Boolean(user.disabledAt),
  organization: async (user, _args, ctx) => {
    const organization = await ctx.loaders.organizations.byId.load(String(user.organizationId));
    if (!organization) throw new NotFoundError('Organisation');
    return organization;
  },
};

export const usersResolvers = { Query: { me }, Mutation: { signIn, signOut }, User };
