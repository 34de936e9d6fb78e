import { keywordCondition, keywordsOf, searchWords } from '../../src/db/keywords';

/** Whether a search for `query` finds a document whose keywords were built from `title`. */
const finds = (title: string, query: string) => {
  const condition = keywordCondition(query);
  return condition?.keywords.$all.every((word) => keywordsOf(title).includes(word));
};

describe('search keywords in every script', () => {
  it('splits a Thai title into its words, so one word finds it', () => {
    const title = 'การคุ้มครองเด็กในโลกออนไลน์';
    expect(keywordsOf(title)).toEqual(['การ', 'คุ้มครอง', 'เด็ก', 'ใน', 'โลก', 'ออนไลน์']);
    expect(finds(title, 'เด็ก')).toBe(true);
    expect(finds(title, 'ออนไลน์ เด็ก')).toBe(true);
    expect(finds(title, 'ผู้ใหญ่')).toBe(false);
  });

  it('gives a Thai title over 40 characters its keywords', () => {
    const title = 'การคุ้มครองเด็กจากการแสวงประโยชน์ทางเพศในโลกออนไลน์และการท่องเที่ยว';
    expect(title.length).toBeGreaterThan(40);
    expect(keywordsOf(title)).toEqual(expect.arrayContaining(['เด็ก', 'เพศ', 'ออนไลน์']));
    expect(finds(title, 'เพศ')).toBe(true);
    // A query is split the same way: "tourism" (two words to ICU) finds the title.
    expect(finds(title, 'ท่องเที่ยว')).toBe(true);
  });

  it('splits Chinese and Japanese titles into words', () => {
    expect(finds('儿童保护与网络安全培训', '网络安全')).toBe(true);
    expect(finds('儿童保护与网络安全培训', '儿童')).toBe(true);
    expect(finds('子どもの保護とオンラインの安全', '保護')).toBe(true);
    expect(finds('子どもの保護とオンラインの安全', 'オンライン')).toBe(true);
    // Voicing marks are part of a Japanese word: ガ is not カ.
    expect(finds('ガイドライン', 'カイドライン')).toBe(false);
  });

  it('still folds accents and case in Latin scripts, and splits at apostrophes and hyphens', () => {
    expect(finds('Légal protection in Perú', 'legal PERU')).toBe(true);
    expect(keywordsOf('Protection de l’enfance, e-mail')).toEqual(['protection', 'de', 'enfance', 'mail']);
    expect(searchWords('!!')).toEqual([]);
  });
});
