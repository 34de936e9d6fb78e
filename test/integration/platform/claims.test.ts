import { claimsCollection, releaseClaim, sweepExpiredClaims, tryClaim, completeClaim } from '../../../src/db/claims';
import { useTestDatabase } from '../../helpers/database';

// The claims rule of DESIGN.md, under real concurrency: exactly one insert wins each _id.
describe('claims', () => {
  const db = useTestDatabase();
  const now = new Date('2026-03-01T09:00:00Z');

  it('gives one _id to exactly one of 100 concurrent claimants', async () => {
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => tryClaim(db.current.db, 'ws:race:seat:1', { kind: 'seat', now, data: { by: i } })));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await claimsCollection(db.current.db).countDocuments({ _id: 'ws:race:seat:1' })).toBe(1);
  });

  it('gives each of 10 seats to exactly one of 100 concurrent claimants', async () => {
    const attempts = Array.from({ length: 100 }, (_, i) => ({ seat: i % 10, by: i }));
    const results = await Promise.all(attempts.map((a) => tryClaim(db.current.db, `ws:w2:seat:${a.seat}`, { kind: 'seat', now, data: { by: a.by } })));
    const winners = attempts.filter((_, i) => results[i]);
    expect(winners).toHaveLength(10);
    expect(new Set(winners.map((w) => w.seat)).size).toBe(10);

    // The stored holder of each seat is the attempt that was told it won.
    const stored = await claimsCollection(db.current.db)
      .find({ _id: /^ws:w2:seat:/ })
      .toArray();
    expect(stored.map((c) => c.data?.by).sort()).toEqual(winners.map((w) => w.by).sort());
  });

  it('can be claimed again once released, and only once', async () => {
    const id = 'ws:w3:person:someone@example.org';
    expect(await tryClaim(db.current.db, id, { kind: 'person', now })).toBe(true);
    expect(await tryClaim(db.current.db, id, { kind: 'person', now })).toBe(false);
    expect(await releaseClaim(db.current.db, id)).toBe(true);
    expect(await releaseClaim(db.current.db, id)).toBe(false);
    const again = await Promise.all(Array.from({ length: 20 }, () => tryClaim(db.current.db, id, { kind: 'person', now })));
    expect(again.filter(Boolean)).toHaveLength(1);
  });

  it('sweeps claims that expired without being completed, and keeps completed ones', async () => {
    const later = new Date(now.getTime() + 60_000);
    await tryClaim(db.current.db, 'notify:x:1', { kind: 'notify', now, expiresAt: later });
    await tryClaim(db.current.db, 'notify:x:2', { kind: 'notify', now, expiresAt: later });
    await completeClaim(db.current.db, 'notify:x:2', now);

    expect(await sweepExpiredClaims(db.current.db, now)).toBe(0);
    expect(await sweepExpiredClaims(db.current.db, new Date(later.getTime() + 1))).toBe(1);
    const left = await claimsCollection(db.current.db).find({ kind: 'notify' }).toArray();
    expect(left.map((c) => c._id)).toEqual(['notify:x:2']);
    expect(left[0]?.completedAt).toEqual(now);
  });
});
