import fc from 'fast-check';
import { expandSeries, MAX_OCCURRENCES, RecurrenceError } from '../../src/modules/workshops/time/recurrence';
import { instantToZoned, localToInstant } from '../../src/shared/time/zoned-time';
import { calendarDay, daytime, localText, zone } from './time-arbitraries';

const DAY_MS = 86_400_000;
const duration = fc.integer({ min: 1, max: 8 * 3_600_000 });
const utcStamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

describe('expandSeries (property)', () => {
  it('keeps the first start’s wall-clock time in the venue’s zone, every INTERVAL days or weeks, across DST', () => {
    fc.assert(
      fc.property(
        zone,
        calendarDay,
        daytime,
        fc.constantFrom(['DAILY', 1] as const, ['WEEKLY', 7] as const),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: MAX_OCCURRENCES }),
        duration,
        (timeZone, day, { hour, minute }, [freq, daysPerStep], interval, count, durationMs) => {
          const firstStartsAt = localToInstant(localText(day, hour, minute), timeZone);
          const occurrences = expandSeries({ rrule: `FREQ=${freq};INTERVAL=${interval};COUNT=${count}`, firstStartsAt, durationMs, timeZone });
          expect(occurrences).toHaveLength(count);
          expect(occurrences[0]!.startsAt).toEqual(firstStartsAt);
          for (const [i, occurrence] of occurrences.entries()) {
            expect(occurrence.index).toBe(i);
            expect(occurrence.endsAt.getTime() - occurrence.startsAt.getTime()).toBe(durationMs);
            expect(instantToZoned(occurrence.startsAt, timeZone).local).toBe(localText(day + i * interval * daysPerStep * DAY_MS, hour, minute));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('with UNTIL keeps exactly the occurrences of the open series up to that instant', () => {
    fc.assert(
      fc.property(zone, calendarDay, daytime, fc.double({ min: 0, max: 1, noNaN: true }), (timeZone, day, { hour, minute }, where) => {
        const firstStartsAt = localToInstant(localText(day, hour, minute), timeZone);
        const all = expandSeries({ rrule: `FREQ=WEEKLY;COUNT=${MAX_OCCURRENCES}`, firstStartsAt, durationMs: 3_600_000, timeZone });
        const span = all.at(-1)!.startsAt.getTime() - firstStartsAt.getTime();
        // A whole second (UNTIL's precision) between the first and the last start.
        const until = Math.floor((firstStartsAt.getTime() + where * span) / 1000) * 1000;
        const bounded = expandSeries({ rrule: `FREQ=WEEKLY;UNTIL=${utcStamp(until)}`, firstStartsAt, durationMs: 3_600_000, timeZone });
        expect(bounded).toEqual(all.filter((o) => o.startsAt.getTime() <= until));
      }),
      { numRuns: 150 },
    );
  });

  it(`refuses more than ${MAX_OCCURRENCES} occurrences, by COUNT or by UNTIL`, () => {
    fc.assert(
      fc.property(zone, calendarDay, daytime, fc.integer({ min: MAX_OCCURRENCES + 1, max: 500 }), (timeZone, day, { hour, minute }, count) => {
        const firstStartsAt = localToInstant(localText(day, hour, minute), timeZone);
        const input = { firstStartsAt, durationMs: 3_600_000, timeZone };
        expect(() => expandSeries({ ...input, rrule: `FREQ=DAILY;COUNT=${count}` })).toThrow(RecurrenceError);
        const until = utcStamp(firstStartsAt.getTime() + count * DAY_MS);
        expect(() => expandSeries({ ...input, rrule: `FREQ=DAILY;UNTIL=${until}` })).toThrow(RecurrenceError);
      }),
      { numRuns: 100 },
    );
  });
});
