import { lazy, Suspense } from 'react';
import { useCountries } from '../countries';
import { useI18n } from '../i18n';
import { Loading } from '../ui';

// The world outline (about 100 KB) loads only when a map is shown.
const WorldMap = lazy(() => import('./WorldMap'));

/** A world map of figures per country (ISO 3166-1 alpha-2 codes), named in the reader's language. */
export function CountryMap({ caption, rows, unit }: { caption: string; rows: readonly { code: string; count: number }[]; unit: (n: number) => string }) {
  const { t } = useI18n();
  const { list } = useCountries();
  const byCode = new Map(list.map((country) => [country.code, country]));
  const counts = rows.flatMap((row) => {
    const country = byCode.get(row.code);
    // The tooltip is the dictionary's phrase ("Kenya: 2 confirmed", "Kenya : 2 confirmées"), not punctuation of the code's.
    const label = country ? t('countryFigure', { country: country.name, figure: unit(row.count) }) : '';
    return country ? [{ numeric: country.numeric, name: country.name, count: row.count, label }] : [];
  });
  return (
    <Suspense fallback={<Loading when />}>
      <WorldMap caption={caption} counts={counts} />
    </Suspense>
  );
}
