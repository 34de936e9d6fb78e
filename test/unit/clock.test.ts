import { ManualClock, systemClock } from '../../src/clock';

describe('clocks', () => {
  it('a manual clock moves only when told', () => {
    const clock = new ManualClock('2026-03-01T09:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-03-01T09:00:00.000Z');
    clock.advance(90 * 60_000);
    expect(clock.now().toISOString()).toBe('2026-03-01T10:30:00.000Z');
    clock.set('2026-12-31T23:59:59+01:00');
    expect(clock.now().toISOString()).toBe('2026-12-31T22:59:59.000Z');
  });

  it('hands out copies, so callers cannot move it by mutating a Date', () => {
    const clock = new ManualClock('2026-03-01T09:00:00Z');
    clock.now().setUTCFullYear(1999);
    expect(clock.now().getUTCFullYear()).toBe(2026);
  });

  it('the system clock follows real time', () => {
    expect(Math.abs(systemClock.now().getTime() - Date.now())).toBeLessThan(1_000);
  });
});
