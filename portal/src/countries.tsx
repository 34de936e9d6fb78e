import { useEffect, useState } from 'react';
import { request } from './api';
import { graphql } from './gql';
import type { CountriesQuery } from './gql/graphql';
import { useI18n } from './i18n';

const COUNTRIES = graphql(`
  query Countries($language: String) {
    countries(language: $language) {
      code
      name
      numeric
    }
  }
`);

export type Country = CountriesQuery['countries'][number];

/** Asked once per language and kept for the visit: the names the emails and feeds use (Query.countries). */
const asked = new Map<string, Promise<Country[]>>();

function countriesIn(language: string): Promise<Country[]> {
  let list = asked.get(language);
  if (!list) {
    list = request(COUNTRIES, { language }, { anonymous: true }).then((data) => data.countries);
    // A failed ask (offline) is asked again next time rather than remembered.
    list.catch(() => asked.delete(language));
    asked.set(language, list);
  }
  return list;
}

/** The countries in the reader's language; until they arrive (or offline) names read as their codes. */
export function useCountries(): { list: Country[]; nameOf: (code: string) => string } {
  const { lang } = useI18n();
  const [list, setList] = useState<Country[]>([]);
  useEffect(() => {
    let live = true;
    countriesIn(lang).then(
      (countries) => live && setList(countries),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [lang]);
  const byCode = new Map(list.map((c) => [c.code, c.name]));
  return { list, nameOf: (code: string) => byCode.get(code.toUpperCase()) ?? code };
}

/** A labelled country picker: names in the reader's language, codes as values. */
export function CountrySelect({ label, value, onChange, required }: { label: string; value: string; onChange: (code: string) => void; required?: boolean }) {
  const { t } = useI18n();
  const { list } = useCountries();
  return (
    <label>
      {label}
      <select required={required} value={value.toUpperCase()} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('chooseCountry')}</option>
        {value && !list.some((c) => c.code === value.toUpperCase()) && <option value={value.toUpperCase()}>{value.toUpperCase()}</option>}
        {list.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
