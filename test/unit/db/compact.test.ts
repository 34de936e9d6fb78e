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
});
