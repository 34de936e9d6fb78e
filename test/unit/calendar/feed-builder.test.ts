import { feedValidity, Lru } from '../../../src/modules/calendar/feed-builder';
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

describe('Lru', () => {
  it('keeps the most recently used entries up to its limit', () => {
    const lru = new Lru<number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3);
    expect([lru.get('a'), lru.get('b'), lru.get('c'), lru.size]).toEqual([1, undefined, 3, 2]);
    const off = new Lru<number>(0);
    off.set('a', 1);
    expect(off.get('a')).toBeUndefined();
  });
});
