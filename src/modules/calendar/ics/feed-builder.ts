import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import type { Config } from '../../../config';
import type { Database } from '../../../db/database';
import type { Stamps } from '../feed-stamps';
import { vtimezone } from './vtimezone';
import { lastRevised, newWorkshopCalendar, workshopEventText, type CalendarWorkshop } from './workshop-event';

/** One event of a feed: the workshop and how this reader may see it. */
export interface FeedEntry {
  workshop: CalendarWorkshop;
  includeJoiningLink: boolean;
  tentative: boolean;
}

/** Kept gzipped only (a 5,000-event feed: 4 MB as text, 160 kB gzipped); unzipped for the rare client that refuses gzip. */
export interface BuiltFeed {
  etag: string;
  lastModified: Date;
  gzipped: Buffer;
  /** The uncompressed length, for Content-Length. */
  length: number;
  events: number;
}

/**
 * An LRU bounded by bytes (lru-cache's maxSize), not by entries: a few feeds of megabytes must not
 * hold more memory than the setting allows. An entry larger than the whole bound is not kept;
 * a bound of 0 keeps nothing.
 */
export class ByteLru<V extends object | string> {
  private readonly cache: LRUCache<string, V & {}> | null;
  constructor(
    readonly maxBytes: number,
    private readonly sizeOf: (value: V) => number,
  ) {
    this.cache = maxBytes > 0 ? new LRUCache<string, V & {}>({ maxSize: maxBytes, sizeCalculation: (value, key) => this.bytesOf(key, value) }) : null;
  }
  /** The bytes an entry counts for. */
  bytesOf(key: string, value: V): number {
    return Math.max(1, this.sizeOf(value) + key.length * 2);
  }
  get(key: string): V | undefined {
    return this.cache?.get(key);
  }
  set(key: string, value: V): void {
    this.cache?.set(key, value as V & {});
  }
  get size(): number {
    return this.cache?.size ?? 0;
  }
  /** The bytes counted for the entries kept (never above the bound). */
  get bytes(): number {
    return this.cache?.calculatedSize ?? 0;
  }
}

// A JS string holds at most two bytes a UTF-16 unit; a built feed is its gzipped bytes and a little.
export const eventTextBytes = (text: string) => text.length * 2;
export const builtFeedBytes = (feed: BuiltFeed) => feed.gzipped.length + feed.etag.length * 2 + 64;

/**
 * Per process and per database (tests run several databases in one process): built feeds keyed
 * by feed, each valid for one ETag, and VEVENT texts keyed by workshop revision and variant, so a
 * rebuild after one change serialises one event, not five thousand.
 */
export interface CalendarCaches {
  feeds: ByteLru<BuiltFeed>;
  events: ByteLru<string>;
  /** The public programme's workshops, loaded once per ETag basis for every public feed. */
  publicSet: { basis: string; workshops: Promise<CalendarWorkshop[]> } | null;
}

const cachesByDatabase = new WeakMap<Database, CalendarCaches>();

export function cachesFor(database: Database, config: Config): CalendarCaches {
  let caches = cachesByDatabase.get(database);
  if (!caches) {
    caches = {
      feeds: new ByteLru(config.calendar.feedCacheBytes, builtFeedBytes),
      events: new ByteLru(config.calendar.eventCacheBytes, eventTextBytes),
      publicSet: null,
    };
    cachesByDatabase.set(database, caches);
  }
  return caches;
}

const DAY = 86_400_000;

/**
 * What a feed's bytes depend on besides its key: the stamps it follows and the day (cancelled and
 * old workshops leave feeds as days pass). Known before any workshop is read, so a conditional
 * request is answered from the stamps alone.
 */
export function feedValidity(key: string, stamps: Stamps, now: Date, includeRegistrations: boolean) {
  const day = Math.floor(now.getTime() / DAY);
  const parts = [key, stamps.workshops.version, includeRegistrations ? stamps.registrations.version : '-', String(day)];
  const etag = `W/"${createHash('sha256').update(parts.join('|')).digest('base64url').slice(0, 27)}"`;
  const changes = [stamps.workshops.changedAt.getTime(), includeRegistrations ? stamps.registrations.changedAt.getTime() : 0, day * DAY];
  // HTTP dates have whole seconds.
  const lastModified = new Date(Math.floor(Math.max(...changes) / 1000) * 1000);
  return { etag, lastModified, basis: parts.slice(1).join('|') };
}

export async function buildFeed(
  caches: CalendarCaches,
  options: { name: string; description: string; publicUrl: string; refreshMinutes: number; etag: string; lastModified: Date },
  entries: FeedEntry[],
): Promise<BuiltFeed> {
  const calendar = newWorkshopCalendar(options.name);
  calendar.description(options.description.replace(/[\\;,]/g, (c) => `\\${c}`));
  calendar.ttl(options.refreshMinutes * 60);
  // The header alone (no events): properties first, then VTIMEZONEs, then events (RFC 5545 order).
  const header = calendar.toString().replace(/END:VCALENDAR\s*$/, '');
  const years = new Map<string, [number, number]>();
  for (const { workshop: w } of entries) {
    if (w.timeZone === 'UTC' || w.timeZone === 'Etc/UTC') continue;
    const span = years.get(w.timeZone);
    const from = w.startsAt.getUTCFullYear();
    const to = w.endsAt.getUTCFullYear();
    years.set(w.timeZone, span ? [Math.min(span[0], from), Math.max(span[1], to)] : [from, to]);
  }
  const zones = [...years.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([zone, [from, to]]) => vtimezone(zone, from, to));
  // Compressed as it is written, some 64 kB of events at a time (one write an event costs more than
  // the event): a feed of 100,000 events is never whole in memory as text.
  let length = 0;
  function* bytes(): Generator<Buffer> {
    let part = [header, ...zones];
    let size = 0;
    const written = () => {
      const chunk = Buffer.from(part.join(''), 'utf8');
      length += chunk.length;
      part = [];
      size = 0;
      return chunk;
    };
    // A feed larger than the event cache would push out each text it kept before its next build
    // asked for it (an LRU read in one order every time keeps nothing useful): it keeps what fits,
    // its first events, and builds the rest each time without churning the cache.
    const budget = { bytes: caches.events.maxBytes };
    for (const entry of entries) {
      const text = eventText(caches, entry, options.publicUrl, budget);
      part.push(text);
      size += text.length;
      if (size >= 65_536) yield written();
    }
    part.push('END:VCALENDAR\r\n');
    yield written();
  }
  const gzipped: Buffer[] = [];
  await pipeline(Readable.from(bytes()), createGzip(), async (compressed: AsyncIterable<Buffer>) => {
    for await (const chunk of compressed) gzipped.push(chunk);
  });
  return { etag: options.etag, lastModified: options.lastModified, gzipped: Buffer.concat(gzipped), length, events: entries.length };
}

/**
 * An event's text, from the cache when its workshop's revision and variant were serialised before;
 * a new text is kept while the build's `budget` (the cache's bytes) lasts.
 */
function eventText(caches: CalendarCaches, entry: FeedEntry, publicUrl: string, budget: { bytes: number }): string {
  const w = entry.workshop;
  const key = [
    String(w._id),
    w.revision ?? 0,
    w.sequence ?? 0,
    w.status,
    lastRevised(w).getTime(),
    entry.includeJoiningLink ? 'L' : '-',
    entry.tentative ? 'T' : '-',
    publicUrl,
  ].join(':');
  let text = caches.events.get(key);
  if (text === undefined) {
    text = workshopEventText(w, { publicUrl, includeJoiningLink: entry.includeJoiningLink, tentative: entry.tentative });
    if (budget.bytes >= caches.events.bytesOf(key, text)) caches.events.set(key, text);
  }
  budget.bytes -= caches.events.bytesOf(key, text);
  return text;
}
