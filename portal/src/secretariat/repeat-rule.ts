import type { Key } from '../dictionaries/en';

// As i18n.tsx has them (not imported: the unit tests load this file without JSX).
type Lang = 'en' | 'fr' | 'es';
type T = (key: Key, vars?: Record<string, string | number>) => string;

/**
 * The few repeats a planner asks for, as RFC 5545 RRULE text for createWorkshopSeries, and back.
 *
 * Everything here is calendar arithmetic on the venue's wall-clock dates: a series keeps its first
 * start's local time of day in the venue's zone (src/modules/workshops/time/recurrence.ts), so which
 * days it falls on does not depend on any offset, and no time zone library is needed.
 */

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const FREQUENCIES = ['NONE', 'WEEKLY', 'EVERY_N_WEEKS', 'MONTHLY_WEEKDAY', 'MONTHLY_DAY'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
/** 1 to 4, or -1: the last in the month. */
export const ORDINALS = [1, 2, 3, 4, -1] as const;
/** The server's limit on one series (MAX_OCCURRENCES). */
export const MAX_TIMES = 52;

export interface Repeat {
  frequency: Frequency;
  /** Weeks between workshops (EVERY_N_WEEKS). */
  interval: number;
  ordinal: number;
  weekday: Weekday;
  monthDay: number;
  ending: 'COUNT' | 'UNTIL';
  count: number;
  /** YYYY-MM-DD: the last day a workshop may fall on, that day included. */
  until: string;
}

interface Day {
  year: number;
  month: number;
  day: number;
}

const parseDay = (text: string): Day | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return null;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const check = new Date(Date.UTC(day.year, day.month - 1, day.day));
  return check.getUTCMonth() === day.month - 1 && check.getUTCDate() === day.day ? day : null;
};
const dayText = (d: Day) => `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
const fromUtc = (ms: number): Day => {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};
const utc = (d: Day) => Date.UTC(d.year, d.month - 1, d.day);
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** getUTCDay counts from Sunday; RRULE weeks here from Monday. */
const weekdayOf = (d: Day): Weekday => WEEKDAYS[(new Date(utc(d)).getUTCDay() + 6) % 7]!;
const ordinalOf = (d: Day): number => (d.day > 28 ? -1 : Math.ceil(d.day / 7));
const isLastOfMonth = (d: Day) => d.day + 7 > daysIn(d.year, d.month);

/** The nth (or last) given weekday of a month. */
function nthWeekday(year: number, month: number, ordinal: number, weekday: Weekday): Day {
  const index = WEEKDAYS.indexOf(weekday);
  if (ordinal === -1) {
    const last = { year, month, day: daysIn(year, month) };
    const back = (WEEKDAYS.indexOf(weekdayOf(last)) - index + 7) % 7;
    return { year, month, day: last.day - back };
  }
  const first = { year, month, day: 1 };
  const forward = (index - WEEKDAYS.indexOf(weekdayOf(first)) + 7) % 7;
  return { year, month, day: 1 + forward + 7 * (ordinal - 1) };
}

/** The choices a start date suggests: its weekday, its place in the month, its day of the month. */
export function defaultsFor(startsAtLocal: string): Repeat {
  const start = parseDay(startsAtLocal) ?? fromUtc(Date.now());
  const until = { year: start.year, month: start.month + 6, day: 1 };
  return {
    frequency: 'NONE',
    interval: 2,
    ordinal: ordinalOf(start),
    weekday: weekdayOf(start),
    monthDay: start.day,
    ending: 'COUNT',
    count: 6,
    until: dayText(fromUtc(Date.UTC(until.year, until.month - 1, Math.min(start.day, daysIn(until.year, until.month))))),
  };
}

/** Whether the start date is itself a date of the rule (the server refuses a series whose first start is not). */
export function startMatches(repeat: Repeat, startsAtLocal: string): boolean {
  const start = parseDay(startsAtLocal);
  if (!start) return true;
  if (repeat.frequency === 'MONTHLY_DAY') return start.day === repeat.monthDay;
  if (repeat.frequency === 'MONTHLY_WEEKDAY') {
    return weekdayOf(start) === repeat.weekday && (repeat.ordinal === -1 ? isLastOfMonth(start) : Math.ceil(start.day / 7) === repeat.ordinal);
  }
  return true;
}

/**
 * The same choices, following a new start date: the weekday, its place in the month and the day of
 * the month come from the start, unless a monthly rule already fits it (a chosen "last Tuesday"
 * stays); a last date before the start moves after it.
 */
export function followStart(repeat: Repeat, startsAtLocal: string): Repeat {
  const start = parseDay(startsAtLocal);
  if (!start) return repeat;
  const monthly = repeat.frequency === 'MONTHLY_WEEKDAY' || repeat.frequency === 'MONTHLY_DAY';
  const fits = monthly && startMatches(repeat, startsAtLocal);
  const next: Repeat = fits
    ? { ...repeat }
    : { ...repeat, weekday: weekdayOf(start), ordinal: repeat.ordinal === -1 && isLastOfMonth(start) ? -1 : ordinalOf(start), monthDay: start.day };
  const until = parseDay(repeat.until);
  if (!until || utc(until) < utc(start)) next.until = defaultsFor(startsAtLocal).until;
  return (Object.keys(next) as (keyof Repeat)[]).every((key) => next[key] === repeat[key]) ? repeat : next;
}

/** The RRULE for createWorkshopSeries; empty when it does not repeat. */
export function toRrule(repeat: Repeat): string {
  const parts: string[] = [];
  switch (repeat.frequency) {
    case 'NONE':
      return '';
    case 'WEEKLY':
      parts.push('FREQ=WEEKLY');
      break;
    case 'EVERY_N_WEEKS':
      parts.push('FREQ=WEEKLY', `INTERVAL=${repeat.interval}`);
      break;
    case 'MONTHLY_WEEKDAY':
      parts.push('FREQ=MONTHLY', `BYDAY=${repeat.ordinal}${repeat.weekday}`);
      break;
    case 'MONTHLY_DAY':
      parts.push('FREQ=MONTHLY', `BYMONTHDAY=${repeat.monthDay}`);
      break;
  }
  parts.push(repeat.ending === 'COUNT' ? `COUNT=${repeat.count}` : `UNTIL=${repeat.until.replaceAll('-', '')}`);
  return parts.join(';');
}

/**
 * A rule typed by hand read back into the choices, when it is one of those the builder makes
 * (any order of parts, any case); null for every other rule, which then stays as typed.
 */
export function parseRrule(text: string, base: Repeat): Repeat | null {
  const value = text.trim().replace(/^RRULE:/i, '');
  if (value === '') return { ...base, frequency: 'NONE' };
  const parts = new Map<string, string>();
  for (const part of value.replace(/;$/, '').split(';')) {
    const [name, given, extra] = part.split('=');
    if (!name || given === undefined || extra !== undefined || parts.has(name.trim().toUpperCase())) return null;
    parts.set(name.trim().toUpperCase(), given.trim().toUpperCase());
  }
  const repeat: Repeat = { ...base };
  const take = (name: string) => {
    const found = parts.get(name);
    parts.delete(name);
    return found;
  };
  const freq = take('FREQ');
  const interval = take('INTERVAL');
  const byDay = take('BYDAY');
  const byMonthDay = take('BYMONTHDAY');
  const count = take('COUNT');
  const until = take('UNTIL');
  if (parts.size > 0 || (count === undefined) === (until === undefined)) return null;
  if (count !== undefined) {
    if (!/^\d{1,3}$/.test(count)) return null;
    repeat.ending = 'COUNT';
    repeat.count = Number(count);
  } else {
    const day = /^(\d{4})(\d{2})(\d{2})$/.exec(until ?? '');
    const parsed = day && parseDay(`${day[1]}-${day[2]}-${day[3]}`);
    if (!parsed) return null;
    repeat.ending = 'UNTIL';
    repeat.until = dayText(parsed);
  }
  if (freq === 'WEEKLY' && byDay === undefined && byMonthDay === undefined) {
    const weeks = interval === undefined ? 1 : Number(interval);
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > 99) return null;
    repeat.frequency = weeks === 1 ? 'WEEKLY' : 'EVERY_N_WEEKS';
    if (weeks > 1) repeat.interval = weeks;
    return repeat;
  }
  if (freq !== 'MONTHLY' || (interval !== undefined && interval !== '1')) return null;
  if (byDay !== undefined && byMonthDay === undefined) {
    const match = /^([+-]?\d)(MO|TU|WE|TH|FR|SA|SU)$/.exec(byDay);
    const ordinal = Number(match?.[1]);
    if (!match || !(ORDINALS as readonly number[]).includes(ordinal)) return null;
    return { ...repeat, frequency: 'MONTHLY_WEEKDAY', ordinal, weekday: match[2] as Weekday };
  }
  if (byMonthDay !== undefined && byDay === undefined && /^\d{1,2}$/.test(byMonthDay) && Number(byMonthDay) >= 1 && Number(byMonthDay) <= 31) {
    return { ...repeat, frequency: 'MONTHLY_DAY', monthDay: Number(byMonthDay) };
  }
  return null;
}

/**
 * The dates (YYYY-MM-DD) the rule gives from the start date on, as the server expands it; at most
 * `limit`, so a rule that gives too many is seen without listing them all.
 */
export function datesOf(repeat: Repeat, startsAtLocal: string, limit = MAX_TIMES + 1): string[] {
  const start = parseDay(startsAtLocal);
  if (!start || repeat.frequency === 'NONE') return start ? [dayText(start)] : [];
  const until = repeat.ending === 'UNTIL' ? parseDay(repeat.until) : null;
  if (repeat.ending === 'UNTIL' && !until) return [];
  const wanted = Math.min(limit, repeat.ending === 'COUNT' ? Math.max(0, repeat.count) : limit);
  const dates: Day[] = [];
  const keep = (d: Day) => {
    if (until && utc(d) > utc(until)) return false;
    if (utc(d) >= utc(start)) dates.push(d);
    return dates.length < wanted;
  };
  if (repeat.frequency === 'WEEKLY' || repeat.frequency === 'EVERY_N_WEEKS') {
    const step = 7 * (repeat.frequency === 'WEEKLY' ? 1 : Math.max(1, repeat.interval));
    let k = 0;
    while (wanted > 0 && keep(fromUtc(utc(start) + k * step * 86_400_000))) k += 1;
  } else {
    // A month without the day (the 31st) is skipped, as RFC 5545 says; ten years is plenty to look through.
    for (let k = 0; wanted > 0 && k < 120; k++) {
      const year = start.year + Math.floor((start.month - 1 + k) / 12);
      const month = ((start.month - 1 + k) % 12) + 1;
      if (repeat.frequency === 'MONTHLY_WEEKDAY') {
        if (!keep(nthWeekday(year, month, repeat.ordinal, repeat.weekday))) break;
      } else if (repeat.monthDay <= daysIn(year, month) && !keep({ year, month, day: repeat.monthDay })) break;
    }
  }
  return dates.map(dayText);
}

/** What stands in the way of saving the rule as a series, or null. */
export function problemOf(repeat: Repeat, startsAtLocal: string): Key | null {
  if (repeat.frequency === 'NONE' || !parseDay(startsAtLocal)) return null;
  if (repeat.frequency === 'EVERY_N_WEEKS' && !(Number.isInteger(repeat.interval) && repeat.interval >= 2 && repeat.interval <= 52)) return 'repeatBadInterval';
  if (repeat.ending === 'COUNT' && !(Number.isInteger(repeat.count) && repeat.count >= 1 && repeat.count <= MAX_TIMES)) return 'repeatBadCount';
  if (!startMatches(repeat, startsAtLocal)) return 'repeatStartMismatch';
  const dates = datesOf(repeat, startsAtLocal);
  if (dates.length === 0) return 'repeatNoDates';
  if (dates.length > MAX_TIMES) return 'repeatTooMany';
  return null;
}

const ORDINAL_WORDS: Record<string, Key> = {
  '1': 'repeatOrdinal1',
  '2': 'repeatOrdinal2',
  '3': 'repeatOrdinal3',
  '4': 'repeatOrdinal4',
  '-1': 'repeatOrdinalLast',
};
export const ordinalWord = (t: T, ordinal: number): string => t(ORDINAL_WORDS[String(ordinal)] ?? 'repeatOrdinalLast');

/** A weekday's name in the reader's language (1 January 2024 was a Monday). */
export function weekdayName(lang: Lang, weekday: Weekday): string {
  return new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(weekday)));
}

/** A wall-clock date (and time, when given) as the reader writes it, with no zone arithmetic. */
export function formatLocal(lang: Lang, local: string, withTime = true): string {
  const day = parseDay(local);
  if (!day) return local;
  const time = /T(\d{2}):(\d{2})/.exec(local);
  const ms = Date.UTC(day.year, day.month - 1, day.day, Number(time?.[1] ?? 0), Number(time?.[2] ?? 0));
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang, withTime && time ? { ...options, hour: '2-digit', minute: '2-digit' } : options).format(ms);
}

/** The rule in a sentence, e.g. "Every month on the second Tuesday, 3 times." */
export function describe(repeat: Repeat, startsAtLocal: string, t: T, lang: Lang): string {
  const start = parseDay(startsAtLocal);
  if (repeat.frequency === 'NONE') return t('repeatSentenceNone');
  const weekday = weekdayName(lang, repeat.frequency === 'MONTHLY_WEEKDAY' || !start ? repeat.weekday : weekdayOf(start));
  const rule =
    repeat.frequency === 'WEEKLY'
      ? t('repeatSentenceWeekly', { weekday })
      : repeat.frequency === 'EVERY_N_WEEKS'
        ? t('repeatSentenceWeeks', { n: repeat.interval, weekday })
        : repeat.frequency === 'MONTHLY_WEEKDAY'
          ? t('repeatSentenceMonthWeekday', { ordinal: ordinalWord(t, repeat.ordinal), weekday })
          : t('repeatSentenceMonthDay', { day: repeat.monthDay });
  const ending =
    repeat.ending === 'COUNT'
      ? // "1 time" / "1 vez", "6 times", by the language's plural rules (as i18n.tsx's plural()).
        t(new Intl.PluralRules(lang).select(repeat.count) === 'one' ? 'repeatSentenceTimesOne' : 'repeatSentenceTimes', { n: repeat.count })
      : t('repeatSentenceUntil', { date: formatLocal(lang, repeat.until, false) });
  return t('repeatSentence', { rule, ending });
}
