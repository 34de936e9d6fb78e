// The package's default entry registers all ~80 locales; its bare index registers none, so we
// load only the three languages the network works in.
import { alpha2ToNumeric, getAlpha2Codes, getName, registerLocale } from 'i18n-iso-countries/index';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';

for (const locale of [en, fr, es]) registerLocale(locale);

export const NAME_LANGUAGES = ['en', 'fr', 'es'] as const;
export type NameLanguage = (typeof NAME_LANGUAGES)[number];

// The package also lists XK (Kosovo), a user-assigned code that ISO 3166-1 has not assigned.
const NOT_ASSIGNED = new Set(['XK']);

export const COUNTRY_CODES: readonly string[] = Object.freeze(
  Object.keys(getAlpha2Codes())
    .filter((code) => !NOT_ASSIGNED.has(code))
    .sort(),
);

const assigned = new Set(COUNTRY_CODES);

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && assigned.has(code);
}

export function normalizeCountryCode(input: string): string | null {
  const code = input.trim().toUpperCase();
  return isCountryCode(code) ? code : null;
}

export function countryName(code: string, language: NameLanguage = 'en'): string {
  const name = isCountryCode(code) ? getName(code, language) : undefined;
  if (!name) throw new Error(`Unknown country code "${code}"`);
  return name;
}

/**
 * The country's name for a reader of `language` (a tag such as "fr-CA"), from the same list as
 * feeds and search: languages without a list read English, unknown codes read as themselves.
 * Emails use this rather than ICU, whose names differ (ICU: "Tanzania", here: "United Republic of
 * Tanzania"), so one country is spelled one way everywhere.
 */
export function countryNameFor(code: string, language: string | null | undefined): string {
  const base = (language ?? 'en').toLowerCase().split('-')[0];
  const nameLanguage = NAME_LANGUAGES.find((candidate) => candidate === base) ?? 'en';
  return isCountryCode(code) ? countryName(code, nameLanguage) : code;
}

/** A country as pickers and maps list it: `numeric` is ISO 3166-1's three digits, which world maps key countries by. */
export interface ListedCountry {
  code: string;
  name: string;
  numeric: string;
}

const sortedLists = new Map<string, readonly ListedCountry[]>();

/** Every country with its name for a reader of `language`, in that language's alphabetical order (made once per language). */
export function countriesFor(language: string | null | undefined): readonly ListedCountry[] {
  const key = language ?? 'en';
  let list = sortedLists.get(key);
  if (!list) {
    const collator = new Intl.Collator(key);
    list = Object.freeze(
      COUNTRY_CODES.map((code) => ({ code, name: countryNameFor(code, key), numeric: alpha2ToNumeric(code) ?? '' })).sort((a, b) =>
        collator.compare(a.name, b.name),
      ),
    );
    if (sortedLists.size < 64) sortedLists.set(key, list); // canonical tags only reach here; bounded anyway
  }
  return list;
}
