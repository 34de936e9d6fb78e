import type { RequestHandler } from 'express';
import type { AppDeps } from '../../../app/context';
import { userById } from '../../users/users.queries';
import { findToken, whoMayHave } from '../calendar-tokens.service';
import { readStamps } from '../feed-stamps';
import { groupEntries, personalEntries } from '../feeds.service';
import { PRIVATE_CACHE, notFound, type FeedServer } from './feed-server';

/** GET /calendar/private/<token>.ics: a person's or a group's feed, opened by its secret link. */
export function privateFeed(deps: AppDeps, feeds: FeedServer): RequestHandler {
  return async (req, res) => {
    const token = /^(.+)\.ics$/.exec(String(req.params.file))?.[1] ?? '';
    const [tokenDoc, stamps] = await Promise.all([findToken(deps, token), readStamps(deps, ['workshops', 'registrations'])]);
    if (!tokenDoc) return notFound(res);
    const personal = tokenDoc.feed === 'PERSONAL';
    // The owner is checked before anything is answered, a 304 included: a link whose owner lost
    // the right to it opens nothing.
    const owner = await userById(deps.database, tokenDoc.userId);
    if (!owner || !whoMayHave(tokenDoc.feed, owner) || (!personal && String(owner.organizationId) !== String(tokenDoc.organizationId))) {
      return notFound(res);
    }
    // A person's feed also shows what was registered under their address once they prove it.
    const proven = owner.emailVerifiedAt ? `${owner.email}@${owner.emailVerifiedAt.getTime()}` : '-';
    await feeds.serve(req, res, {
      key: personal ? `person:${String(tokenDoc.userId)}:${proven}` : `group:${String(tokenDoc.organizationId)}`,
      stamps,
      includeRegistrations: true,
      cacheControl: PRIVATE_CACHE,
      filename: personal ? 'my-workshops.ics' : 'group-workshops.ics',
      name: personal ? 'My workshops' : 'My group’s workshops',
      description: personal ? 'The workshops you are registered for.' : 'The workshops your group’s people are registered for.',
      entries: () => (personal ? personalEntries(deps, owner) : groupEntries(deps, tokenDoc.organizationId)),
    });
  };
}
