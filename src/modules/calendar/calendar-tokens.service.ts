import type { Types } from 'mongoose';
import { calendarPolicy } from './calendar.policy';
import type { AppDeps } from '../../app/context';
import { newToken, tokenHash } from '../users/secrets';
import { openToken, sealToken } from './sealed-token';
import type { UserDoc } from '../users/user.model';
import type { CalendarTokenDoc, PrivateFeed } from './calendar-token.model';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config'>;

/**
 * Private feed links carry a token (256 random bits, `exc_` prefix); its SHA-256 is the document's
 * `_id`, and the token is stored only sealed (sealed-token.ts) so its owner can see it again while
 * signed in. calendarFeeds issues one on first use, rotateCalendarToken issues a new one and deletes
 * the old at once.
 * Two concurrent first calls may each issue a token; both are the caller's and both die on the
 * next rotation, disabling or erasure.
 */
const TOKEN_SHAPE = /^exc_[A-Za-z0-9_-]{43}$/;

export function whoMayHave(feed: PrivateFeed, user: Pick<UserDoc, 'role' | 'disabledAt'>): boolean {
  if (user.disabledAt) return false;
  return feed === 'PERSONAL' || calendarPolicy.groupFeed(user.role);
}

export async function currentTokens(deps: Deps, userId: Types.ObjectId): Promise<CalendarTokenDoc[]> {
  return deps.database.models.CalendarToken.find({ userId }).lean<CalendarTokenDoc[]>();
}

export async function issueToken(
  deps: Deps,
  user: Pick<UserDoc, '_id' | 'organizationId'>,
  feed: PrivateFeed,
): Promise<{ token: string; doc: CalendarTokenDoc }> {
  const token = newToken('exc');
  const sealed = sealToken(deps.config.notifications.linkSigningSecret, token, sealBinding(user._id, feed));
  const doc = { _id: tokenHash(token), userId: user._id, feed, organizationId: user.organizationId, issuedAt: deps.clock.now(), sealed };
  await deps.database.models.CalendarToken.create(doc);
  return { token, doc };
}

/** The link's token for its owner, or null when it cannot be opened (issued before sealing, or under another secret). */
export function storedToken(deps: Pick<AppDeps, 'config'>, doc: CalendarTokenDoc): string | null {
  if (!doc.sealed) return null;
  const token = openToken(deps.config.notifications.linkSigningSecret, doc.sealed, sealBinding(doc.userId, doc.feed as PrivateFeed));
  // The hash proves the opened token is the one this row stands for.
  return token && tokenHash(token) === doc._id ? token : null;
}

const sealBinding = (userId: Types.ObjectId, feed: PrivateFeed) => `${String(userId)}:${feed}`;

/** Deletes the person's links (all, or one feed's): they answer 404 from the next request on. */
export async function revokeCalendarTokens(deps: Pick<AppDeps, 'database'>, userId: Types.ObjectId, feed?: PrivateFeed): Promise<number> {
  const result = await deps.database.models.CalendarToken.deleteMany({ userId, ...(feed ? { feed } : {}) });
  return result.deletedCount;
}

/** The token's document, or null for a malformed, unknown or revoked token (callers answer the same 404). */
export async function findToken(deps: Pick<AppDeps, 'database'>, token: string): Promise<CalendarTokenDoc | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  return deps.database.models.CalendarToken.findById(tokenHash(token)).lean<CalendarTokenDoc>();
}
