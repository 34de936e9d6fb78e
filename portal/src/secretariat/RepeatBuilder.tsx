import { useEffect, useRef, useState } from 'react';
import { type Key, plural, useI18n } from '../i18n';
import { chosen } from '../ui';
import {
  datesOf,
  defaultsFor,
  describe,
  FREQUENCIES,
  type Frequency,
  followStart,
  formatLocal,
  MAX_TIMES,
  ORDINALS,
  ordinalWord,
  parseRrule,
  problemOf,
  type Repeat,
  toRrule,
  WEEKDAYS,
  weekdayName,
} from './repeat-rule';

const FREQUENCY_WORDS: Record<Frequency, Key> = {
  NONE: 'repeatNone',
  WEEKLY: 'repeatWeekly',
  EVERY_N_WEEKS: 'repeatEveryNWeeks',
  MONTHLY_WEEKDAY: 'repeatMonthlyWeekday',
  MONTHLY_DAY: 'repeatMonthlyDay',
};
const ENDINGS = ['COUNT', 'UNTIL'] as const;
/** How many of the dates are listed: enough to check the pattern. */
const SHOWN = 5;

const whole = (text: string) => (text === '' ? Number.NaN : Number(text));
const shownNumber = (n: number) => (Number.isNaN(n) ? '' : n);

/**
 * How a new workshop repeats, in words, making the RRULE kept in the form (createWorkshopSeries);
 * the raw rule stays one click away for experts. The dates shown are the ones the server makes.
 */
export function RepeatBuilder({
  value,
  onChange,
  startsAtLocal,
  onMoveStart,
}: {
  value: string;
  onChange: (rrule: string) => void;
  startsAtLocal: string;
  /** Moves the first workshop (its start and end) to this date, YYYY-MM-DD, at the same time. */
  onMoveStart: (date: string) => void;
}) {
  const { t, lang } = useI18n();
  const [repeat, setRepeat] = useState<Repeat>(() => parseRrule(value, defaultsFor(startsAtLocal)) ?? defaultsFor(startsAtLocal));
  const often = useRef<HTMLSelectElement>(null);
  const advanced = useRef<HTMLDetailsElement>(null);
  // Typed by hand and not one of the builder's rules: kept as typed (a half-typed number in the builder is not).
  const custom = value.trim() !== '' && value.trim() !== toRrule(repeat) && parseRrule(value, repeat) === null;
  useEffect(() => {
    if (custom && advanced.current) advanced.current.open = true;
  }, [custom]);
  const choose = (change: Partial<Repeat>) => {
    const next = { ...repeat, ...change };
    setRepeat(next);
    onChange(toRrule(next));
  };

  // A new start date brings its weekday and day of the month along (once chosen, a fitting monthly rule stays).
  const startDay = startsAtLocal.slice(0, 10);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new start date moves the choices
  useEffect(() => {
    const next = followStart(repeat, startDay);
    if (next === repeat) return;
    setRepeat(next);
    if (!custom && repeat.frequency !== 'NONE') onChange(toRrule(next));
  }, [startDay]);

  const problem = custom || !startDay ? null : problemOf(repeat, startDay);
  useEffect(() => {
    often.current?.setCustomValidity(problem ? t(problem) : '');
  }, [problem, t]);
  const dates = startDay && !custom && repeat.frequency !== 'NONE' ? datesOf(repeat, startDay) : [];
  const time = startsAtLocal.slice(10);
  const repeats = repeat.frequency !== 'NONE' && !custom;

  return (
    <fieldset className="wide">
      <legend>{t('repeat')}</legend>
      <p className="meta">{t('repeatHelp')}</p>
      <div className="grid">
        <label>
          {t('repeatHowOften')}
          <select
            ref={often}
            value={custom ? '' : repeat.frequency}
            onChange={(e) => {
              const frequency = chosen(FREQUENCIES, e.target.value, repeat.frequency);
              choose(followStart({ ...repeat, frequency }, startDay));
            }}
          >
            {custom && <option value="">{t('repeatRrule')}</option>}
            {FREQUENCIES.map((f) => (
              <option key={f} value={f}>
                {t(FREQUENCY_WORDS[f])}
              </option>
            ))}
          </select>
        </label>
        {repeats && repeat.frequency === 'EVERY_N_WEEKS' && (
          <label>
            {t('repeatWeeks')}
            <input type="number" required min={2} max={52} value={shownNumber(repeat.interval)} onChange={(e) => choose({ interval: whole(e.target.value) })} />
          </label>
        )}
        {repeats && repeat.frequency === 'MONTHLY_WEEKDAY' && (
          <>
            <label>
              {t('repeatOrdinal')}
              <select value={repeat.ordinal} onChange={(e) => choose({ ordinal: Number(e.target.value) })}>
                {ORDINALS.map((o) => (
                  <option key={o} value={o}>
                    {ordinalWord(t, o)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('repeatWeekday')}
              <select value={repeat.weekday} onChange={(e) => choose({ weekday: chosen(WEEKDAYS, e.target.value, repeat.weekday) })}>
                {WEEKDAYS.map((d) => (
                  <option key={d} value={d}>
                    {weekdayName(lang, d)}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        {repeats && repeat.frequency === 'MONTHLY_DAY' && (
          <label>
            {t('repeatMonthDay')}
            <input type="number" required min={1} max={31} value={shownNumber(repeat.monthDay)} onChange={(e) => choose({ monthDay: whole(e.target.value) })} />
          </label>
        )}
        {repeats && (
          <label>
            {t('repeatStop')}
            <select value={repeat.ending} onChange={(e) => choose({ ending: chosen(ENDINGS, e.target.value, repeat.ending) })}>
              <option value="COUNT">{t('repeatAfterCount')}</option>
              <option value="UNTIL">{t('repeatOnDate')}</option>
            </select>
          </label>
        )}
        {repeats && repeat.ending === 'COUNT' && (
          <label>
            {t('repeatCount')}
            <input
              type="number"
              required
              min={1}
              max={MAX_TIMES}
              value={shownNumber(repeat.count)}
              onChange={(e) => choose({ count: whole(e.target.value) })}
            />
          </label>
        )}
        {repeats && repeat.ending === 'UNTIL' && (
          <label>
            {t('repeatUntil')}
            <input type="date" required min={startDay || undefined} value={repeat.until} onChange={(e) => choose({ until: e.target.value })} />
          </label>
        )}
      </div>
      {!custom && (
        <div aria-live="polite" data-testid="repeat-summary">
          <p>
            <strong>{describe(repeat, startDay, t, lang)}</strong>
          </p>
          {repeats && !startDay && <p className="meta">{t('repeatNeedsStart')}</p>}
          {problem && (
            <p className="error">
              {t(problem)}{' '}
              {problem === 'repeatStartMismatch' && dates[0] && (
                <button type="button" className="secondary" onClick={() => onMoveStart(dates[0]!)}>
                  {t('repeatMoveStart', { date: formatLocal(lang, dates[0], false) })}
                </button>
              )}
            </p>
          )}
          {repeats && dates.length > 0 && !problem && (
            <>
              <p>{t('repeatFirstDates')}</p>
              <ol aria-label={t('repeatFirstDates')}>
                {dates.slice(0, SHOWN).map((date) => (
                  <li key={date}>{formatLocal(lang, `${date}${time}`)}</li>
                ))}
                {dates.length > SHOWN && <li aria-hidden="true">…</li>}
              </ol>
              <p className="meta">{t(plural(lang, dates.length, { one: 'repeatTotalOne', other: 'repeatTotal' }), { n: dates.length })}</p>
            </>
          )}
        </div>
      )}
      <details className="drawer" ref={advanced}>
        <summary>{t('repeatAdvanced')}</summary>
        <label>
          {t('repeatRrule')}
          <input
            value={value}
            spellCheck={false}
            autoComplete="off"
            placeholder="FREQ=MONTHLY;BYDAY=2TU;COUNT=6"
            onChange={(e) => {
              onChange(e.target.value);
              const parsed = parseRrule(e.target.value, repeat);
              if (parsed) setRepeat(parsed);
            }}
          />
        </label>
        {custom && <p className="meta">{t('repeatCustom')}</p>}
      </details>
    </fieldset>
  );
}
