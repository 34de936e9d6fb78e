import type { Page } from 'playwright-core';
import { en, type Key, type Translation } from '../../portal/src/dictionaries/en';
import { fr } from '../../portal/src/dictionaries/fr';

/** The languages a journey is walked in, and the browser locale that makes the portal choose each. */
export const JOURNEY_LANGUAGES = { en: 'en-GB', fr: 'fr-FR' } as const;
export type JourneyLanguage = keyof typeof JOURNEY_LANGUAGES;

const flat = (words: Translation): Record<Key, string> => Object.assign({}, ...Object.values(words));
const DICTIONARIES: Record<JourneyLanguage, Record<Key, string>> = { en: flat(en), fr: flat(fr) };

/**
 * The portal's own words in a language, as its `t()` gives them: a journey finds its buttons and
 * labels by what a reader of that language sees, so the same steps walk the English and the
 * French page, and a word the French page lacks fails the step that needs it.
 */
export function wordsIn(language: JourneyLanguage): (key: Key, vars?: Record<string, string | number>) => string {
  const dictionary = DICTIONARIES[language];
  return (key, vars) => {
    const text = dictionary[key];
    if (text === undefined) throw new Error(`no word "${key}" in ${language}`);
    return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? '')) : text;
  };
}

/** The portal chose the page's language (main.tsx sets <html lang>), so what follows reads in it. */
export async function pageSpeaks(page: Page, language: JourneyLanguage): Promise<void> {
  await page.waitForFunction(
    (lang) => (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang === lang,
    language,
  );
}
