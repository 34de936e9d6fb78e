import { builtFeedBytes, ByteLru, eventTextBytes, feedValidity, type BuiltFeed } from '../../../src/modules/calendar/ics/feed-builder';
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
