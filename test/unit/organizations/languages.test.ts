import { canonicalLanguageTag, isLanguageTag, languageName } from '../../../src/modules/organizations/reference/languages';

describe('BCP 47 language tags', () => {
  it.each([
    ['en-gb', 'en-GB'],
    ['EN', 'en'],
    ['fr', 'fr'],
    ['es-419', 'es-419'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['pt-br', 'pt-BR'],
    [' sw ', 'sw'],
    ['iw', 'he'],
  ])('canonicalises %p to %p', (tag, canonical) => {
    expect(canonicalLanguageTag(tag)).toBe(canonical);
    expect(isLanguageTag(tag)).toBe(true);
  });

  it.each(['', '   ', 'en_GB', 'en--gb', 'english', 'e', '123', 'x-private', 'und', 'und-Latn', 'en-', '-en', 'root', 'engl-GB'])('rejects %p', (tag) => {
    expect(canonicalLanguageTag(tag)).toBeNull();
    expect(isLanguageTag(tag)).toBe(false);
  });

  it('rejects tags longer than 35 characters, even well-formed ones', () => {
    const long = 'en-GB-u-ca-gregory-nu-latn-hc-h23-fw'; // 36 characters
    expect(long).toHaveLength(36);
    expect(Intl.getCanonicalLocales(long)).toHaveLength(1);
    expect(canonicalLanguageTag(long)).toBeNull();
    expect(canonicalLanguageTag(long.slice(0, 33))).toBe('en-GB-u-ca-gregory-hc-h23-nu-latn');
  });
});

describe('languageName', () => {
  it("names a language in the reader's language, and a tag it cannot read as itself", () => {
    expect(languageName('th')).toBe('Thai');
    expect(languageName('th', 'fr')).toBe('thaï');
    expect(languageName('es', 'es-MX')).toBe('español');
    expect(languageName('not a tag', 'fr')).toBe('not a tag');
  });
});
