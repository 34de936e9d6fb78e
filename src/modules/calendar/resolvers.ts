import type { MutationResolvers, QueryResolvers } from '../../graphql/generated/resolvers-types';
import * as calendar from './calendar.service';

const queries: QueryResolvers = {
  calendarFeeds: (_parent, _args, ctx) => calendar.calendarFeeds(ctx),
};

const mutations: MutationResolvers = {
  rotateCalendarToken: async (_parent, { input }, ctx) => ({ calendarFeeds: await calendar.rotateCalendarToken(ctx, input) }),
};

export const calendarResolvers = { Query: queries, Mutation: mutations };
