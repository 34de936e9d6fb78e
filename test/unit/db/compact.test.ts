import { deserialize, serialize } from 'bson';
import { Types } from 'mongoose';
import { compact, readCompacted } from '../../../src/db/compact';

describe('compact', () => {
  const decoded = () =>
    deserialize(
      serialize({
        _id: new Types.ObjectId('6b0f3beda80e2d583e0cd6db'),
        title: 'Protecting children online',
        startsAt: new Date('2026-05-04T09:00:00Z'),
        venue: { name: 'Community Hall', city: 'Nairobi', country: 'KE' },
        topics: ['ONLINE_SAFETY'],
        sessions: [{ title: 'Opening', startsAt: new Date('2026-05-04T09:00:00Z') }],
        capacity: 30,
        perGroupQuota: null,
      }),
    );

  it('copies a decoded document value for value, keeping dates and ids as they are', () => {
    const original = decoded();
    const copy = compact(original);
    expect(copy).toEqual(original);
    expect(copy).not.toBe(original);
    expect(copy.venue).not.toBe(original.venue);
    expect(copy._id).toBe(original._id);
    expect(copy.startsAt).toBe(original.startsAt);
    expect(copy.startsAt).toBeInstanceOf(Date);
    expect(String(copy._id)).toBe('6b0f3beda80e2d583e0cd6db');
  });

  it('reads a query in batches into compacted copies', async () => {
    async function* decodedBatch() {
      yield decoded();
      yield decoded();
    }
    const docs = await readCompacted(decodedBatch());
    expect(docs).toHaveLength(2);
    expect(docs[0]).toEqual(decoded());
    expect(docs[0]).toEqual(docs[1]);
  });

  it('keeps what recurs across the documents of one read once: dates, ids other than _id, lists and small records, frozen', async () => {
    const author = '6b0f3beda80e2d583e0cd6dc';
    const workshop = (id: string, startsAt: string) =>
      deserialize(
        serialize({
          _id: new Types.ObjectId(id),
          startsAt: new Date(startsAt),
          registrationClosesAt: new Date(startsAt),
          createdBy: new Types.ObjectId(author),
          topics: ['ONLINE_SAFETY'],
          sessions: [],
          eligibility: { regions: [], organizationIds: [] },
          venue: { name: 'Community Hall', city: 'Nairobi', country: 'KE' },
          agenda: [{ _id: new Types.ObjectId(id), title: 'Opening' }],
        }),
      );
    async function* read() {
      yield workshop('6b0f3beda80e2d583e0cd6d1', '2026-05-04T09:00:00Z');
      yield workshop('6b0f3beda80e2d583e0cd6d2', '2026-06-04T09:00:00Z');
    }
    const [a, b] = (await readCompacted(read())) as [ReturnType<typeof workshop>, ReturnType<typeof workshop>];
    expect(a).toEqual(workshop('6b0f3beda80e2d583e0cd6d1', '2026-05-04T09:00:00Z'));
    expect(b).toEqual(workshop('6b0f3beda80e2d583e0cd6d2', '2026-06-04T09:00:00Z'));
    expect(a.registrationClosesAt).toBe(a.startsAt);
    expect(b.startsAt).not.toBe(a.startsAt);
    expect(b.createdBy).toBe(a.createdBy);
    expect(String(a._id)).not.toBe(String(b._id));
    for (const field of ['topics', 'sessions', 'eligibility', 'venue'] as const) {
      expect(b[field]).toBe(a[field]);
      expect(Object.isFrozen(a[field])).toBe(true);
    }
    expect(a.eligibility.regions).toBe(a.sessions);
    // A record with an id of its own is one of a kind, and the document itself is not frozen.
    expect(b.agenda[0]).not.toBe(a.agenda[0]);
    expect(Object.isFrozen(a)).toBe(false);
  });

  it('shares nothing between separate reads (what a document held goes with it)', () => {
    const first = compact(decoded());
    const second = compact(decoded());
    expect(second.venue).toEqual(first.venue);
    expect(second.venue).not.toBe(first.venue);
    expect(second.startsAt).not.toBe(first.startsAt);
  });
});
