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

/**
 * The language names are given in: the tag asked for (canonical; BAD_USER_INPUT if it is not
 * one), else the signed-in reader's, else English. Shared by countries, regions and topics.
 */
export async function readerLanguage(ctx: Pick<Ctx, 'viewer' | 'loaders'>, language: string | null): Promise<string> {
  if (language !== null) {
    const canonical = canonicalLanguageTag(language);
    if (!canonical) throw new BadUserInputError('Give a language tag such as "fr" or "es-MX".', 'language');
    return canonical;
  }
  const reader = ctx.viewer ? await ctx.loaders.users.byId.load(ctx.viewer.userId) : null;
  return reader?.language ?? 'en';
}

async function nameLanguage(ctx: Ctx, language: string | null): Promise<NameLanguage> {
  const base = (await readerLanguage(ctx, language)).split('-')[0]?.toLowerCase();
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
