import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type { Request, Response } from 'express';
import type { AppDeps } from '../../../app/context';
import { ErrorCode } from '../../../shared/errors';
import { sendError } from '../../../http/http-errors';
import { publicBaseUrl } from '../../../http/public-url';
import type { Stamps } from '../feed-stamps';
import { loadPublicWorkshops, type FeedWorkshop } from '../feeds.service';
import { buildFeed, cachesFor, feedValidity, type BuiltFeed, type FeedEntry } from '../ics/feed-builder';

export const notFound = (res: Response) => sendError(res, 404, ErrorCode.NOT_FOUND, 'Calendar feed not found.');
export const PUBLIC_CACHE = 'public, max-age=300';
export const PRIVATE_CACHE = 'private, no-cache';

/** One feed as a route asks for it: its cache key, what it follows, how it is named and its events. */
export interface FeedSpec {
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

export interface FeedServer {
  /**
   * Answers a conditional request with 304 from the stamps alone, serves a built feed from memory
   * while its ETag holds, and otherwise builds it once (concurrent requests share the build).
   */
  serve(req: Request, res: Response, spec: FeedSpec): Promise<void>;
  /** The public programme's workshops, loaded once per stamp and day for every public feed. */
  publicWorkshops(basis: string): Promise<FeedWorkshop[]>;
}

export function feedServer(deps: AppDeps): FeedServer {
  const caches = cachesFor(deps.database, deps.config);
  const inflight = new Map<string, Promise<BuiltFeed | null>>();

  const build = (spec: FeedSpec, validity: ReturnType<typeof feedValidity>): Promise<BuiltFeed | null> => {
    const buildKey = `${spec.key}|${validity.etag}`;
    let building = inflight.get(buildKey);
    if (!building) {
      building = (async () => {
        const entries = await spec.entries();
        if (!entries) return null;
        const options = {
          name: spec.name,
          description: spec.description,
          publicUrl: publicBaseUrl(deps.config),
          refreshMinutes: deps.config.calendar.refreshMinutes,
        };
        return buildFeed(caches, { ...options, ...validity }, entries);
      })().finally(() => inflight.delete(buildKey));
      inflight.set(buildKey, building);
    }
    return building;
  };

  return {
    async serve(req, res, spec) {
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
        const built = await build(spec, validity);
        if (!built) return notFound(res);
        feed = built;
        caches.feeds.set(spec.key, feed);
      }
      await sendCalendar(req, res, { gzipped: feed.gzipped, length: feed.length }, spec.filename, { etag: feed.etag, lastModified: feed.lastModified });
    },

    publicWorkshops(basis) {
      if (caches.publicSet?.basis !== basis) {
        const workshops = loadPublicWorkshops(deps);
        workshops.catch(() => {
          if (caches.publicSet?.workshops === workshops) caches.publicSet = null;
        });
        caches.publicSet = { basis, workshops };
      }
      return caches.publicSet.workshops as Promise<FeedWorkshop[]>;
    },
  };
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
export async function sendCalendar(
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
