import type { ServiceContext } from '../../app/context';
import { BadUserInputError } from '../../shared/errors';
import { NAME_LANGUAGES, type NameLanguage } from './reference/countries';
import { canonicalLanguageTag } from './reference/languages';
import { regionLabel } from './reference/regions';
import { topicLabel } from './reference/topics';

type Ctx = Pick<ServiceContext, 'viewer' | 'loaders' | 'config'>;

export interface NamedCode {
  code: string;
  name: string;
}

/** The language names are given in: the one asked for, else the signed-in reader's, else English. */
async function nameLanguage(ctx: Ctx, language: string | null): Promise<NameLanguage> {
  let tag: string | null | undefined = language;
  if (language !== null) {
    tag = canonicalLanguageTag(language);
    if (!tag) throw new BadUserInputError('Give a language tag such as "fr" or "es-MX".', 'language');
  } else if (ctx.viewer) {
    tag = (await ctx.loaders.users.byId.load(ctx.viewer.userId))?.language;
  }
  const base = tag?.split('-')[0]?.toLowerCase();
  return NAME_LANGUAGES.find((known) => known === base) ?? 'en';
}

/** The configured regions, in their configured order, named for the reader. */
export async function listRegions(ctx: Ctx, language: string | null): Promise<NamedCode[]> {
  const lang = await nameLanguage(ctx, language);
  return ctx.config.regions.map((code) => ({ code, name: regionLabel(code, lang) }));
}

/** The configured focus topics, in their configured order, named for the reader. */
export async function listTopics(ctx: Ctx, language: string | null): Promise<NamedCode[]> {
  const lang = await nameLanguage(ctx, language);
  return ctx.config.topics.map((code) => ({ code, name: topicLabel(code, lang) }));
}
