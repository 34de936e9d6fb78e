import { Readable } from 'node:stream';
import { workshopById } from '../workshops/workshops.queries';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { Router, type Request, type Response } from 'express';
import { Types } from 'mongoose';
import { ErrorCode } from '../../errors';
import type { AppDeps } from '../../app/context';
import { sendError } from '../../http/http-errors';
import { topicLabel } from '../organizations/reference/topics';
import { bearer, signedInOf } from '../../http/bearer';
import { calendarPolicy } from './calendar.policy';
import type { WorkshopDoc } from '../workshops/workshop.model';
import { findToken, whoMayHave } from './calendar-tokens.service';
import { buildFeed, cachesFor, feedValidity, type BuiltFeed, type FeedEntry } from './feed-builder';
import { readStamps, type Stamps } from './feed-stamps';
import { groupEntries, loadPublicWorkshops, personalEntries, publicEntries, type FeedWorkshop } from './feeds.service';
import { publicBaseUrl } from '../../http/public-url';
import { workshopIcs } from './workshop-event';
import { userById } from '../users/users.queries';

/*
 * GET (and HEAD) /calendar/public.ics[?region=CODE][&topic=CODE]   the public programme
 *     /calendar/workshops/<id>.ics                                  one workshop
 *     /calendar/private/<token>.ics                                 a person's or a group's feed
 *
 * Every feed answers a conditional request (If-None-Match, If-Modified-Since) with 304 from the
 * feed stamps alone, serves a built feed from memory while its ETag holds, and otherwise builds
 * it once (concurrent requests share the build) from cached VEVENT texts. Bodies are gzipped once
 * per build and sent gzipped to clients that accept it.
 */

const NOT_FOUND_MESSAGE = 'Calendar feed not found.';
const notFound = (res: Response) => sendError(res, 404, ErrorCode.NOT_FOUND, NOT_FOUND_MESSAGE);
const PUBLIC_CACHE = 'public, max-age=300';
const PRIVATE_CACHE = 'private, no-cache';

interface FeedSpec {
  key: string;
  stamps: Stamps;
  includeRegistrations: boolean;
  cacheControl: string;
  filename: string;
  name: string;
  description: string;
  /** The feed's events; null when there is no such feed (404, nothing cached). */
  entries: () => Promise<FeedEntry[] | null>;
}

export function calendarRouter(deps: AppDeps): Router {
  const router = Router();
  const caches = cachesFor(deps.database, deps.config);
  const inflight = new Map<string, Promise<BuiltFeed | null>>();

  async function serve(req: Request, res: Response, spec: FeedSpec): Promise<void> {
    const validity = feedValidity(spec.key, spec.stamps, deps.clock.now(), spec.includeRegistrations);
    res.setHeader('Cache-Control', spec.cacheControl);
    res.setHeader('Vary', 'Accept-Encoding');
    if (notModified(req, validity.etag, validity.lastModified)) {
      res.setHeader('ETag', validity.etag);
      res.setHeader('Last-Modified', validity.lastModified.toUTCString());
      res.status(304).end();
      return;
    }
    let feed = caches.feeds.get(spec.key);
    if (feed?.etag !== validity.etag) {
      const buildKey = `${spec.key}|${validity.etag}`;
      let building = inflight.get(buildKey);
      if (!building) {
        building = (async () => {
          const entries = await spec.entries();
          if (!entries) return null;
          return buildFeed(
            caches,
            {
              name: spec.name,
              description: spec.description,
              publicUrl: publicBaseUrl(deps.config),
              refreshMinutes: deps.config.calendar.refreshMinutes,
              ...validity,
            },
            entries,
          );
        })().finally(() => inflight.delete(buildKey));
        inflight.set(buildKey, building);
      }
      const built = await building;
      if (!built) return notFound(res);
      feed = built;
      caches.feeds.set(spec.key, feed);
    }
    await sendCalendar(req, res, { gzipped: feed.gzipped, length: feed.length }, spec.filename, { etag: feed.etag, lastModified: feed.lastModified });
  }

  /** The public programme's workshops, loaded once per stamp and day for all public feeds. */
  function publicWorkshops(basis: string): Promise<FeedWorkshop[]> {
    if (caches.publicSet?.basis !== basis) {
      const workshops = loadPublicWorkshops(deps);
      workshops.catch(() => {
        if (caches.publicSet?.workshops === workshops) caches.publicSet = null;
      });
      caches.publicSet = { basis, workshops };
    }
    return caches.publicSet.workshops as Promise<FeedWorkshop[]>;
  }

  router.get('/calendar/public.ics', async (req, res, next) => {
    try {
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
      const key = `public:${filter.region ?? '*'}:${filter.topic ?? '*'}`;
      const scope = [filter.region ? titleOf(filter.region) : null, filter.topic ? topicLabel(filter.topic) : null].filter(Boolean).join(', ');
      await serve(req, res, {
        key,
        stamps,
        includeRegistrations: false,
        cacheControl: PUBLIC_CACHE,
        filename: 'public.ics',
        name: scope ? `Workshops: ${scope}` : 'Workshops: public programme',
        description: 'The network’s published workshops, forums and webinars.',
        entries: async () => publicEntries(await publicWorkshops(feedValidity('public', stamps, deps.clock.now(), false).basis), filter),
      });
    } catch (err) {
      next(err);
    }
  });

  router.get('/calendar/workshops/:file', bearer(deps), async (req, res, next) => {
    try {
      const id = /^([0-9a-f]{24})\.ics$/i.exec(String(req.params.file))?.[1];
      if (!id) return notFound(res);
      const secretariat = calendarPolicy.seeEveryWorkshop(signedInOf(res)?.viewer ?? null);
      const stamps = await readStamps(deps, ['workshops']);
      let workshop: WorkshopDoc | null | undefined;
      const load = async () => (workshop ??= await workshopById(deps, new Types.ObjectId(id)));
      const isPublic = (w: WorkshopDoc) => w.status === 'PUBLISHED' || w.status === 'COMPLETED' || (w.status === 'CANCELLED' && Boolean(w.publishedAt));
      if (secretariat) {
        // A draft is the Secretariat's alone: its copy is never cached.
        const found = await load();
        if (!found) return notFound(res);
        if (!isPublic(found)) {
          const body = Buffer.from(workshopIcs(found, { publicUrl: publicBaseUrl(deps.config), includeJoiningLink: false }), 'utf8');
          res.setHeader('Cache-Control', 'private, no-store');
          return sendCalendar(req, res, { body }, `workshop-${id}.ics`, null);
        }
      }
      await serve(req, res, {
        key: `workshop:${id}`,
        stamps,
        includeRegistrations: false,
        cacheControl: PUBLIC_CACHE,
        filename: `workshop-${id}.ics`,
        name: 'Workshop',
        description: 'One workshop of the network’s programme.',
        // Built (and cached) only for a public workshop; any change to one raises the stamps.
        entries: async () => {
          const found = await load();
          return found && isPublic(found) ? [{ workshop: found, includeJoiningLink: false, tentative: false }] : null;
        },
      });
    } catch (err) {
      next(err);
    }
  });

  router.get('/calendar/private/:file', async (req, res, next) => {
    try {
      const token = /^(.+)\.ics$/.exec(req.params.file)?.[1] ?? '';
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
      await serve(req, res, {
        key: personal ? `person:${String(tokenDoc.userId)}:${proven}` : `group:${String(tokenDoc.organizationId)}`,
        stamps,
        includeRegistrations: true,
        cacheControl: PRIVATE_CACHE,
        filename: personal ? 'my-workshops.ics' : 'group-workshops.ics',
        name: personal ? 'My workshops' : 'My group’s workshops',
        description: personal ? 'The workshops you are registered for.' : 'The workshops your group’s people are registered for.',
        entries: () => (personal ? personalEntries(deps, owner) : groupEntries(deps, tokenDoc.organizationId)),
      });
    } catch (err) {
      next(err);
    }
  });

  return router;
}

function notModified(req: Request, etag: string, lastModified: Date): boolean {
  const tags = req.headers['if-none-match'];
  if (tags) {
    const bare = etag.replace(/^W\//, '');
    return tags.trim() === '*' || tags.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare);
  }
  const since = req.headers['if-modified-since'];
  if (since) {
    const at = Date.parse(since);
    return !Number.isNaN(at) && lastModified.getTime() <= at;
  }
  return false;
}

/** Sends a body, gzipped to clients that accept it (Content-Length exact, so HEAD matches GET). */
async function sendCalendar(
  req: Request,
  res: Response,
  content: { gzipped: Buffer; length: number } | { body: Buffer },
  filename: string,
  validators: { etag: string; lastModified: Date } | null,
): Promise<void> {
  res.status(200);
  res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
  res.setHeader('Content-Disposition', `inline; filename="${filename}"`);
  if (validators) {
    res.setHeader('ETag', validators.etag);
    res.setHeader('Last-Modified', validators.lastModified.toUTCString());
  }
  let payload: Buffer;
  if ('body' in content) payload = content.body;
  // Only when asked: with no Accept-Encoding at all, Express would pick gzip (RFC-allowed, surprising).
  else if (req.headers['accept-encoding'] && req.acceptsEncodings('gzip', 'identity') === 'gzip') {
    res.setHeader('Content-Encoding', 'gzip');
    payload = content.gzipped;
  } else {
    res.setHeader('Content-Length', String(content.length));
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    // Unzipped as it is sent: a 100,000-event feed is 80 MB as text, and several clients may ask at once.
    await pipeline(Readable.from([content.gzipped]), createGunzip(), res).catch((err: unknown) => {
      // A client that leaves mid-feed is no error of ours.
      if ((err as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw err;
    });
    return;
  }
  res.setHeader('Content-Length', String(payload.length));
  res.end(payload);
}

const titleOf = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');
