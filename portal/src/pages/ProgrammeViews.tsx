import { CountryMap } from '../charts/CountryMap';
import { useCountries } from '../countries';
import { graphql } from '../gql';
import type { WorkshopFilter } from '../gql/graphql';
import { type Lang, plural, useI18n } from '../i18n';
import { ErrorMessage, Link, Loading, useQuery } from '../ui';
import { shiftMonth } from './months';
import type { WorkshopCardData } from './shared';

const MONTH = graphql(`
  query ProgrammeMonth($filter: WorkshopFilter) {
    workshops(filter: $filter, first: 100) {
      edges {
        node {
          ...WorkshopCard
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const DAY_MS = 86_400_000;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/**
 * The month's days as weeks from Monday, each day with the workshops that start on it in their
 * venue's calendar (a workshop in Lima on the 3rd is on the 3rd, wherever the reader is).
 */
function weeksOf(month: string, workshops: readonly WorkshopCardData[]): { day: string; inMonth: boolean; workshops: WorkshopCardData[] }[][] {
  const [year, index] = month.split('-').map(Number) as [number, number];
  const first = Date.UTC(year, index - 1, 1);
  const start = first - ((new Date(first).getUTCDay() + 6) % 7) * DAY_MS;
  const byDay = groupBy(workshops, (w) => w.times.venueStartsAt.local.slice(0, 10));
  const weeks = [];
  for (let week = start; week === start || new Date(week).getUTCMonth() === index - 1; week += 7 * DAY_MS) {
    weeks.push(
      Array.from({ length: 7 }, (_, i) => {
        const day = new Date(week + i * DAY_MS).toISOString().slice(0, 10);
        return { day, inMonth: day.startsWith(month), workshops: byDay.get(day) ?? [] };
      }),
    );
  }
  return weeks;
}

const weekdayNames = (lang: Lang) =>
  Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + i))));

/** The programme of one month as a calendar; on a phone, its days with workshops as a list (CSS). */
export default function MonthView({ filter, month, onMonth }: { filter: WorkshopFilter; month: string; onMonth: (month: string) => void }) {
  const { t, lang } = useI18n();
  const [year, index] = month.split('-').map(Number) as [number, number];
  // A day's margin each side: the venue's calendar day is wanted, and zones reach ±14 hours.
  const from = new Date(Date.UTC(year, index - 1, 1) - DAY_MS).toISOString();
  const to = new Date(Date.UTC(year, index, 1) + DAY_MS).toISOString();
  const answer = useQuery(MONTH, { filter: { ...filter, from, to } });
  const workshops = (answer.data?.workshops.edges.map((e) => e.node) ?? []).filter((w) => w.times.venueStartsAt.local.startsWith(month));
  const title = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, index - 1, 1)));
  const dayName = (day: string) =>
    new Intl.DateTimeFormat(lang, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  return (
    <section aria-labelledby="month-title" className="month">
      <div className="month-head">
        <button type="button" className="secondary" onClick={() => onMonth(shiftMonth(month, -1))}>
          ‹ {t('previousMonth')}
        </button>
        <h2 id="month-title" aria-live="polite">
          {title}
        </h2>
        <button type="button" className="secondary" onClick={() => onMonth(shiftMonth(month, 1))}>
          {t('nextMonth')} ›
        </button>
      </div>
      <ErrorMessage error={answer.error} />
      <Loading when={answer.loading} />
      {!answer.loading && <p className="meta">{t('monthCount', { n: `${workshops.length}${answer.data?.workshops.pageInfo.hasNextPage ? '+' : ''}` })}</p>}
      <table className="calendar">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            {weekdayNames(lang).map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeksOf(month, workshops).map((week) => (
            <tr key={week[0]!.day}>
              {week.map(({ day, inMonth, workshops: onDay }) => (
                <td key={day} className={[inMonth ? '' : 'outside', onDay.length > 0 ? 'busy' : ''].join(' ').trim() || undefined}>
                  <span className="day-number" aria-hidden="true">
                    {Number(day.slice(8))}
                  </span>
                  <span className="day-name">{dayName(day)}</span>
                  {onDay.length > 0 && (
                    <ul className="plain">
                      {onDay.map((w) => (
                        <li key={w.id}>
                          <Link to={`/workshops/${w.id}`}>{w.title}</Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Where the workshops shown are held: a map of venue countries, and the same as a list with links. */
export function MapView({ workshops }: { workshops: readonly WorkshopCardData[] }) {
  const { t, lang } = useI18n();
  const countries = useCountries();
  const held = groupBy(
    workshops.filter((w) => w.venue),
    (w) => w.venue!.country,
  );
  const online = workshops.filter((w) => !w.venue).length;
  const rows = [...held].map(([code, list]) => ({ code, count: list.length })).sort((a, b) => b.count - a.count);
  return (
    <section aria-labelledby="map-title">
      <h2 id="map-title">{t('mapTitle')}</h2>
      <CountryMap
        caption={t('mapCaption', { n: workshops.length - online })}
        rows={rows}
        unit={(n) => t(plural(lang, n, { one: 'workshopsNOne', other: 'workshopsN' }), { n })}
      />
      <ul className="plain by-country">
        {rows.map(({ code }) => (
          <li key={code}>
            <strong>{t('countryLabel', { country: countries.nameOf(code) })}</strong>{' '}
            {held.get(code)!.map((w, i) => (
              <span key={w.id}>
                {i > 0 && ' · '}
                <Link to={`/workshops/${w.id}`}>{w.title}</Link>
              </span>
            ))}
          </li>
        ))}
      </ul>
      {online > 0 && <p className="meta">{t('mapOnline', { n: online })}</p>}
    </section>
  );
}
