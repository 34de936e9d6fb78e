import { Router } from 'express';
import type { AppDeps } from '../../app/context';
import { bearer } from '../../http/bearer';
import { feedServer } from './routes/feed-server';
import { privateFeed } from './routes/private-feed.route';
import { publicFeed } from './routes/public-feed.route';
import { workshopFeed } from './routes/workshop-feed.route';

/*
 * GET (and HEAD) /calendar/public.ics[?region=CODE][&topic=CODE]   the public programme
 *     /calendar/workshops/<id>.ics                                  one workshop
 *     /calendar/private/<token>.ics                                 a person's or a group's feed
 *
 * Every feed answers a conditional request (If-None-Match, If-Modified-Since) with 304 from the
 * feed stamps alone, serves a built feed from memory while its ETag holds, and otherwise builds
 * it once (concurrent requests share the build) from cached VEVENT texts (routes/feed-server.ts).
 * Bodies are gzipped once per build and sent gzipped to clients that accept it.
 */
export function calendarRouter(deps: AppDeps): Router {
  const feeds = feedServer(deps);
  return Router()
    .get('/calendar/public.ics', publicFeed(deps, feeds))
    .get('/calendar/workshops/:file', bearer(deps), workshopFeed(deps, feeds))
    .get('/calendar/private/:file', privateFeed(deps, feeds));
}
