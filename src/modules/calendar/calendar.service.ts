import { z } from 'zod';
import { ForbiddenError, UnauthenticatedError } from '../../shared/errors';
import type { ServiceContext } from '../../app/context';
import { parseInput } from '../../shared/validation';
import type { UserDoc } from '../users/user.model';
import { topicLabel } from '../organizations/reference/topics';
import { regionLabel } from '../organizations/reference/regions';
import { feedLink, type FeedLink } from './calendar-links';
import { PRIVATE_FEEDS, type CalendarTokenDoc, type PrivateFeed } from './calendar-token.model';
import { currentTokens, issueToken, revokeCalendarTokens, storedToken, whoMayHave } from './calendar-tokens.service';

type Ctx = Pick<ServiceContext, 'viewer' | 'database' | 'clock' | 'config' | 'loaders'>;

interface PrivateFeedLink {
  feed: PrivateFeed;
  issuedAt: Date;
  link: FeedLink | null;
}

export interface CalendarFeeds {
  public: FeedLink;
  regions: FeedLink[];
  topics: FeedLink[];
  personal: PrivateFeedLink | null;
  group: PrivateFeedLink | null;
}

const FEED_NAMES: Record<PrivateFeed, string> = { PERSONAL: 'My workshops', GROUP: 'My group’s workshops' };

/**
 * The caller's subscriptions. Anonymous callers get the public links (subscribing to the public
 * programme needs no account). A signed-in caller's missing private links are issued here; existing
 * ones are shown again to their owner.
 */
export async function calendarFeeds(ctx: Ctx): Promise<CalendarFeeds> {
  const feeds = publicFeeds(ctx);
  if (!ctx.viewer) return feeds;
  const user = await signedInUser(ctx);
  const existing = await currentTokens(ctx, user._id);
  return { ...feeds, ...(await privateFeeds(ctx, user, existing, [])) };
}

export async function rotateCalendarToken(ctx: Ctx, input: unknown): Promise<CalendarFeeds> {
  if (!ctx.viewer) throw new UnauthenticatedError();
  const { feed } = parseInput(z.object({ feed: z.enum(PRIVATE_FEEDS).nullish() }), input);
  const user = await signedInUser(ctx);
  if (feed && !whoMayHave(feed, user)) throw new ForbiddenError('Group feeds are for group coordinators.');
  // Revoke first: the old link is dead before the new one exists (a crash in between leaves none,
  // and the next calendarFeeds issues one).
  await revokeCalendarTokens(ctx, user._id, feed ?? undefined);
  const rotated = feed ? [feed] : PRIVATE_FEEDS.filter((f) => whoMayHave(f, user));
  const remaining = feed ? (await currentTokens(ctx, user._id)).filter((t) => t.feed !== feed) : [];
  return { ...publicFeeds(ctx), ...(await privateFeeds(ctx, user, remaining, rotated)) };
}

function publicFeeds(ctx: Ctx): CalendarFeeds {
  return {
    public: feedLink(ctx.config, '/calendar/public.ics', 'Workshops: public programme'),
    regions: ctx.config.regions.map((code) => feedLink(ctx.config, `/calendar/public.ics?region=${code}`, `Workshops: ${regionLabel(code)}`)),
    topics: ctx.config.topics.map((code) => feedLink(ctx.config, `/calendar/public.ics?topic=${code}`, `Workshops: ${topicLabel(code)}`)),
    personal: null,
    group: null,
  };
}

async function signedInUser(ctx: Ctx): Promise<UserDoc> {
  const user = await ctx.loaders.users.byId.load(ctx.viewer!.userId);
  if (!user) throw new UnauthenticatedError();
  return user;
}

const privateLink = (ctx: Ctx, token: string, feed: PrivateFeed) => feedLink(ctx.config, `/calendar/private/${token}.ics`, FEED_NAMES[feed]);

/** Shows existing links to their owner (when their sealed token opens), and issues the missing ones. */
async function privateFeeds(ctx: Ctx, user: UserDoc, existing: CalendarTokenDoc[], fresh: PrivateFeed[]) {
  const result: Pick<CalendarFeeds, 'personal' | 'group'> = { personal: null, group: null };
  for (const feed of PRIVATE_FEEDS) {
    if (!whoMayHave(feed, user)) continue;
    const current = existing
      .filter((t) => t.feed === feed && (feed === 'PERSONAL' || String(t.organizationId) === String(user.organizationId)))
      .sort((a, b) => b.issuedAt.getTime() - a.issuedAt.getTime())[0];
    let entry: PrivateFeedLink;
    const kept = current && !fresh.includes(feed) ? storedToken(ctx, current) : null;
    if (current && !fresh.includes(feed)) {
      entry = { feed, issuedAt: current.issuedAt, link: kept ? privateLink(ctx, kept, feed) : null };
    } else {
      const { token, doc } = await issueToken(ctx, user, feed);
      entry = { feed, issuedAt: doc.issuedAt, link: privateLink(ctx, token, feed) };
    }
    if (feed === 'PERSONAL') result.personal = entry;
    else result.group = entry;
  }
  return result;
}
