import { BadUserInputError } from '../../shared/errors';
import type { ServiceContext } from '../../app/context';
import { countriesFor, type ListedCountry } from './reference/countries';
import { canonicalLanguageTag } from './reference/languages';

type Ctx = Pick<ServiceContext, 'viewer' | 'loaders'>;

/** The country list for pickers and labels, in the language asked for, else the reader's own. */
export async function listCountries(ctx: Ctx, language: string | null): Promise<readonly ListedCountry[]> {
  if (language !== null) {
    const canonical = canonicalLanguageTag(language);
    if (!canonical) throw new BadUserInputError('Give a language tag such as "fr" or "es-MX".', 'language');
    return countriesFor(canonical);
  }
  const reader = ctx.viewer ? await ctx.loaders.users.byId.load(ctx.viewer.userId) : null;
  return countriesFor(reader?.language ?? 'en');
}
