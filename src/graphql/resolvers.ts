import type { Resolvers } from './generated/resolvers-types';
import { DateTimeScalar } from './scalars';
import { systemResolvers } from '../modules/system/resolvers';

/** Each module exports its resolvers; this is the only place they are merged. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    ...systemResolvers.Query,
  },
};
