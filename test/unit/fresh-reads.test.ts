import { freshReads } from '../../src/db/fresh-reads';

describe('fresh reads shared between concurrent callers', () => {
  it('gives each caller a run that started after it called, and shares runs between callers', async () => {
    let value = 0;
    let runs = 0;
    const gates: (() => void)[] = [];
    const work = () =>
      new Promise<number>((resolve) => {
        runs++;
        const seen = value; // the run reads the state at its start
        gates.push(() => resolve(seen));
      });
    const read = freshReads<number>();
    value = 1;
    const first = read('k', work); // lap 1 starts, sees 1
    await Promise.resolve();
    value = 2;
    const second = read('k', work); // arrives during lap 1: waits for lap 2
    value = 3;
    const third = read('k', work); // shares lap 2
    await new Promise((r) => setImmediate(r));
    expect(runs).toBe(1);
    gates.shift()!();
    expect(await first).toBe(1);
    await new Promise((r) => setImmediate(r));
    expect(runs).toBe(2);
    gates.shift()!();
    expect(await second).toBe(3);
    expect(await third).toBe(3);
    // Idle again: the next caller starts a run of its own at once.
    const fourth = read('k', work);
    await new Promise((r) => setImmediate(r));
    expect(runs).toBe(3);
    gates.shift()!();
    expect(await fourth).toBe(3);
  });

  it('keeps keys apart and passes failures to the callers of that run only', async () => {
    const read = freshReads<string>();
    await expect(read('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await read('a', async () => 'again')).toBe('again');
    expect(await Promise.all([read('x', async () => 'x'), read('y', async () => 'y')])).toEqual(['x', 'y']);
  });
});
