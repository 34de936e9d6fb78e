import { lazy, Suspense, useEffect, useRef, useState, type FormEvent } from 'react';
import { useCountries } from '../countries';
import { plural, useI18n } from '../i18n';
import { ErrorMessage, FilterSelect, Link, Loading, PageTitle, useQuery } from '../ui';
import { graphql } from '../gql';
import { monthOf } from './months';
import { FeedButtons, LANGUAGE_CODES, languageName, SeatBar, SeatsText, useReference, WhenText, type WorkshopCardData } from './shared';

const PROGRAMME = graphql(`
  query Programme($filter: WorkshopFilter, $after: String) {
    workshops(filter: $filter, first: 20, after: $after) {
      edges {
        node {
          ...WorkshopCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

interface Filters {
  heldInRegion: string;
  region: string;
  topic: string;
  language: string;
  format: string;
  text: string;
}

const FORMATS = ['IN_PERSON', 'ONLINE', 'HYBRID'] as const;
const EMPTY: Filters = { heldInRegion: '', region: '', topic: '', language: '', format: '', text: '' };
const NAMES = Object.keys(EMPTY) as (keyof Filters)[];

/** The filters the address holds (`#/?region=AFRICA&format=ONLINE`): a shared link, or Back, shows the same list. */
function filtersInAddress(): Filters {
  const query = new URLSearchParams(location.hash.split('?')[1] ?? '');
  const get = (name: keyof Filters) => query.get(name)?.slice(0, 200) ?? '';
  return Object.fromEntries(NAMES.map((name) => [name, get(name)])) as unknown as Filters;
}

// The month and map views load when first chosen: the first visit carries the list only.
const MonthView = lazy(() => import('./ProgrammeViews'));
const MapView = lazy(() => import('./ProgrammeViews').then((views) => ({ default: views.MapView })));

const VIEWS = ['list', 'month', 'map'] as const;
type View = (typeof VIEWS)[number];
const VIEW_WORDS = { list: 'viewList', month: 'viewMonth', map: 'viewMap' } as const;

/** How the list is shown (`view=month&month=2026-04`), kept in the address beside the filters. */
function viewInAddress(): { view: View; month: string } {
  const query = new URLSearchParams(location.hash.split('?')[1] ?? '');
  const view = VIEWS.find((v) => v === query.get('view')) ?? 'list';
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(query.get('month') ?? '') ? query.get('month')! : monthOf(new Date());
  return { view, month };
}

function keepInAddress(filters: Filters, shown: { view: View; month: string }): void {
  const query = new URLSearchParams(NAMES.filter((name) => filters[name] !== '').map((name) => [name, filters[name]]));
  if (shown.view !== 'list') query.set('view', shown.view);
  if (shown.view === 'month') query.set('month', shown.month);
  const address = query.size > 0 ? `#/?${query}` : '#/';
  // Replaced, not pushed: typing does not fill the history, and Back still leaves the programme.
  if (location.hash !== address) history.replaceState(null, '', address);
  lastAddress = address;
}

const PROGRAMME_ADDRESS = /^#\/(\?|$)/;

/** The programme's address as the reader last left it (its filters and view), for this tab's visit; kept in memory only. */
let lastAddress = '#/';

/** Where "Back to the programme" leads: the list the reader came from, filters and view included (`/?region=AFRICA`). */
export function programmePath(): string {
  return lastAddress.replace(/^#/, '');
}
const SCROLL_KEY = 'exchange.programme.scroll';

function rememberScroll(address: string): void {
  if (!PROGRAMME_ADDRESS.test(address)) return;
  try {
    sessionStorage.setItem(SCROLL_KEY, JSON.stringify({ address, y: Math.round(scrollY) }));
  } catch {
    // no storage: Back starts at the top
  }
}

/** Where the reader left this address of the programme, taken once. */
function rememberedScroll(address: string): number | null {
  try {
    const kept = JSON.parse(sessionStorage.getItem(SCROLL_KEY) ?? 'null') as { address?: string; y?: number } | null;
    sessionStorage.removeItem(SCROLL_KEY);
    return kept?.address === address && typeof kept.y === 'number' ? kept.y : null;
  } catch {
    return null;
  }
}

/**
 * Scrolls to `y` as soon as the page is tall enough (the rest of it, the filters' lists and the
 * feeds, may come a moment after the list), unless the reader scrolls first. Returns a stop.
 */
function scrollOnceTall(y: number): () => void {
  const page = document.documentElement;
  const stop = () => {
    grown.disconnect();
    for (const event of ['wheel', 'touchstart', 'keydown'] as const) removeEventListener(event, stop);
  };
  const attempt = () => {
    if (page.scrollHeight - innerHeight < y) return;
    scrollTo(0, y);
    stop();
  };
  const grown = new ResizeObserver(attempt);
  grown.observe(document.body);
  for (const event of ['wheel', 'touchstart', 'keydown'] as const) addEventListener(event, stop, { once: true });
  attempt();
  return stop;
}

/** Phones start with the filters folded away behind their summary. */
const narrow = () => typeof matchMedia === 'function' && matchMedia('(max-width: 600px)').matches;

export function Programme() {
  const { t, lang } = useI18n();
  const reference = useReference();
  const countries = useCountries();
  const [draft, setDraft] = useState<Filters>(filtersInAddress);
  const [filters, setFilters] = useState<Filters>(filtersInAddress);
  const [drawerOpen] = useState(() => !narrow());
  const [shown, setShown] = useState(viewInAddress);
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<WorkshopCardData[]>([]);
  const filter = Object.fromEntries(Object.entries({ ...filters, status: 'PUBLISHED' }).filter(([, v]) => v !== ''));
  // The month view asks for its own month; the list's pages are not needed meanwhile.
  const page = useQuery(PROGRAMME, { filter, after }, shown.view === 'month');
  const list = [...earlier, ...(page.data?.workshops.edges.map((e) => e.node) ?? [])];

  const show = (next: Filters) => {
    setEarlier([]);
    setAfter(null);
    setFilters(next);
    keepInAddress(next, shown);
  };
  // A link followed within the programme (another address of it) shows what that address holds.
  useEffect(() => {
    // Opened at an address of its own (a shared link, Back): the way back from a workshop leads here.
    lastAddress = PROGRAMME_ADDRESS.test(location.hash) ? location.hash : '#/';
    const follow = (event: HashChangeEvent) => {
      // Leaving for a workshop: where the reader was is kept, for Back to return there.
      if (!PROGRAMME_ADDRESS.test(location.hash)) return rememberScroll(new URL(event.oldURL).hash);
      lastAddress = location.hash;
      const inAddress = filtersInAddress();
      setEarlier([]);
      setAfter(null);
      setDraft(inAddress);
      setFilters(inAddress);
      setShown(viewInAddress());
    };
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  // Back from a workshop: the list comes back where the reader left it, once its first page is in.
  const restored = useRef(false);
  const stopRestoring = useRef<() => void>(() => undefined);
  useEffect(() => {
    if (restored.current || page.loading || !page.data) return;
    restored.current = true;
    const y = rememberedScroll(location.hash);
    if (y !== null) stopRestoring.current = scrollOnceTall(y);
  }, [page.loading, page.data]);
  useEffect(() => () => stopRestoring.current(), []);
  const showAs = (next: { view: View; month: string }) => {
    setShown(next);
    keepInAddress(filters, next);
  };
  const apply = (e: FormEvent) => {
    e.preventDefault();
    show(draft);
  };
  // Choices apply as they are made; words once typing pauses.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a changed draft is applied
  useEffect(() => {
    if (NAMES.every((name) => draft[name] === filters[name])) return;
    const wait = setTimeout(() => show(draft), draft.text === filters.text ? 0 : 400);
    return () => clearTimeout(wait);
  }, [draft]);
  const chosenCount = NAMES.filter((name) => filters[name] !== '').length;
  const chipLabel = (name: keyof Filters): string => {
    const value = filters[name];
    if (name === 'heldInRegion') return t('heldInChip', { region: reference.regions.find((r) => r.code === value)?.label ?? value });
    if (name === 'region') return t('openToChip', { region: reference.regions.find((r) => r.code === value)?.label ?? value });
    if (name === 'topic') return reference.topics.find((r) => r.code === value)?.label ?? value;
    if (name === 'language') return languageName(lang, value);
    const format = FORMATS.find((f) => f === value);
    if (name === 'format' && format) return t(format);
    return `“${value}”`;
  };
  const clear = (name: keyof Filters) => {
    const next = { ...filters, [name]: '' };
    setDraft(next);
    show(next);
  };
  const more = () => {
    setEarlier(list);
    setAfter(page.data?.workshops.pageInfo.endCursor ?? null);
  };
  const field = (name: keyof Filters) => ({
    value: draft[name],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [name]: e.target.value }),
  });
  const region = reference.regions.find((r) => r.code === filters.region);
  const topic = reference.topics.find((r) => r.code === filters.topic);
  // "1 shown" / "1 affiché", "12 shown"; "20+ shown" while more can be loaded.
  const shownWords = page.data?.workshops.pageInfo.hasNextPage
    ? t('shownCount', { n: `${list.length}+` })
    : t(plural(lang, list.length, { one: 'shownCountOne', other: 'shownCount' }), { n: list.length });

  return (
    <>
      <PageTitle>{t('programmeTitle')}</PageTitle>
      <p>{t('programmeIntro')}</p>
      <details className="drawer" open={drawerOpen}>
        <summary>
          {t('filtersSummary', { n: chosenCount })}
          {shown.view !== 'month' && ` · ${shownWords}`}
        </summary>
        <form className="filters" onSubmit={apply} aria-label={t('filters')}>
          <label>
            {t('search')}
            <input type="search" {...field('text')} />
          </label>
          <FilterSelect label={t('heldIn')} {...field('heldInRegion')} options={reference.regions.map((r) => ({ value: r.code, label: r.label }))} />
          <FilterSelect label={t('openTo')} {...field('region')} options={reference.regions.map((r) => ({ value: r.code, label: r.label }))} />
          <FilterSelect label={t('topic')} {...field('topic')} options={reference.topics.map((r) => ({ value: r.code, label: r.label }))} />
          <FilterSelect
            label={t('language')}
            {...field('language')}
            options={LANGUAGE_CODES.map((code) => ({ value: code, label: languageName(lang, code) }))}
          />
          <FilterSelect label={t('format')} {...field('format')} options={FORMATS.map((f) => ({ value: f, label: t(f) }))} />
          <button type="submit">{t('apply')}</button>
        </form>
      </details>
      {chosenCount > 0 && (
        <ul className="chips" aria-label={t('chosenFilters')}>
          {NAMES.filter((name) => filters[name] !== '').map((name) => (
            <li key={name}>
              <button type="button" className="chip" onClick={() => clear(name)} aria-label={t('removeFilter', { filter: chipLabel(name) })}>
                {chipLabel(name)} ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <fieldset className="views">
        <legend>{t('views')}</legend>
        {VIEWS.map((view) => (
          <label key={view} className="check">
            <input type="radio" name="view" checked={shown.view === view} onChange={() => showAs({ ...shown, view })} /> {t(VIEW_WORDS[view])}
          </label>
        ))}
      </fieldset>
      <Suspense fallback={<Loading when />}>
        {shown.view === 'month' && <MonthView filter={filter} month={shown.month} onMonth={(month) => showAs({ ...shown, month })} />}
        {shown.view === 'map' && <MapView workshops={list} />}
      </Suspense>
      <ErrorMessage error={page.error} />
      <Loading when={page.loading && shown.view !== 'month'} />
      {!page.loading && list.length === 0 && !page.error && shown.view === 'list' && <p>{t('none')}</p>}
      <ul className="cards" aria-label={t('programmeTitle')} hidden={shown.view !== 'list'}>
        {list.map((w) => (
          <li key={w.id} className="card">
            <h2>
              <Link to={`/workshops/${w.id}`}>{w.title}</Link>
            </h2>
            <p className="meta">
              {t(w.kind)} · {t(w.format)} · <WhenText w={w} />
              {w.venue && ` · ${w.venue.city}, ${countries.nameOf(w.venue.country)}`}
            </p>
            {w.summary && <p>{w.summary}</p>}
            <p className="meta">
              <SeatsText seats={w.seats} />
              {w.languages.length > 0 && ` · ${w.languages.map((l) => languageName(lang, l)).join(', ')}`}
            </p>
            <SeatBar seats={w.seats} />
          </li>
        ))}
      </ul>
      {page.data?.workshops.pageInfo.hasNextPage && shown.view !== 'month' && (
        <button type="button" onClick={more}>
          {t('loadMore')}
        </button>
      )}
      <section aria-labelledby="subscribe">
        <h2 id="subscribe">{t('subscribe')}</h2>
        <p>{t('subscribeHelp')}</p>
        <ul className="plain">
          {reference.publicFeed && (
            <li>
              <FeedButtons link={reference.publicFeed} label={t('publicProgramme')} />
            </li>
          )}
          {region && (
            <li>
              <FeedButtons link={region.link} label={region.label} />
            </li>
          )}
          {topic && (
            <li>
              <FeedButtons link={topic.link} label={topic.label} />
            </li>
          )}
        </ul>
      </section>
    </>
  );
}
