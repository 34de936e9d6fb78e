import { useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import type { ResourceSort } from '../../gql/graphql';
import { errorCodes, graphql } from '../../helpers/graphql';
import { createResource } from './resource-fixtures';

const SEARCH = operation(`query SearchSearch($filter: ResourceFilter, $sort: ResourceSort, $first: Int, $after: String) {
  resources(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount edges { node { id title } } pageInfo { hasNextPage endCursor }
    facets { kinds { value count } topics { value count } languages { value count } regions { value count } } } }`);

type Facet = { value: string; count: number }[];
type Answer = {
  resources: {
    totalCount: number;
    edges: { node: { id: string; title: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    facets: { kinds: Facet; topics: Facet; languages: Facet; regions: Facet };
  };
};

// The library's search as people type it: word forms in English, French and Spanish, prefixes,
// one typo, accents, ranking and facets, within what each caller may see.
describe('resource search', () => {
  const env = useNetworkApp();
  const url = () => env.app.url;
  const tokens = () => env.network.tokens;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const corpus: [string, Record<string, unknown>][] = [
      [
        'online',
        { title: 'Protecting children online', description: 'Training material for schools.', kind: 'TOOLKIT', languages: ['en'], regions: ['AFRICA'] },
      ],
      ['guide', { title: 'Guide de protection des enfants', description: 'Pour les éducateurs.', kind: 'GUIDE', languages: ['fr'], regions: ['AFRICA'] }],
      [
        'ninos',
        { title: 'Los niños y la explotación en el turismo', description: 'Estudio regional, Perú.', kind: 'STUDY', languages: ['es'], regions: ['AMERICAS'] },
      ],
      [
        'police',
        {
          title: 'Trafficking indicators for border police',
          description: 'Checklists for training.',
          kind: 'TOOLKIT',
          languages: ['en', 'fr'],
          regions: ['SOUTH_ASIA'],
        },
      ],
      ['mention', { title: 'Annual report of the network', description: 'Includes a chapter on child protection.', kind: 'REPORT', languages: ['en'] }],
      ['hidden', { title: 'Children in shelters: internal notes', kind: 'REPORT', visibility: 'SECRETARIAT', languages: ['en'], regions: ['AFRICA'] }],
      ['public', { title: "A public leaflet on children's rights", description: 'Used in training.', kind: 'GUIDE', visibility: 'PUBLIC', languages: ['en'] }],
      ['justice', { title: 'Rapport annuel', description: 'Chiffres.', kind: 'REPORT', languages: ['fr'], topics: ['ACCESS_TO_JUSTICE'] }],
    ];
    for (const [name, input] of corpus) ids[name] = await createResource(url(), tokens().admin, input);
  });

  const search = async (filter: Record<string, unknown>, options: { token?: string; sort?: ResourceSort; first?: number; after?: string | null } = {}) => {
    const answer = await graphql(url(), SEARCH, { filter, sort: options.sort, first: options.first ?? 20, after: options.after }, { token: options.token });
    expect(answer.errors).toBeUndefined();
    return answer.data!.resources;
  };
  const found = async (text: string, token = tokens().member) => (await search({ text }, { token })).edges.map((edge) => edge.node.id);
  const named = (...names: string[]) => names.map((name) => ids[name]);

  it.each([
    ['"child" finds "children"', 'child', ['online', 'mention', 'public']],
    ['"enfant" finds "enfants"', 'enfant', ['guide']],
    ['"niño" finds "niños"', 'niño', ['ninos']],
    ['without its accent, "ninos" finds "niños"', 'ninos', ['ninos']],
    ['a prefix while typing: "traff"', 'traff', ['police']],
    ['one typo in a longer word: "trafficing"', 'trafficing', ['police']],
    ['accents and case folded: "PERU"', 'PERU', ['ninos']],
    ['a French word form: "éducateur"', 'éducateur', ['guide']],
    ['a topic by its name in Spanish: "justicia"', 'justicia', ['justice']],
    ['every word must match', 'protection enfants', ['guide']],
  ])('%s', async (_name, text, expected) => {
    expect((await found(text)).sort()).toEqual(named(...expected).sort());
  });

  it('ranks a match in the title above one in the description', async () => {
    const ranked = await found('child');
    expect(ranked.slice(0, 2).sort()).toEqual(named('online', 'public').sort());
    expect(ranked[2]).toBe(ids.mention);
  });

  it('finds only what the caller may see, in the hits and in every count', async () => {
    const member = await search({ text: 'children' }, { token: tokens().member });
    expect(member.edges.map((edge) => edge.node.id)).not.toContain(ids.hidden);
    expect(member.totalCount).toBe(member.edges.length);
    expect(member.facets.regions).toEqual([{ value: 'AFRICA', count: 1 }]);
    expect(member.facets.kinds).toEqual([
      { value: 'GUIDE', count: 1 },
      { value: 'REPORT', count: 1 },
      { value: 'TOOLKIT', count: 1 },
    ]);

    const admin = await search({ text: 'children' }, { token: tokens().admin });
    expect(admin.edges.map((edge) => edge.node.id)).toContain(ids.hidden);
    expect(admin.facets.regions).toEqual([{ value: 'AFRICA', count: 2 }]);
    expect(admin.facets.kinds).toContainEqual({ value: 'REPORT', count: 2 });

    const anonymous = await search({ text: 'child' });
    expect(anonymous.edges.map((edge) => edge.node.id)).toEqual([ids.public]);
    expect(anonymous.totalCount).toBe(1);
  });

  it('counts facets around each choice: picking a kind still shows the other kinds', async () => {
    const all = await search({}, { token: tokens().member });
    expect(all.facets.kinds).toEqual([
      { value: 'GUIDE', count: 2 },
      { value: 'REPORT', count: 2 },
      { value: 'TOOLKIT', count: 2 },
      { value: 'STUDY', count: 1 },
    ]);
    expect(all.facets.languages).toEqual([
      { value: 'en', count: 4 },
      { value: 'fr', count: 3 },
      { value: 'es', count: 1 },
    ]);

    const toolkits = await search({ kind: 'TOOLKIT' }, { token: tokens().member });
    expect(toolkits.totalCount).toBe(2);
    expect(toolkits.facets.kinds).toEqual(all.facets.kinds);
    // The other facets count the toolkits only.
    expect(toolkits.facets.languages).toEqual([
      { value: 'en', count: 2 },
      { value: 'fr', count: 1 },
    ]);
    expect(toolkits.facets.regions).toEqual([
      { value: 'AFRICA', count: 1 },
      { value: 'SOUTH_ASIA', count: 1 },
    ]);
  });

  it('pages through the ranked matches without losing or repeating one', async () => {
    const whole = (await search({ text: 'training' }, { token: tokens().admin })).edges.map((edge) => edge.node.id);
    expect(whole.length).toBeGreaterThanOrEqual(3);
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: Answer['resources'] = await search({ text: 'training' }, { token: tokens().admin, first: 1, after });
      paged.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(whole);
  });

  it('keeps the newest first when asked, even when searching', async () => {
    const newest = (await search({ text: 'child' }, { token: tokens().member, sort: 'NEWEST' })).edges.map((edge) => edge.node.id);
    expect(newest).toEqual(named('public', 'mention', 'online'));
  });

  it('finds a title changed a moment ago, and no longer its old words', async () => {
    const id = await createResource(url(), tokens().admin, { title: 'Draft about zebras' });
    expect(await found('zebra')).toEqual([id]);
    const update = await graphql(
      url(),
      operation(`mutation SearchUpdateResource($input: UpdateResourceInput!) { updateResource(input: $input) { resource { id } } }`),
      {
        input: { id, title: 'Notes about giraffes' },
      },
      { token: tokens().admin },
    );
    expect(update.errors).toBeUndefined();
    expect(await found('zebra')).toEqual([]);
    expect(await found('giraffe')).toEqual([id]);
  });

  it('finds nothing for punctuation alone, and refuses a forged cursor', async () => {
    const nothing = await search({ text: '?!…' }, { token: tokens().member });
    expect(nothing.totalCount).toBe(0);
    expect(nothing.edges).toEqual([]);
    const forged = await graphql(
      url(),
      SEARCH,
      { filter: { text: 'child' }, after: Buffer.from('not a cursor').toString('base64') },
      { token: tokens().member },
    );
    expect(errorCodes(forged)).toEqual(['BAD_USER_INPUT']);
  });
});
