import type { QueryResolvers } from '../../graphql/generated/resolvers-types';
import * as system from './system.service';

const serverInfo: QueryResolvers['serverInfo'] = (_parent, _args, ctx) => system.serverInfo(ctx);

export const systemResolvers = { Query: { serverInfo } };
