import { givenOrganization, givenWorkshop, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';

const LIST = operation(`query ProgrammeSearchList($filter: WorkshopFilter, $first: Int, $after: String) {
  workshops(filter: $filter, first: $first, after: $after) { edges { node { id title } } pageInfo { hasNextPage endCursor } } }`);
const ORGANIZATIONS = operation(`query ProgrammeSearchOrganizations($text: String) { organizations(filter: { text: $text }) { edges { node { name } } } }`);
type List = { workshops: { edges: { node: { id: string; title: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

// The programme's and the directory's search, as people type it: the same word rules as the
// library's (word forms in three languages, prefixes, one typo), in start and name order.
describe('searching the programme and the directory', () => {
  const env = useNetworkApp();
  const from = '2026-01-01T00:00:00Z';

  beforeAll(async () => {
    const db = env.db.current;
    const day = (n: number) => new Date(Date.UTC(2026, 5, n, 8));
    await givenWorkshop(db, { title: 'Formation des policiers', summary: 'Protection des enfants en ligne.', startsAt: day(1) });
    await givenWorkshop(db, { title: 'Taller sobre los niños migrantes', summary: 'Practice and exchange.', startsAt: day(2) });
    await givenWorkshop(db, { title: 'Hotline practice exchange', topics: ['ACCESS_TO_JUSTICE'], startsAt: day(3) });
    await givenWorkshop(db, { title: 'Safeguarding children in tourism', summary: 'Practice and exchange.', startsAt: day(4) });
    await givenOrganization(db, { name: 'Coalition nationale pour les droits', country: 'SN' });
    await givenOrganization(db, { name: 'Red de protección infantil', country: 'PE' });
  });

  const titles = async (text: string) =>
    ((await graphql(env.app.url, LIST, { filter: { from, text } }, { token: env.network.tokens.member })).data?.workshops.edges ?? []).map(
      (edge) => edge.node.title,
    );
  const names = async (text: string) =>
    ((await graphql(env.app.url, ORGANIZATIONS, { text }, { token: env.network.tokens.member })).data?.organizations.edges ?? []).map((edge) => edge.node.name);

  it.each([
    ['"enfant" finds the summary\'s "enfants"', 'enfant', ['Formation des policiers']],
    ['"niño" finds "niños"', 'niño', ['Taller sobre los niños migrantes']],
    ['"child" finds "children"', 'child', ['Safeguarding children in tourism']],
    ['a prefix: "hotl"', 'hotl', ['Hotline practice exchange']],
    ['one typo in a longer word: "safeguardng"', 'safeguardng', ['Safeguarding children in tourism']],
    ['a topic by its Spanish name: "justicia"', 'justicia', ['Hotline practice exchange']],
    ['"police" finds "policiers" through their shared stem', 'police', ['Formation des policiers']],
    ['every word must match, in start order', 'protection enfants', ['Formation des policiers']],
    ['nothing for punctuation alone', '?!', []],
  ])('%s', async (_name, text, expected) => {
    expect(await titles(text)).toEqual(expected);
  });

  it('pages through the matches in start order', async () => {
    const walked: string[] = [];
    let after: string | null = null;
    do {
      const page: { data?: List } = await graphql(
        env.app.url,
        LIST,
        { filter: { from, text: 'practice' }, first: 1, after },
        { token: env.network.tokens.member },
      );
      walked.push(...page.data!.workshops.edges.map((edge) => edge.node.title));
      after = page.data!.workshops.pageInfo.hasNextPage ? page.data!.workshops.pageInfo.endCursor : null;
    } while (after);
    expect(walked).toEqual(['Taller sobre los niños migrantes', 'Hotline practice exchange', 'Safeguarding children in tourism']);
  });

  it.each([
    ['a country by its French name', 'Sénégal', ['Coalition nationale pour les droits']],
    ['a country by its Spanish name, without accents', 'peru', ['Red de protección infantil']],
    ['a word form: "proteccion" finds "protección"', 'proteccion', ['Red de protección infantil']],
    ['a prefix: "coali"', 'coali', ['Coalition nationale pour les droits']],
  ])('the directory finds %s', async (_name, text, expected) => {
    expect(await names(text)).toEqual(expected);
  });
});
