import fc from 'fast-check';
import { instantToZoned, LocalTimeError, localToInstant } from '../../src/shared/time/zoned-time';
import { calendarDay, localText, zone } from './time-arbitraries';

const MINUTE = 60_000;

/** Every minute-aligned instant within ±15 h of `local` read as UTC that the zone shows as `local`. */
function instantsShowing(local: string, timeZone: string): number[] {
  const asUtc = Date.parse(`${local}:00Z`);
  const found: number[] = [];
  for (let shift = -15 * 60; shift <= 15 * 60; shift += 15) {
    const instant = asUtc - shift * MINUTE;
    if (instantToZoned(new Date(instant), timeZone).local === local) found.push(instant);
  }
  return found.sort((a, b) => a - b);
}

describe('local time → instant (property)', () => {
  // Night hours too: that is where the DST gaps and repeated hours are.
  const anyLocal = fc
    .tuple(calendarDay, fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45, 59))
    .map(([day, hour, minute]) => localText(day, hour, minute));
  // Days of DST changes in 2026, where the interesting answers are.
  const transitionDay = fc
    .tuple(
      fc.constantFrom('2026-03-08', '2026-03-29', '2026-04-05', '2026-09-06', '2026-09-27', '2026-10-04', '2026-10-25', '2026-11-01'),
      fc.integer({ min: 0, max: 4 }),
      fc.constantFrom(0, 15, 30, 45, 59),
    )
    .map(([date, hour, minute]) => `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);

  it('gives the one instant the zone shows as that wall time, or says why there is none or two', () => {
    fc.assert(
      fc.property(fc.oneof(anyLocal, transitionDay), zone, (local, timeZone) => {
        const showing = instantsShowing(local, timeZone);
        let answer: Date | LocalTimeError;
        try {
          answer = localToInstant(local, timeZone);
        } catch (err) {
          if (!(err instanceof LocalTimeError)) throw err;
          answer = err;
        }
        if (showing.length === 1) expect(answer).toEqual(new Date(showing[0]!));
        else expect(answer).toEqual(expect.objectContaining({ problem: showing.length === 0 ? 'NONEXISTENT' : 'AMBIGUOUS' }));
      }),
      { numRuns: 400 },
    );
  });

  it('round-trips every instant through its wall time, unless that wall time happens twice', () => {
    const instant = fc.integer({ min: Date.UTC(2020, 0, 1) / MINUTE, max: Date.UTC(2036, 0, 1) / MINUTE }).map((m) => new Date(m * MINUTE));
    fc.assert(
      fc.property(instant, zone, (at, timeZone) => {
        const { local } = instantToZoned(at, timeZone);
        const showing = instantsShowing(local, timeZone);
        expect(showing).toContain(at.getTime());
        if (showing.length === 1) expect(localToInstant(local, timeZone)).toEqual(at);
        else expect(() => localToInstant(local, timeZone)).toThrow(expect.objectContaining({ problem: 'AMBIGUOUS' }));
      }),
      { numRuns: 400 },
    );
  });
});
