import type { ServiceContext } from '../../app/context';

export const SERVICE_NAME = 'exchange';

export function serverInfo(ctx: Pick<ServiceContext, 'clock' | 'version'>) {
  return { name: SERVICE_NAME, version: ctx.version, time: ctx.clock.now() };
}
