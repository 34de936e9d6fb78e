import { gunzipSync } from 'node:zlib';
import { Types } from 'mongoose';
import {
  buildFeed,
  builtFeedBytes,
  ByteLru,
  eventTextBytes,
  feedValidity,
  type BuiltFeed,
  type CalendarCaches,
  type FeedEntry,
} from '../../../src/modules/calendar/ics/feed-builder';
import { workshopEventText } from '../../../src/modules/calendar/ics/workshop-event';
import type { Stamps } from '../../../src/modules/calendar/feed-stamps';

const stamps = (workshops: string, registrations: string, changedAt = '2026-03-01T08:00:00Z'): Stamps => ({
  workshops: { version: workshops, changedAt: new Date(changedAt) },
  registrations: { version: registrations, changedAt: new Date('2026-03-01T08:30:00Z') },
});
const now = new Date('2026-03-01T09:00:00Z');

describe('feed validity (ETag and Last-Modified from the stamps)', () => {
  it('changes with the feed, the stamps it follows and the day, and nothing else', () => {
    const base = feedValidity('public:*:*', stamps('a', 'x'), now, false);
    expect(base.etag).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
    expect(feedValidity('public:*:*', stamps('a', 'x'), new Date('2026-03-01T23:59:59Z'), false).etag).toBe(base.etag);
    expect(feedValidity('public:*:*', stamps('a', 'y'), now, false).etag).toBe(base.etag); // registrations do not concern public feeds
    expect(feedValidity('public:*:*', stamps('b', 'x'), now, false).etag).not.toBe(base.etag);
    expect(feedValidity('public:AFRICA:*', stamps('a', 'x'), now, false).etag).not.toBe(base.etag);
    expect(feedValidity('public:*:*', stamps('a', 'x'), new Date('2026-03-02T00:00:00Z'), false).etag).not.toBe(base.etag);
    const personal = feedValidity('person:1', stamps('a', 'x'), now, true);
    expect(feedValidity('person:1', stamps('a', 'y'), now, true).etag).not.toBe(personal.etag);
  });

  it('dates Last-Modified at the later of the stamps it follows and the start of the day, in whole seconds', () => {
    expect(feedValidity('k', stamps('a', 'x', '2026-03-01T08:00:00.750Z'), now, false).lastModified.toISOString()).toBe('2026-03-01T08:00:00.000Z');
    expect(feedValidity('k', stamps('a', 'x'), now, true).lastModified.toISOString()).toBe('2026-03-01T08:30:00.000Z');
    expect(feedValidity('k', stamps('a', 'x', '2026-02-20T08:00:00Z'), now, false).lastModified.toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });
});

describe('ByteLru', () => {
  const feed = (kilobytes: number): BuiltFeed => ({
    etag: 'W/"e"',
    lastModified: new Date(0),
    gzipped: Buffer.alloc(kilobytes * 1024),
    length: kilobytes * 8192,
    events: 1,
  });

  it('keeps the most recently used feeds within its bound in bytes, however few they are', () => {
    const lru = new ByteLru<BuiltFeed>(1024 * 1024, builtFeedBytes);
    for (let i = 0; i < 300; i++) lru.set(`small-${i}`, feed(1));
    expect(lru.size).toBe(300);
    expect(lru.get('small-0')).toBeDefined();
    // Two feeds of 400 kB leave room for about 200 of the small ones: the least recently used go.
    lru.set('big-1', feed(400));
    lru.set('big-2', feed(400));
    expect(lru.bytes).toBeLessThanOrEqual(1024 * 1024);
    expect(lru.get('big-1')).toBeDefined();
    expect(lru.get('small-0')).toBeDefined();
    expect(lru.get('small-1')).toBeUndefined();
    // One larger than the whole bound is not kept, and evicts nothing.
    lru.set('huge', feed(2048));
    expect(lru.get('huge')).toBeUndefined();
    expect(lru.get('big-2')).toBeDefined();
  });

  it('counts event texts by their length, and keeps nothing with a bound of 0', () => {
    const events = new ByteLru<string>(10_000, eventTextBytes);
    for (let i = 0; i < 50; i++) events.set(`event-${i}`, 'x'.repeat(490));
    expect(events.bytes).toBeLessThanOrEqual(10_000);
    expect(events.size).toBeLessThan(11);
    const off = new ByteLru<string>(0, eventTextBytes);
    off.set('a', 'text');
    expect(off.get('a')).toBeUndefined();
  });
});

describe('buildFeed and the event cache', () => {
  const entries: FeedEntry[] = Array.from({ length: 30 }, (_, i) => ({
    workshop: {
      _id: new Types.ObjectId(i.toString(16).padStart(24, '0')),
      kind: 'WORKSHOP',
      title: `Workshop ${i}`,
      summary: 'Seen in the feed.',
      description: null,
      topics: [],
      languages: ['en'],
      format: 'ONLINE',
      venue: null,
      onlineUrl: null,
      timeZone: 'UTC',
      startsAt: new Date(Date.UTC(2027, 0, 1 + i, 9)),
      endsAt: new Date(Date.UTC(2027, 0, 1 + i, 11)),
      sessions: [],
      status: 'PUBLISHED',
      sequence: 0,
      cancellationReason: null,
      revisedAt: new Date('2026-10-01T12:00:00Z'),
    },
    includeJoiningLink: false,
    tentative: false,
  }));
  const options = {
    name: 'Workshops',
    description: 'Every workshop.',
    publicUrl: 'https://exchange.example.org',
    refreshMinutes: 60,
    etag: 'W/"e"',
    lastModified: new Date(0),
  };
  /** An event cache that counts the texts asked for and not found (each then serialised). */
  class CountingLru extends ByteLru<string> {
    misses = 0;
    override get(key: string): string | undefined {
      const text = super.get(key);
      if (text === undefined) this.misses++;
      return text;
    }
  }
  const caches = (eventBytes: number): CalendarCaches & { events: CountingLru } => ({
    feeds: new ByteLru(1 << 20, builtFeedBytes),
    events: new CountingLru(eventBytes, eventTextBytes),
    publicSet: null,
  });
  const serialised = async (cache: CalendarCaches & { events: CountingLru }) => {
    const before = cache.events.misses;
    const feed = await buildFeed(cache, options, entries);
    return { text: gunzipSync(feed.gzipped).toString('utf8'), events: cache.events.misses - before };
  };

  it('serialises each event once while the cache holds them all', async () => {
    const cache = caches(1 << 20);
    const first = await serialised(cache);
    expect(first.events).toBe(30);
    expect(first.text.match(/BEGIN:VEVENT/g)).toHaveLength(30);
    const again = await serialised(cache);
    expect(again.events).toBe(0);
    expect(again.text).toBe(first.text);
  });

  it('keeps the first events of a feed larger than the cache, and reuses them next time, with the same bytes', async () => {
    const whole = await serialised(caches(1 << 20));
    const eventBytes = eventTextBytes(workshopEventText(entries[0]!.workshop, { publicUrl: options.publicUrl, includeJoiningLink: false }));
    // Room for about ten of the thirty (the keys count too): an LRU read in the same order each time would keep none of what the next build asks first.
    const cache = caches(10 * eventBytes + 2_000);
    const first = await serialised(cache);
    expect(first.events).toBe(30);
    expect(first.text).toBe(whole.text);
    expect(cache.events.size).toBeGreaterThanOrEqual(8);
    const again = await serialised(cache);
    expect(again.events).toBe(30 - cache.events.size);
    expect(again.text).toBe(whole.text);
  });
});
