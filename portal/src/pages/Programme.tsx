import { useState, type FormEvent } from 'react';
import { useCountries } from '../countries';
import { useI18n } from '../i18n';
import { ErrorMessage, FilterSelect, Link, Loading, PageTitle, useQuery } from '../ui';
import { graphql } from '../gql';
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
  region: string;
  topic: string;
  language: string;
  format: string;
  text: string;
}

const EMPTY: Filters = { region: '', topic: '', language: '', format: '', text: '' };

export function Programme() {
  const { t, lang } = useI18n();
  const reference = useReference();
  const countries = useCountries();
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<WorkshopCardData[]>([]);
  const filter = Object.fromEntries(Object.entries({ ...filters, status: 'PUBLISHED' }).filter(([, v]) => v !== ''));
  const page = useQuery(PROGRAMME, {
    filter,
    after,
  });
  const list = [...earlier, ...(page.data?.workshops.edges.map((e) => e.node) ?? [])];

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setEarlier([]);
    setAfter(null);
    setFilters(draft);
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

  return (
    <>
      <PageTitle>{t('programmeTitle')}</PageTitle>
      <p>{t('programmeIntro')}</p>
      <form className="filters" onSubmit={apply} aria-label={t('filters')}>
        <label>
          {t('search')}
          <input type="search" {...field('text')} />
        </label>
        <FilterSelect label={t('region')} {...field('region')} options={reference.regions.map((r) => ({ value: r.code, label: r.label }))} />
        <FilterSelect label={t('topic')} {...field('topic')} options={reference.topics.map((r) => ({ value: r.code, label: r.label }))} />
        <FilterSelect label={t('language')} {...field('language')} options={LANGUAGE_CODES.map((code) => ({ value: code, label: languageName(lang, code) }))} />
        <FilterSelect label={t('format')} {...field('format')} options={(['IN_PERSON', 'ONLINE', 'HYBRID'] as const).map((f) => ({ value: f, label: t(f) }))} />
        <button type="submit">{t('apply')}</button>
      </form>
      <ErrorMessage error={page.error} />
      <Loading when={page.loading} />
      {!page.loading && list.length === 0 && !page.error && <p>{t('none')}</p>}
      <ul className="cards" aria-label={t('programmeTitle')}>
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
              <SeatsText seats={w.seats} /> · {w.languages.map((l) => languageName(lang, l)).join(', ')}
            </p>
            <SeatBar seats={w.seats} />
          </li>
        ))}
      </ul>
      {page.data?.workshops.pageInfo.hasNextPage && (
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
