import type { ServiceContext } from '../../app/context';
import { instantToZoned } from '../../shared/time/zoned-time';
import type { WorkshopSessionDoc } from './workshop.model';

/** A session as resolvers see it: with its workshop's zone and id, for times and the link rule. */
export type SessionInWorkshop = WorkshopSessionDoc & { venueTimeZone: string; workshopId: string };

/** A start and end resolved lazily into the venue's zone and the viewer's own. */
export interface TimeSpan {
  startsAt: Date;
  endsAt: Date;
  venueTimeZone: string;
}

const zoned = (instant: Date, zone: string) => {
  const z = instantToZoned(instant, zone);
  return { iso: z.iso, local: z.local, timeZone: z.zone, offset: z.offset, abbreviation: z.abbreviation };
};

export const venueTime = (span: TimeSpan, which: 'startsAt' | 'endsAt') => zoned(span[which], span.venueTimeZone);

/** The signed-in person was read by authentication: their zone costs no database command. */
export async function viewerTime(span: TimeSpan, which: 'startsAt' | 'endsAt', ctx: Pick<ServiceContext, 'viewer' | 'accounts'>) {
  if (!ctx.viewer) return null;
  // The account in memory (proven when the request was signed in): no read per field.
  const account = (await ctx.accounts.current()).get(ctx.viewer.userId);
  return account ? zoned(span[which], account.timeZone) : null;
}
