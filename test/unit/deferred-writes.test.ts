import type { Database } from '../../src/db/database';
import { deferWrite, settleDeferredWrites } from '../../src/db/deferred-writes';

// Only the object's identity matters: writes are kept per database.
const fakeDatabase = () => ({}) as Database;
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('deferred writes', () => {
  it('runs one write per key after the delay, however often it is asked for meanwhile', async () => {
    const database = fakeDatabase();
    let runs = 0;
    for (let i = 0; i < 5; i++) deferWrite(database, 'seats:a', 30, async () => void runs++);
    expect(runs).toBe(0);
    await tick(80);
    expect(runs).toBe(1);
    deferWrite(database, 'seats:a', 30, async () => void runs++);
    await tick(80);
    expect(runs).toBe(2);
  });

  it('runs pending writes at once on settle and waits for those already running, per database', async () => {
    const database = fakeDatabase();
    const other = fakeDatabase();
    const done: string[] = [];
    deferWrite(database, 'slow', 0, async () => {
      await tick(60);
      done.push('slow');
    });
    await tick(10); // "slow" is running now
    deferWrite(database, 'pending', 60_000, async () => void done.push('pending'));
    deferWrite(other, 'elsewhere', 60_000, async () => void done.push('elsewhere'));
    await settleDeferredWrites(database);
    expect(done.sort()).toEqual(['pending', 'slow']);
    await settleDeferredWrites(other);
    expect(done).toContain('elsewhere');
  });

  it('survives a failing write: settle still resolves', async () => {
    const database = fakeDatabase();
    deferWrite(database, 'broken', 60_000, () => Promise.reject(new Error('database gone')));
    await expect(settleDeferredWrites(database)).resolves.toBeUndefined();
  });
});
