import type { GraphQLContext } from '../../graphql/context';

export const SERVICE_NAME = 'exchange';

export function serverInfo(ctx: Pick<GraphQLContext, 'clock' | 'version'>) {
  return { name: SERVICE_NAME, version: ctx.version, time: ctx.clock.now() };
}
