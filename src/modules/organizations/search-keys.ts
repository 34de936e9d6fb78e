import { keywordsOf, normaliseWords } from '../../db/keywords';
import { countryName } from './reference/countries';

/** Lower-cased, accent-folded name: the sort key of every organisation list. */
export const nameKeyOf = (name: string) => normaliseWords(name).join(' ') || name.toLowerCase();

/** What `organizations(filter: { text })` matches: the name, the country in three languages, the topics. */
export const keywordsFor = (name: string, country: string, topics: readonly string[]) =>
  keywordsOf(
    name,
    country,
    countryName(country, 'en'),
    countryName(country, 'fr'),
    countryName(country, 'es'),
    ...topics.map((topic) => topic.replace(/_/g, ' ')),
  );
