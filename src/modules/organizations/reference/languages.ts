const MAX_TAG_LENGTH = 35;
// Intl accepts any well-formed primary subtag of 2-3 or 5-8 letters, but no 5-8 letter language
// is registered, so "english" would pass; ISO 639 codes are 2 or 3 letters.
const ISO_639_LANGUAGE = /^[a-z]{2,3}(-|$)/;

/** The canonical form of a BCP 47 language tag (`en-gb` -> `en-GB`), or null when it is not a usable one. */
export function canonicalLanguageTag(tag: string): string | null {
  const trimmed = tag.trim();
  if (trimmed === '' || trimmed.length > MAX_TAG_LENGTH) return null;
  let canonical: string | undefined;
  try {
    [canonical] = Intl.getCanonicalLocales(trimmed);
  } catch {
    return null;
  }
  // "und" (undetermined) is well-formed but says nothing about the language people use.
  if (!canonical || !ISO_639_LANGUAGE.test(canonical) || /^und(-|$)/.test(canonical)) return null;
  return canonical;
}

export function isLanguageTag(tag: string): boolean {
  return canonicalLanguageTag(tag) !== null;
}

/**
 * A language's name for a reader (`languageName('th', 'fr')` is "thaï"), from ICU's CLDR names,
 * the one source for the feeds and the emails; the portal asks the browser's ICU, which carries
 * the same CLDR names. An unusable tag reads as itself.
 */
export function languageName(tag: string, readerLanguage: string | null | undefined = 'en'): string {
  const canonical = canonicalLanguageTag(tag);
  if (!canonical) return tag;
  try {
    return new Intl.DisplayNames([canonicalLanguageTag(readerLanguage ?? 'en') ?? 'en'], { type: 'language', fallback: 'code' }).of(canonical) ?? canonical;
  } catch {
    return canonical;
  }
}
