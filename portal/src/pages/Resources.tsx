import { useState, type FormEvent } from 'react';
import { graphql } from '../gql';
import type { ResourcesQuery } from '../gql/graphql';
import { formatSize, plural, useI18n } from '../i18n';
import { isSecretariat } from '../api';
import { ErrorMessage, FilterSelect, Loading, PageTitle, useQuery, useSession } from '../ui';
import { ShareResource } from './ShareResource';
import { LANGUAGE_CODES, languageName, useReference } from './shared';

const RESOURCES = graphql(`
  query Resources($filter: ResourceFilter, $after: String) {
    resources(filter: $filter, first: 20, after: $after) {
      totalCount
      facets {
        kinds {
          ...FacetCount
        }
        topics {
          ...FacetCount
        }
        languages {
          ...FacetCount
        }
        regions {
          ...FacetCount
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          description
          kind
          languages
          topics
          externalUrl
          organization {
            name
          }
          editions {
            language
            latest {
              filename
              size
              downloadUrl
            }
          }
        }
      }
    }
  }
  fragment FacetCount on FacetCount {
    value
    count
  }
`);

type ResourceRow = ResourcesQuery['resources']['edges'][number]['node'];
type Facet = ResourcesQuery['resources']['facets']['kinds'];

/** An option's label with how many resources it would find (the facets count around each choice). */
const counted = (label: string, facet: Facet | undefined, value: string) => {
  if (!facet) return label;
  return `${label} (${facet.find((f) => f.value === value)?.count ?? 0})`;
};

const KINDS = ['TOOLKIT', 'REPORT', 'STUDY', 'PRESENTATION', 'GUIDE', 'RECORDING', 'DATASET', 'LINK', 'OTHER'] as const;
const EMPTY = { text: '', kind: '', topic: '', language: '', region: '' };

export function Resources() {
  const { t, lang } = useI18n();
  const { viewer } = useSession();
  const reference = useReference();
  const [draft, setDraft] = useState(EMPTY);
  const [filters, setFilters] = useState(EMPTY);
  const [after, setAfter] = useState<string | null>(null);
  const [earlier, setEarlier] = useState<ResourceRow[]>([]);
  const filter = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== ''));
  const page = useQuery(RESOURCES, { filter, after });
  const list = [...earlier, ...(page.data?.resources.edges.map((e) => e.node) ?? [])];
  const facets = page.data?.resources.facets;
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setEarlier([]);
    setAfter(null);
    setFilters(draft);
  };
  const field = (name: keyof typeof EMPTY) => ({
    value: draft[name],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [name]: e.target.value }),
  });

  return (
    <>
      <PageTitle>{t('resourcesTitle')}</PageTitle>
      {(viewer?.role === 'GROUP_COORDINATOR' || isSecretariat(viewer)) && <ShareResource onShared={page.reload} />}
      {/* biome-ignore lint/a11y/useSemanticElements: a form with role=search works in every browser the network uses; <search> is too new */}
      <form className="filters" onSubmit={apply} aria-label={t('filters')} role="search">
        <label>
          {t('search')}
          <input type="search" {...field('text')} />
        </label>
        <FilterSelect label={t('kind')} {...field('kind')} options={KINDS.map((k) => ({ value: k, label: counted(t(k), facets?.kinds, k) }))} />
        <FilterSelect
          label={t('topic')}
          {...field('topic')}
          options={reference.topics.map((r) => ({ value: r.code, label: counted(r.label, facets?.topics, r.code) }))}
        />
        <FilterSelect
          label={t('language')}
          {...field('language')}
          options={LANGUAGE_CODES.map((code) => ({ value: code, label: counted(languageName(lang, code), facets?.languages, code) }))}
        />
        <FilterSelect
          label={t('region')}
          {...field('region')}
          options={reference.regions.map((r) => ({ value: r.code, label: counted(r.label, facets?.regions, r.code) }))}
        />
        <button type="submit">{t('search')}</button>
      </form>
      <ErrorMessage error={page.error} />
      <Loading when={page.loading} />
      {page.data && (
        <p aria-live="polite">
          {t(plural(lang, page.data.resources.totalCount, { one: 'resourcesCountOne', other: 'resourcesCount' }), { n: page.data.resources.totalCount })}
        </p>
      )}
      <ul className="cards">
        {list.map((r) => (
          <li key={r.id} className="card">
            <h2>{r.title}</h2>
            <p className="meta">
              {t(r.kind)}
              {r.organization && ` · ${r.organization.name}`}
              {r.languages.length > 0 && ` · ${r.languages.map((l) => languageName(lang, l)).join(', ')}`}
            </p>
            {r.description && <p>{r.description}</p>}
            <ul className="plain downloads">
              {r.externalUrl && (
                <li>
                  <a href={r.externalUrl} rel="noreferrer noopener">
                    {t('openLink')}
                  </a>
                </li>
              )}
              {r.editions.map((e) => (
                <li key={e.language}>
                  <a href={e.latest.downloadUrl} download={e.latest.filename} className="button">
                    {t('downloadNamed', { title: r.title, language: languageName(lang, e.language), size: formatSize(lang, e.latest.size) })}
                  </a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {page.data?.resources.pageInfo.hasNextPage && (
        <button
          type="button"
          onClick={() => {
            setEarlier(list);
            setAfter(page.data?.resources.pageInfo.endCursor ?? null);
          }}
        >
          {t('loadMore')}
        </button>
      )}
    </>
  );
}
