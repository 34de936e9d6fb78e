import { DateTime } from 'luxon';
import { expandSeries, MAX_OCCURRENCES, RecurrenceError } from '../../../src/modules/workshops/time/recurrence';

const HOUR = 60 * 60 * 1000;

function starts(rrule: string, firstStartsAt: string, timeZone: string): string[] {
  return expandSeries({ rrule, firstStartsAt: new Date(firstStartsAt), durationMs: HOUR, timeZone }).map((o) => o.startsAt.toISOString());
}

function localTimes(isoInstants: string[], zone: string): string[] {
  return isoInstants.map((iso) => DateTime.fromISO(iso, { zone }).toFormat("yyyy-MM-dd'T'HH:mm ZZ"));
}

/** The RecurrenceError thrown by expandSeries (fails the test when nothing, or something else, is thrown). */
function errorOf(rrule: string, firstStartsAt = '2026-01-13T11:00:00Z', timeZone = 'Africa/Nairobi'): RecurrenceError {
  try {
    expandSeries({ rrule, firstStartsAt: new Date(firstStartsAt), durationMs: HOUR, timeZone });
  } catch (error) {
    expect(error).toBeInstanceOf(RecurrenceError);
    return error as RecurrenceError;
  }
  throw new Error(`expected "${rrule}" to be rejected`);
}

describe('expandSeries', () => {
  it('monthly on the second Tuesday, 6 times, at 14:00 Africa/Nairobi (UTC+3, no DST)', () => {
    const occurrences = expandSeries({
      rrule: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=6',
      firstStartsAt: new Date('2026-01-13T11:00:00Z'),
      durationMs: 90 * 60_000,
      timeZone: 'Africa/Nairobi',
    });
    expect(occurrences.map((o) => [o.index, o.startsAt.toISOString(), o.endsAt.toISOString()])).toEqual([
      [0, '2026-01-13T11:00:00.000Z', '2026-01-13T12:30:00.000Z'],
      [1, '2026-02-10T11:00:00.000Z', '2026-02-10T12:30:00.000Z'],
      [2, '2026-03-10T11:00:00.000Z', '2026-03-10T12:30:00.000Z'],
      [3, '2026-04-14T11:00:00.000Z', '2026-04-14T12:30:00.000Z'],
      [4, '2026-05-12T11:00:00.000Z', '2026-05-12T12:30:00.000Z'],
      [5, '2026-06-09T11:00:00.000Z', '2026-06-09T12:30:00.000Z'],
    ]);
  });

  it('weekly at 09:00 Europe/Paris keeps 09:00 local across the 2026-10-25 change (07:00Z -> 08:00Z)', () => {
    const result = starts('FREQ=WEEKLY;COUNT=4', '2026-10-15T07:00:00Z', 'Europe/Paris');
    expect(result).toEqual(['2026-10-15T07:00:00.000Z', '2026-10-22T07:00:00.000Z', '2026-10-29T08:00:00.000Z', '2026-11-05T08:00:00.000Z']);
    expect(localTimes(result, 'Europe/Paris')).toEqual([
      '2026-10-15T09:00 +02:00',
      '2026-10-22T09:00 +02:00',
      '2026-10-29T09:00 +01:00',
      '2026-11-05T09:00 +01:00',
    ]);
  });

  it('and across the spring change (2026-03-29) the other way (08:00Z -> 07:00Z)', () => {
    expect(starts('FREQ=WEEKLY;BYDAY=TH;COUNT=2', '2026-03-26T08:00:00Z', 'Europe/Paris')).toEqual(['2026-03-26T08:00:00.000Z', '2026-04-02T07:00:00.000Z']);
  });

  it('America/Mexico_City has had no DST since 2022: 10:00 local is 16:00Z all year', () => {
    const result = starts('FREQ=MONTHLY;BYMONTHDAY=15;COUNT=12', '2026-01-15T16:00:00Z', 'America/Mexico_City');
    expect(result).toHaveLength(12);
    expect(result.map((iso) => iso.slice(5, 10))).toEqual([
      '01-15',
      '02-15',
      '03-15',
      '04-15',
      '05-15',
      '06-15',
      '07-15',
      '08-15',
      '09-15',
      '10-15',
      '11-15',
      '12-15',
    ]);
    expect(new Set(result.map((iso) => iso.slice(11)))).toEqual(new Set(['16:00:00.000Z']));
  });

  it('UNTIL in UTC is an inclusive instant', () => {
    const result = starts('FREQ=WEEKLY;INTERVAL=2;UNTIL=20261231T235959Z', '2026-09-01T07:00:00Z', 'Europe/Paris');
    expect(result).toEqual([
      '2026-09-01T07:00:00.000Z',
      '2026-09-15T07:00:00.000Z',
      '2026-09-29T07:00:00.000Z',
      '2026-10-13T07:00:00.000Z',
      '2026-10-27T08:00:00.000Z',
      '2026-11-10T08:00:00.000Z',
      '2026-11-24T08:00:00.000Z',
      '2026-12-08T08:00:00.000Z',
      '2026-12-22T08:00:00.000Z',
    ]);
    // 09:00 Paris in January is 08:00Z: an UNTIL exactly on an occurrence includes it, a second less does not.
    expect(starts('FREQ=DAILY;UNTIL=20260105T080000Z', '2026-01-01T08:00:00Z', 'Europe/Paris')).toHaveLength(5);
    expect(starts('FREQ=DAILY;UNTIL=20260105T075959Z', '2026-01-01T08:00:00Z', 'Europe/Paris')).toHaveLength(4);
  });

  it('a date-only UNTIL includes that whole local day', () => {
    // 01:00 and 23:30 local on 1..5 January (Nairobi is UTC+3)
    expect(starts('FREQ=DAILY;UNTIL=20260105', '2025-12-31T22:00:00Z', 'Africa/Nairobi').at(-1)).toBe('2026-01-04T22:00:00.000Z');
    expect(starts('FREQ=DAILY;UNTIL=20260105', '2026-01-01T20:30:00Z', 'Africa/Nairobi').at(-1)).toBe('2026-01-05T20:30:00.000Z');
  });

  it(`rejects COUNT above ${MAX_OCCURRENCES}`, () => {
    expect(MAX_OCCURRENCES).toBe(52);
    expect(starts('FREQ=WEEKLY;COUNT=52', '2026-01-13T11:00:00Z', 'Africa/Nairobi')).toHaveLength(52);
    const error = errorOf('FREQ=WEEKLY;COUNT=53');
    expect(error.field).toBe('rrule');
    expect(error.message).toBe('COUNT=53 is too many: a series may have at most 52 occurrences');
  });

  it(`rejects an UNTIL that gives more than ${MAX_OCCURRENCES} occurrences`, () => {
    // 2026 has 53 Thursdays (1 January and 31 December are both Thursdays)
    const error = errorOf('FREQ=WEEKLY;UNTIL=20261231T235959Z', '2026-01-01T08:00:00Z', 'Europe/Paris');
    expect(error.message).toMatch(/more than 52/);
    expect(starts('FREQ=WEEKLY;UNTIL=20261230T235959Z', '2026-01-01T08:00:00Z', 'Europe/Paris')).toHaveLength(52);
    expect(errorOf('FREQ=DAILY;UNTIL=20301231T000000Z').message).toMatch(/more than 52/);
  });

  it('rejects a rule that never ends', () => {
    const error = errorOf('FREQ=WEEKLY;BYDAY=TU');
    expect(error.field).toBe('rrule');
    expect(error.message).toMatch(/never ends.*COUNT.*UNTIL/);
  });

  it('rejects COUNT and UNTIL together, and zero occurrences', () => {
    expect(errorOf('FREQ=WEEKLY;COUNT=3;UNTIL=20261231T000000Z').message).toMatch(/not both/);
    expect(errorOf('FREQ=WEEKLY;COUNT=0').message).toContain('"0"');
    expect(errorOf('FREQ=WEEKLY;UNTIL=20251231T000000Z').message).toMatch(/no occurrences/);
    expect(errorOf('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;COUNT=2').message).toMatch(/no occurrences/);
  });

  it.each(['HOURLY', 'MINUTELY', 'SECONDLY'])('rejects FREQ=%s', (freq) => {
    const error = errorOf(`FREQ=${freq};COUNT=3`);
    expect(error.field).toBe('rrule');
    expect(error.message).toContain(`FREQ=${freq} is not supported`);
  });

  it('accepts YEARLY and DAILY', () => {
    expect(starts('FREQ=YEARLY;COUNT=2', '2026-01-13T11:00:00Z', 'Africa/Nairobi')).toEqual(['2026-01-13T11:00:00.000Z', '2027-01-13T11:00:00.000Z']);
    expect(starts('FREQ=DAILY;INTERVAL=3;COUNT=2', '2026-01-13T11:00:00Z', 'Africa/Nairobi')).toEqual(['2026-01-13T11:00:00.000Z', '2026-01-16T11:00:00.000Z']);
  });

  it.each([
    ['garbage', 'garbage'],
    ['FREQ=WEEKLY;FOO=1;COUNT=2', 'FOO=1'],
    ['FREQ=FORTNIGHTLY;COUNT=2', 'FORTNIGHTLY'],
    ['FREQ=WEEKLY;COUNT=abc', 'abc'],
    ['FREQ=WEEKLY;BYDAY=XX;COUNT=2', 'XX'],
    ['FREQ=WEEKLY;UNTIL=tomorrow', 'tomorrow'],
    ['FREQ=WEEKLY;INTERVAL=0;COUNT=2', '0'],
    ['FREQ=MONTHLY;BYMONTHDAY=40;COUNT=2', '40'],
    ['FREQ=WEEKLY;COUNT=2;COUNT=3', 'COUNT'],
    ['COUNT=3', 'no FREQ'],
    ['', 'empty'],
  ])('rejects invalid rule %j, quoting the problem', (rrule, quoted) => {
    const error = errorOf(rrule);
    expect(error.field).toBe('rrule');
    expect(error.message).toContain(quoted);
  });

  it("accepts the 'RRULE:' prefix (any case) with the same result", () => {
    const plain = starts('FREQ=MONTHLY;BYDAY=2TU;COUNT=3', '2026-01-13T11:00:00Z', 'Africa/Nairobi');
    expect(plain).toHaveLength(3);
    expect(starts('RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=3', '2026-01-13T11:00:00Z', 'Africa/Nairobi')).toEqual(plain);
    expect(starts('  rrule:freq=monthly;byday=2tu;count=3  ', '2026-01-13T11:00:00Z', 'Africa/Nairobi')).toEqual(plain);
  });

  it.each([
    'DTSTART:20260113T110000Z\nRRULE:FREQ=WEEKLY;COUNT=3',
    'RRULE:FREQ=WEEKLY;COUNT=3\nEXDATE:20260120T110000Z',
    'DTSTART;TZID=Africa/Nairobi:20260113T140000',
    'EXDATE:20260120T110000Z',
    'FREQ=WEEKLY;COUNT=3;DTSTART=20260113T110000Z',
  ])('rejects DTSTART, EXDATE and multi-line input: %j', (rrule) => {
    expect(errorOf(rrule).message).toMatch(/DTSTART|EXDATE/);
  });

  it('carries durationMs to each endsAt and numbers occurrences 0..n-1', () => {
    const durationMs = 2 * HOUR + 15 * 60_000;
    const occurrences = expandSeries({
      rrule: 'FREQ=WEEKLY;BYDAY=MO,WE;COUNT=5',
      firstStartsAt: new Date('2026-10-19T07:00:00Z'),
      durationMs,
      timeZone: 'Europe/Paris',
    });
    expect(occurrences.map((o) => o.index)).toEqual([0, 1, 2, 3, 4]);
    for (const o of occurrences) expect(o.endsAt.getTime() - o.startsAt.getTime()).toBe(durationMs);
  });

  it('the first occurrence is firstStartsAt itself, to the millisecond, and COUNT includes it', () => {
    const first = new Date('2026-01-13T11:00:30.250Z');
    const occurrences = expandSeries({ rrule: 'FREQ=WEEKLY;COUNT=2', firstStartsAt: first, durationMs: HOUR, timeZone: 'Africa/Nairobi' });
    expect(occurrences).toHaveLength(2);
    expect(occurrences[0]?.startsAt).toEqual(first);
    expect(occurrences[0]?.startsAt).not.toBe(first); // a copy
    expect(occurrences[1]?.startsAt.toISOString()).toBe('2026-01-20T11:00:30.250Z');
  });

  it('rejects a firstStartsAt that is not an occurrence of the rule (unlike RFC 5545 DTSTART, which would count it)', () => {
    // Monday 2026-01-12 is not a second Tuesday
    const error = errorOf('FREQ=MONTHLY;BYDAY=2TU;COUNT=6', '2026-01-12T11:00:00Z', 'Africa/Nairobi');
    expect(error.field).toBe('rrule');
    expect(error.message).toContain('Monday 2026-01-12 14:00 Africa/Nairobi');
    expect(error.message).toContain('Tuesday 2026-01-13 14:00');
  });

  it('moves a wall-clock time in a DST gap forward by the gap: daily 02:30 Europe/Paris across 2026-03-29', () => {
    const result = starts('FREQ=DAILY;COUNT=4', '2026-03-27T01:30:00Z', 'Europe/Paris');
    expect(result).toEqual([
      '2026-03-27T01:30:00.000Z',
      '2026-03-28T01:30:00.000Z',
      '2026-03-29T01:30:00.000Z', // 02:30 does not exist that day: 03:30 CEST
      '2026-03-30T00:30:00.000Z',
    ]);
    expect(localTimes(result, 'Europe/Paris')).toEqual([
      '2026-03-27T02:30 +01:00',
      '2026-03-28T02:30 +01:00',
      '2026-03-29T03:30 +02:00',
      '2026-03-30T02:30 +02:00',
    ]);
  });

  it('takes the earlier instant for a wall-clock time that occurs twice (2026-10-25 02:30 Europe/Paris)', () => {
    expect(starts('FREQ=DAILY;COUNT=3', '2026-10-24T00:30:00Z', 'Europe/Paris')).toEqual([
      '2026-10-24T00:30:00.000Z',
      '2026-10-25T00:30:00.000Z', // 02:30 CEST, not the second 02:30 (CET, 01:30Z)
      '2026-10-26T01:30:00.000Z',
    ]);
  });

  it('throws RangeError for caller errors outside the rule', () => {
    const base = { rrule: 'FREQ=WEEKLY;COUNT=2', firstStartsAt: new Date('2026-01-13T11:00:00Z'), durationMs: HOUR, timeZone: 'Africa/Nairobi' };
    expect(() => expandSeries({ ...base, timeZone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => expandSeries({ ...base, durationMs: 0 })).toThrow(RangeError);
    expect(() => expandSeries({ ...base, firstStartsAt: new Date('nope') })).toThrow(RangeError);
  });
});
