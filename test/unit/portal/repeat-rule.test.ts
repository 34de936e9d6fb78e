import { en } from '../../../portal/src/dictionaries/en';
import { es } from '../../../portal/src/dictionaries/es';
import { fr } from '../../../portal/src/dictionaries/fr';
import {
  datesOf,
  defaultsFor,
  describe as sentenceOf,
  followStart,
  parseRrule,
  problemOf,
  type Repeat,
  startMatches,
  toRrule,
} from '../../../portal/src/secretariat/repeat-rule';
import { expandSeries } from '../../../src/modules/workshops/time/recurrence';

// The portal's lookup (i18n.tsx, which jest does not load as .tsx): a language's words with their placeholders filled.
const translator =
  (lang: 'en' | 'fr' | 'es') =>
  (key: string, vars: Record<string, string | number> = {}): string => {
    const words: Record<string, string> = Object.assign({}, ...Object.values({ en, fr, es }[lang]));
    return (words[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
  };

// 14 April 2026 is the second Tuesday of April.
const START = '2026-04-14T15:00';
const base = defaultsFor(START);
const rule = (change: Partial<Repeat>): Repeat => ({ ...base, ...change });

describe('the repeat builder’s rules', () => {
  it('take their weekday, place in the month and day of the month from the start date', () => {
    expect(base).toMatchObject({ frequency: 'NONE', weekday: 'TU', ordinal: 2, monthDay: 14, ending: 'COUNT' });
    expect(defaultsFor('2026-04-28T09:00')).toMatchObject({ weekday: 'TU', ordinal: 4 });
    // A fifth Thursday is the last one: there is no "fifth" to choose.
    expect(defaultsFor('2026-04-30T09:00')).toMatchObject({ weekday: 'TH', ordinal: -1, monthDay: 30 });
  });

  it('make the RRULE the API expects, and read it back', () => {
    const cases: [Partial<Repeat>, string][] = [
      [{ frequency: 'NONE' }, ''],
      [{ frequency: 'WEEKLY', count: 10 }, 'FREQ=WEEKLY;COUNT=10'],
      [{ frequency: 'EVERY_N_WEEKS', interval: 3, ending: 'UNTIL', until: '2026-12-31' }, 'FREQ=WEEKLY;INTERVAL=3;UNTIL=20261231'],
      [{ frequency: 'MONTHLY_WEEKDAY', ordinal: 2, weekday: 'TU', count: 3 }, 'FREQ=MONTHLY;BYDAY=2TU;COUNT=3'],
      [{ frequency: 'MONTHLY_WEEKDAY', ordinal: -1, weekday: 'FR', count: 6 }, 'FREQ=MONTHLY;BYDAY=-1FR;COUNT=6'],
      [{ frequency: 'MONTHLY_DAY', monthDay: 14, count: 52 }, 'FREQ=MONTHLY;BYMONTHDAY=14;COUNT=52'],
    ];
    for (const [change, text] of cases) {
      expect(toRrule(rule(change))).toBe(text);
      expect(toRrule(parseRrule(text, base)!)).toBe(text);
    }
    // Typed by hand: any case, order and prefix, as long as it is one of the builder's rules.
    expect(parseRrule('RRULE:count=3;byday=2tu;freq=monthly', base)).toMatchObject({ frequency: 'MONTHLY_WEEKDAY', ordinal: 2, weekday: 'TU', count: 3 });
    for (const other of [
      'FREQ=DAILY;COUNT=3',
      'FREQ=MONTHLY;BYDAY=2TU',
      'FREQ=MONTHLY;BYDAY=5TU;COUNT=3',
      'FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4',
      'FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1;COUNT=2',
      'nonsense',
    ]) {
      expect([other, parseRrule(other, base)]).toEqual([other, null]);
    }
  });

  it('give the same dates as the server expands the RRULE into', () => {
    const firstStartsAt = new Date('2026-04-14T13:00:00Z'); // 15:00 in Paris (CEST)
    const cases: Partial<Repeat>[] = [
      { frequency: 'WEEKLY', count: 5 },
      { frequency: 'EVERY_N_WEEKS', interval: 2, ending: 'UNTIL', until: '2026-08-04' },
      { frequency: 'MONTHLY_WEEKDAY', ordinal: 2, weekday: 'TU', count: 12 },
      { frequency: 'MONTHLY_WEEKDAY', ordinal: -1, weekday: 'TU', count: 1 },
      { frequency: 'MONTHLY_DAY', monthDay: 14, ending: 'UNTIL', until: '2027-01-13' },
    ];
    for (const change of cases) {
      const start = change.ordinal === -1 ? '2026-04-28T15:00' : START;
      const first = change.ordinal === -1 ? new Date('2026-04-28T13:00:00Z') : firstStartsAt;
      const repeat = rule(change);
      const server = expandSeries({ rrule: toRrule(repeat), firstStartsAt: first, durationMs: 3_600_000, timeZone: 'Europe/Paris' });
      const days = server.map((o) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(o.startsAt));
      expect([toRrule(repeat), datesOf(repeat, start)]).toEqual([toRrule(repeat), days]);
    }
  });

  it('give the 2nd Tuesdays, skip months without the 31st, and list one too many when there are more than 52', () => {
    expect(datesOf(rule({ frequency: 'MONTHLY_WEEKDAY', count: 3 }), START)).toEqual(['2026-04-14', '2026-05-12', '2026-06-09']);
    expect(datesOf(rule({ frequency: 'MONTHLY_DAY', monthDay: 31, count: 3 }), '2026-01-31T10:00')).toEqual(['2026-01-31', '2026-03-31', '2026-05-31']);
    expect(datesOf(rule({ frequency: 'WEEKLY', ending: 'UNTIL', until: '2028-01-01' }), START)).toHaveLength(53);
  });

  it('say what stands in the way before the server does', () => {
    expect(problemOf(rule({ frequency: 'MONTHLY_WEEKDAY', count: 3 }), START)).toBeNull();
    expect(problemOf(rule({ frequency: 'MONTHLY_WEEKDAY', weekday: 'WE' }), START)).toBe('repeatStartMismatch');
    expect(problemOf(rule({ frequency: 'WEEKLY', count: 53 }), START)).toBe('repeatBadCount');
    expect(problemOf(rule({ frequency: 'WEEKLY', count: Number.NaN }), START)).toBe('repeatBadCount');
    expect(problemOf(rule({ frequency: 'EVERY_N_WEEKS', interval: 1 }), START)).toBe('repeatBadInterval');
    expect(problemOf(rule({ frequency: 'WEEKLY', ending: 'UNTIL', until: '2028-01-01' }), START)).toBe('repeatTooMany');
    expect(problemOf(rule({ frequency: 'WEEKLY', ending: 'UNTIL', until: '2026-04-13' }), START)).toBe('repeatNoDates');
  });

  it('follow a new start date, keeping a chosen "last" that still fits it', () => {
    const monthly = rule({ frequency: 'MONTHLY_WEEKDAY' });
    expect(followStart(monthly, START)).toBe(monthly);
    expect(followStart(monthly, '2026-04-16T09:00')).toMatchObject({ weekday: 'TH', ordinal: 3, monthDay: 16 });
    const last = followStart(rule({ frequency: 'MONTHLY_WEEKDAY', ordinal: -1 }), '2026-04-28T09:00');
    expect(last).toMatchObject({ weekday: 'TU', ordinal: -1 });
    expect(startMatches(last, '2026-04-28T09:00')).toBe(true);
    // A last date before the new start moves after it.
    expect(followStart(rule({ ending: 'UNTIL', until: '2026-01-01' }), START).until > '2026-04-14').toBe(true);
  });

  it('read as a sentence in each language', () => {
    const monthly = rule({ frequency: 'MONTHLY_WEEKDAY', count: 3 });
    expect(sentenceOf(monthly, START, translator('en'), 'en')).toBe('Every month on the second Tuesday, 3 times.');
    expect(sentenceOf(monthly, START, translator('fr'), 'fr')).toBe('Chaque mois le deuxième mardi, 3 fois.');
    expect(sentenceOf(rule({ frequency: 'MONTHLY_WEEKDAY', ordinal: -1, weekday: 'FR' }), START, translator('es'), 'es')).toBe(
      'Cada mes el último viernes, 6 veces.',
    );
    expect(sentenceOf(rule({ frequency: 'EVERY_N_WEEKS', interval: 2, ending: 'UNTIL', until: '2026-06-30' }), START, translator('en'), 'en')).toBe(
      'Every 2 weeks on Tuesday, until Tue, Jun 30, 2026.',
    );
    expect(sentenceOf(base, START, translator('en'), 'en')).toBe('One workshop, not repeated.');
  });
});
