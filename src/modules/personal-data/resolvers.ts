import type { MutationResolvers } from '../../graphql/generated/resolvers-types';
import { erasePerson } from './personal-data.service';

const mutations: MutationResolvers = {
  erasePerson: (_parent, { input }, ctx) => erasePerson(ctx, input),
};

export const personalDataResolvers = { Mutation: mutations };
