import type { RequestHandler } from 'express';
import type { AppDeps } from '../../../app/context';
import { ErrorCode } from '../../../shared/errors';
import { sendError } from '../../../http/http-errors';
import { topicLabel } from '../../organizations/reference/topics';
import { regionLabel } from '../../organizations/reference/regions';
import { readStamps } from '../feed-stamps';
import { publicEntries } from '../feeds.service';
import { feedValidity } from '../ics/feed-builder';
import { PUBLIC_CACHE, type FeedServer } from './feed-server';

/** GET /calendar/public.ics[?region=CODE][&topic=CODE]: the public programme, or a region's or topic's part of it. */
export function publicFeed(deps: AppDeps, feeds: FeedServer): RequestHandler {
  return async (req, res) => {
    const filter: { region?: string; topic?: string } = {};
    for (const [field, allowed] of [
      ['region', deps.config.regions],
      ['topic', deps.config.topics],
    ] as const) {
      const value = (req.query as Record<string, unknown>)[field];
      if (value === undefined) continue;
      if (typeof value !== 'string') return sendError(res, 400, ErrorCode.BAD_USER_INPUT, `Give ${field} once.`, { field });
      const code = value.trim().toUpperCase();
      if (!allowed.includes(code)) return sendError(res, 400, ErrorCode.BAD_USER_INPUT, `Unknown ${field} code; use one of the configured codes.`, { field });
      filter[field] = code;
    }
    const stamps = await readStamps(deps, ['workshops']);
    const scope = [filter.region ? regionLabel(filter.region) : null, filter.topic ? topicLabel(filter.topic) : null].filter(Boolean).join(', ');
    await feeds.serve(req, res, {
      key: `public:${filter.region ?? '*'}:${filter.topic ?? '*'}`,
      stamps,
      includeRegistrations: false,
      cacheControl: PUBLIC_CACHE,
      filename: 'public.ics',
      name: scope ? `Workshops: ${scope}` : 'Workshops: public programme',
      description: 'The network’s published workshops, forums and webinars.',
      entries: async () => publicEntries(await feeds.publicWorkshops(feedValidity('public', stamps, deps.clock.now(), false).basis), filter),
    });
  };
}
