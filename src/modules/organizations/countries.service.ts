import type { ServiceContext } from '../../app/context';
import { countriesFor, type ListedCountry } from './reference/countries';
import { readerLanguage } from './reference-names.service';

type Ctx = Pick<ServiceContext, 'viewer' | 'loaders'>;

/** The country list for pickers and labels, in the language asked for, else the reader's own. */
export async function listCountries(ctx: Ctx, language: string | null): Promise<readonly ListedCountry[]> {
  return countriesFor(await readerLanguage(ctx, language));
}
