/**
 * Expansion of a workshop series' RFC 5545 RRULE into its occurrences.
 *
 * Pure: no clock, no database. The caller validates the rest of the input (firstStartsAt a
 * valid Date, durationMs > 0, timeZone a valid IANA zone); a bad value there is a programming
 * error and throws a RangeError, while a bad rule throws RecurrenceError for the client.
 *
 * How time zones work here: the `rrule` package is given "floating" wall-clock times (a Date
 * tagged UTC whose UTC fields hold the local wall-clock fields in `timeZone`, the approach the
 * package documents for time zones), so it never sees an offset. Each result's wall-clock fields
 * are then turned back into an instant in `timeZone`. A 09:00 Europe/Paris webinar therefore
 * stays at 09:00 Paris time in winter and summer; its UTC instant moves by an hour.
 *
 * Decisions:
 * - firstStartsAt must itself be an occurrence of the rule. RFC 5545 counts DTSTART as the first
 *   instance even when it does not match the rule (e.g. a Monday with BYDAY=2TU), while the
 *   `rrule` package (like python-dateutil) silently drops it. Either way the organiser would get
 *   a series that is not what they picked, so a mismatch is rejected with RecurrenceError('rrule').
 *   When it matches, occurrence 0 is exactly firstStartsAt and COUNT includes it.
 * - Wall-clock time in a DST gap (e.g. 02:30 Europe/Paris on 2026-03-29, which does not exist):
 *   moved forward by the length of the gap, i.e. read with the offset in force before the gap,
 *   as RFC 5545 §3.3.5 says: 02:30 becomes 03:30 CEST (01:30Z). The next day is 02:30 again.
 * - Wall-clock time that occurs twice (the hour repeated when DST ends): the first (earlier)
 *   instant, also per RFC 5545 §3.3.5.
 * - UNTIL: a UTC date-time (…Z) is an instant, inclusive. RFC 5545 requires UTC when DTSTART
 *   has a time zone; we also accept a floating date-time (read as wall-clock time in `timeZone`)
 *   and a date (inclusive of that whole local day in `timeZone`). COUNT and UNTIL together are
 *   rejected (RFC 5545 says they MUST NOT both occur).
 * - Only the RRULE value itself is accepted, with or without the 'RRULE:' prefix: no DTSTART,
 *   EXDATE, RDATE or other property lines (the first occurrence comes from firstStartsAt).
 * - Parsing is strict (the `rrule` package's own parser ignores bad values such as COUNT=abc or
 *   FREQ=FOO), so every part is checked here and the message quotes the offending text.
 */
import { DateTime, IANAZone } from 'luxon';
import { RRule, Weekday } from 'rrule';
import type { Options as RRuleOptions } from 'rrule';

export interface Occurrence {
  startsAt: Date;
  endsAt: Date;
  index: number;
}

export class RecurrenceError extends Error {
  constructor(
    readonly field: 'rrule' | 'count',
    message: string,
  ) {
    super(message);
    this.name = 'RecurrenceError';
  }
}

/** At most this many occurrences (a year of weekly workshops) in one series. */
export const MAX_OCCURRENCES = 52;

export interface ExpandSeriesInput {
  /** e.g. 'FREQ=MONTHLY;BYDAY=2TU;COUNT=6' or 'RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20261231T235959Z' */
  rrule: string;
  /** The first occurrence's start instant. */
  firstStartsAt: Date;
  /** How long each occurrence lasts; > 0. */
  durationMs: number;
  /** The venue's IANA zone; occurrences keep firstStartsAt's local wall-clock time in it. */
  timeZone: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

const WEEKDAYS = { MO: 0, TU: 1, WE: 2, TH: 3, FR: 4, SA: 5, SU: 6 } as const;
type WeekdayCode = keyof typeof WEEKDAYS;

const SUPPORTED_FREQS = {
  YEARLY: RRule.YEARLY,
  MONTHLY: RRule.MONTHLY,
  WEEKLY: RRule.WEEKLY,
  DAILY: RRule.DAILY,
} as const;
const UNSUPPORTED_FREQS = new Set(['HOURLY', 'MINUTELY', 'SECONDLY']);

const PART_NAMES = [
  'FREQ',
  'UNTIL',
  'COUNT',
  'INTERVAL',
  'BYSECOND',
  'BYMINUTE',
  'BYHOUR',
  'BYDAY',
  'BYMONTHDAY',
  'BYYEARDAY',
  'BYWEEKNO',
  'BYMONTH',
  'BYSETPOS',
  'WKST',
] as const;
type PartName = (typeof PART_NAMES)[number];

type Until = { kind: 'utc'; fields: WallFields } | { kind: 'floating'; fields: WallFields } | { kind: 'date'; year: number; month: number; day: number };

interface WallFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

interface ParsedRule {
  text: string;
  options: Partial<RRuleOptions> & { freq: RRuleOptions['freq'] };
  until: Until | null;
}

export function expandSeries(input: ExpandSeriesInput): Occurrence[] {
  const { firstStartsAt, durationMs, timeZone } = input;
  if (!(firstStartsAt instanceof Date) || Number.isNaN(firstStartsAt.getTime())) {
    throw new RangeError('firstStartsAt must be a valid Date');
  }
  if (!Number.isFinite(durationMs) || durationMs <= 0) {
    throw new RangeError(`durationMs must be a positive number of milliseconds, got ${durationMs}`);
  }
  if (!IANAZone.isValidZone(timeZone)) {
    throw new RangeError(`timeZone must be an IANA time zone, got "${timeZone}"`);
  }
  const zone = IANAZone.create(timeZone);
  const rule = parseRule(input.rrule);

  const startWall = DateTime.fromJSDate(firstStartsAt, { zone });
  const floatingStart = floating(startWall);
  const untilInstant = rule.until ? untilToInstant(rule.until, zone) : null;

  // With UNTIL we filter by instant ourselves (an exact, DST-proof comparison); rrule only gets a
  // generous wall-clock bound, and the iteration stops one occurrence past the limit.
  let kept = 0;
  let tooMany = false;
  const raw = new RRule({
    ...rule.options,
    dtstart: floatingStart,
    tzid: null,
    until: untilInstant === null ? null : new Date(floating(DateTime.fromMillis(untilInstant, { zone })).getTime() + 2 * DAY_MS),
  }).all((date) => {
    if (untilInstant === null) return true;
    const instant = wallToInstant(date, zone);
    if (instant > untilInstant + DAY_MS) return false;
    if (instant <= untilInstant) kept += 1;
    tooMany = kept > MAX_OCCURRENCES;
    return !tooMany; // the extra one is not kept, so remember it
  });

  if (untilInstant !== null && untilInstant < firstStartsAt.getTime()) {
    throw new RecurrenceError(
      'rrule',
      `The series has no occurrences: UNTIL (${new Date(untilInstant).toISOString()}) is before the first start (${firstStartsAt.toISOString()})`,
    );
  }
  const first = raw[0];
  if (first === undefined || first.getTime() !== floatingStart.getTime()) {
    const startText = `${startWall.toFormat('cccc yyyy-MM-dd HH:mm')} ${timeZone}`;
    throw new RecurrenceError(
      'rrule',
      first === undefined
        ? `The series has no occurrences: "${rule.text}" never matches starting from ${startText}`
        : `The first start (${startText}) is not an occurrence of "${rule.text}"; the rule's first date from then is ` +
            `${DateTime.fromJSDate(first, { zone: 'UTC' }).toFormat('cccc yyyy-MM-dd HH:mm')}. Pick a first start that matches the rule`,
    );
  }

  const starts = raw
    .map((date, i) => (i === 0 ? firstStartsAt.getTime() : wallToInstant(date, zone)))
    .filter((instant) => untilInstant === null || instant <= untilInstant);
  if (tooMany || starts.length > MAX_OCCURRENCES) {
    throw new RecurrenceError(
      'rrule',
      `"${rule.text}" gives more than ${MAX_OCCURRENCES} occurrences; a series may have at most ${MAX_OCCURRENCES} (use an earlier UNTIL or a COUNT)`,
    );
  }
  return starts.map((instant, index) => ({
    startsAt: new Date(instant),
    endsAt: new Date(instant + durationMs),
    index,
  }));
}

// ---------------------------------------------------------------------------------------------
// Parsing

function parseRule(input: string): ParsedRule {
  if (typeof input !== 'string' || input.trim() === '') {
    throw new RecurrenceError('rrule', 'The recurrence rule is empty; expected e.g. "FREQ=WEEKLY;COUNT=10"');
  }
  let text = input.trim();
  if (/[\r\n]/.test(text)) {
    throw new RecurrenceError(
      'rrule',
      'The recurrence rule must be a single RRULE line: DTSTART, EXDATE, RDATE and other lines are not accepted (the first occurrence is the first start)',
    );
  }
  if (/^RRULE:/i.test(text)) text = text.slice('RRULE:'.length).trim();
  if (text.includes(':')) {
    throw new RecurrenceError(
      'rrule',
      `Only an RRULE value is accepted (e.g. "FREQ=WEEKLY;COUNT=10"), not "${input.trim()}": DTSTART, EXDATE and RDATE are not supported (the first occurrence is the first start)`,
    );
  }
  if (text.endsWith(';')) text = text.slice(0, -1);

  const values = new Map<PartName, string>();
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).trim().toUpperCase();
    const value = eq < 0 ? '' : part.slice(eq + 1).trim();
    if (/^(DTSTART|EXDATE|RDATE|EXRULE|TZID)$/.test(name)) {
      throw new RecurrenceError('rrule', `"${part}" is not accepted in the recurrence rule: the first occurrence is the first start, in the venue's time zone`);
    }
    if (!(PART_NAMES as readonly string[]).includes(name)) {
      throw new RecurrenceError('rrule', `Unknown or invalid part "${part}" in the recurrence rule "${text}"`);
    }
    if (eq < 0 || value === '') {
      throw new RecurrenceError('rrule', `"${part}" in the recurrence rule has no value`);
    }
    if (values.has(name as PartName)) {
      throw new RecurrenceError('rrule', `${name} appears more than once in the recurrence rule "${text}"`);
    }
    values.set(name as PartName, value);
  }

  const freqText = values.get('FREQ')?.toUpperCase();
  if (freqText === undefined) {
    throw new RecurrenceError('rrule', `The recurrence rule "${text}" has no FREQ (e.g. FREQ=WEEKLY)`);
  }
  if (UNSUPPORTED_FREQS.has(freqText)) {
    throw new RecurrenceError('rrule', `FREQ=${freqText} is not supported for a workshop series; use DAILY, WEEKLY, MONTHLY or YEARLY`);
  }
  if (!Object.hasOwn(SUPPORTED_FREQS, freqText)) {
    throw new RecurrenceError('rrule', `Invalid FREQ "${values.get('FREQ')}"; use DAILY, WEEKLY, MONTHLY or YEARLY`);
  }
  const freqName = freqText as keyof typeof SUPPORTED_FREQS;
  const options: ParsedRule['options'] = { freq: SUPPORTED_FREQS[freqName] };

  const countText = values.get('COUNT');
  const untilText = values.get('UNTIL');
  if (countText !== undefined && untilText !== undefined) {
    throw new RecurrenceError('rrule', 'The recurrence rule may have COUNT or UNTIL, not both');
  }
  if (countText === undefined && untilText === undefined) {
    throw new RecurrenceError('rrule', `The recurrence rule "${text}" never ends: add COUNT (at most ${MAX_OCCURRENCES}) or UNTIL`);
  }
  if (countText !== undefined) {
    if (!/^\d+$/.test(countText) || Number(countText) < 1) {
      throw new RecurrenceError('rrule', `Invalid COUNT "${countText}": expected a whole number from 1 to ${MAX_OCCURRENCES}`);
    }
    const count = Number(countText);
    if (count > MAX_OCCURRENCES) {
      throw new RecurrenceError('rrule', `COUNT=${countText} is too many: a series may have at most ${MAX_OCCURRENCES} occurrences`);
    }
    options.count = count;
  }
  const until = untilText === undefined ? null : parseUntil(untilText);

  const interval = values.get('INTERVAL');
  if (interval !== undefined) {
    if (!/^\d+$/.test(interval) || Number(interval) < 1 || Number(interval) > 1000) {
      throw new RecurrenceError('rrule', `Invalid INTERVAL "${interval}": expected a whole number from 1`);
    }
    options.interval = Number(interval);
  }

  const bySecond = numberList(values, 'BYSECOND', 0, 59, false);
  if (bySecond) options.bysecond = bySecond;
  const byMinute = numberList(values, 'BYMINUTE', 0, 59, false);
  if (byMinute) options.byminute = byMinute;
  const byHour = numberList(values, 'BYHOUR', 0, 23, false);
  if (byHour) options.byhour = byHour;
  const byMonth = numberList(values, 'BYMONTH', 1, 12, false);
  if (byMonth) options.bymonth = byMonth;
  const byMonthDay = numberList(values, 'BYMONTHDAY', 1, 31, true);
  if (byMonthDay) {
    if (freqName === 'WEEKLY') throw new RecurrenceError('rrule', 'BYMONTHDAY cannot be used with FREQ=WEEKLY');
    options.bymonthday = byMonthDay;
  }
  const byYearDay = numberList(values, 'BYYEARDAY', 1, 366, true);
  if (byYearDay) {
    if (freqName !== 'YEARLY') throw new RecurrenceError('rrule', `BYYEARDAY can only be used with FREQ=YEARLY`);
    options.byyearday = byYearDay;
  }
  const byWeekNo = numberList(values, 'BYWEEKNO', 1, 53, true);
  if (byWeekNo) {
    if (freqName !== 'YEARLY') throw new RecurrenceError('rrule', `BYWEEKNO can only be used with FREQ=YEARLY`);
    options.byweekno = byWeekNo;
  }
  const bySetPos = numberList(values, 'BYSETPOS', 1, 366, true);
  if (bySetPos) {
    if (![...values.keys()].some((name) => name.startsWith('BY') && name !== 'BYSETPOS')) {
      throw new RecurrenceError('rrule', 'BYSETPOS needs another BYxxx part (e.g. BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1)');
    }
    options.bysetpos = bySetPos;
  }

  const byDay = values.get('BYDAY');
  if (byDay !== undefined) {
    options.byweekday = byDay.split(',').map((item) => {
      const match = /^([+-]?)(\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/i.exec(item.trim());
      const ordinal = match?.[2] === undefined ? 0 : Number(match[2]) * (match[1] === '-' ? -1 : 1);
      if (!match || (match[2] !== undefined && (ordinal === 0 || Math.abs(ordinal) > 53))) {
        throw new RecurrenceError('rrule', `Invalid BYDAY value "${item}": expected e.g. MO, 2TU or -1FR`);
      }
      if (ordinal !== 0 && freqName !== 'MONTHLY' && freqName !== 'YEARLY') {
        throw new RecurrenceError('rrule', `BYDAY "${item}" with a number only works with FREQ=MONTHLY or FREQ=YEARLY`);
      }
      if (ordinal !== 0 && freqName === 'YEARLY' && byWeekNo) {
        throw new RecurrenceError('rrule', `BYDAY "${item}" with a number cannot be combined with BYWEEKNO`);
      }
      const weekday = new Weekday(WEEKDAYS[(match[3] ?? '').toUpperCase() as WeekdayCode]);
      return ordinal === 0 ? weekday : weekday.nth(ordinal);
    });
  }

  const wkst = values.get('WKST');
  if (wkst !== undefined) {
    const code = wkst.toUpperCase();
    if (!Object.hasOwn(WEEKDAYS, code)) {
      throw new RecurrenceError('rrule', `Invalid WKST "${wkst}": expected MO, TU, WE, TH, FR, SA or SU`);
    }
    options.wkst = WEEKDAYS[code as WeekdayCode];
  }

  return { text, options, until };
}

function numberList(values: Map<PartName, string>, name: PartName, min: number, max: number, signed: boolean): number[] | null {
  const text = values.get(name);
  if (text === undefined) return null;
  return text.split(',').map((item) => {
    const trimmed = item.trim();
    const value = Number(trimmed);
    const magnitude = Math.abs(value);
    if (!(signed ? /^[+-]?\d+$/ : /^\d+$/).test(trimmed) || magnitude < min || magnitude > max) {
      throw new RecurrenceError('rrule', `Invalid ${name} value "${item}": expected ${signed ? `${min}..${max} or -${max}..-${min}` : `${min}..${max}`}`);
    }
    return value;
  });
}

function parseUntil(text: string): Until {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/i.exec(text);
  const invalid = () => new RecurrenceError('rrule', `Invalid UNTIL "${text}": expected a UTC date-time such as 20261231T235959Z`);
  if (!match) throw invalid();
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!DateTime.fromObject({ year, month, day }, { zone: 'UTC' }).isValid) throw invalid();
  if (match[4] === undefined) return { kind: 'date', year, month, day };
  const fields = { year, month, day, hour: Number(match[4]), minute: Number(match[5]), second: Number(match[6]), millisecond: 0 };
  if (!DateTime.fromObject(fields, { zone: 'UTC' }).isValid) throw invalid();
  return { kind: match[7] ? 'utc' : 'floating', fields };
}

// ---------------------------------------------------------------------------------------------
// Wall-clock time <-> instants

/** The wall-clock fields of `local`, as a UTC-tagged ("floating") Date for rrule. */
function floating(local: DateTime): Date {
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second, local.millisecond));
}

/**
 * The instant at which the wall clock in `zone` shows the floating date's fields. A time in a
 * DST gap is read with the offset before the gap (so it moves forward by the gap); a time that
 * occurs twice is the earlier instant (RFC 5545 §3.3.5).
 */
function wallToInstant(date: Date, zone: IANAZone): number {
  return localMsToInstant(date.getTime(), zone);
}

function localMsToInstant(localMs: number, zone: IANAZone): number {
  const offsetMs = (instant: number) => zone.offset(instant) * 60_000;
  const before = offsetMs(localMs - DAY_MS);
  const after = offsetMs(localMs + DAY_MS);
  const candidates = [...new Set([before, after])]
    .map((offset) => localMs - offset)
    // a candidate is real when the zone's offset at that instant is the offset it was built with
    .filter((instant) => offsetMs(instant) === localMs - instant)
    .sort((a, b) => a - b);
  return candidates[0] ?? localMs - before;
}

function untilToInstant(until: Until, zone: IANAZone): number {
  switch (until.kind) {
    case 'utc': {
      const f = until.fields;
      return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, f.millisecond);
    }
    case 'floating': {
      const f = until.fields;
      return localMsToInstant(Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, f.millisecond), zone);
    }
    case 'date':
      // The whole local day is included: up to just before the next day's local midnight.
      return localMsToInstant(Date.UTC(until.year, until.month - 1, until.day + 1), zone) - 1;
  }
}
