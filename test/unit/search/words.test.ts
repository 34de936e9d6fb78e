import { TextIndex } from '../../../src/shared/search/text-index';
import { normaliseWords } from '../../../src/shared/search/words';

/** Whether a search for `query` finds a document titled `title`. */
const finds = (title: string, query: string) => {
  const index = new TextIndex({ title: 1 });
  index.set('only', { title });
  return index.find(query)?.has('only') ?? false;
};

describe('search words in every script', () => {
  it('splits a Thai title into its words, so one word finds it', () => {
    const title = 'การคุ้มครองเด็กในโลกออนไลน์';
    expect(normaliseWords(title)).toEqual(['การ', 'คุ้มครอง', 'เด็ก', 'ใน', 'โลก', 'ออนไลน์']);
    expect(finds(title, 'เด็ก')).toBe(true);
    expect(finds(title, 'ออนไลน์ เด็ก')).toBe(true);
    expect(finds(title, 'ผู้ใหญ่')).toBe(false);
  });

  it('gives a Thai title over 40 characters its words', () => {
    const title = 'การคุ้มครองเด็กจากการแสวงประโยชน์ทางเพศในโลกออนไลน์และการท่องเที่ยว';
    expect(title.length).toBeGreaterThan(40);
    expect(normaliseWords(title)).toEqual(expect.arrayContaining(['เด็ก', 'เพศ', 'ออนไลน์']));
    expect(finds(title, 'เพศ')).toBe(true);
    // A query is split the same way: "tourism" (two words to ICU) finds the title.
    expect(finds(title, 'ท่องเที่ยว')).toBe(true);
  });

  it('splits Chinese and Japanese titles into words', () => {
    expect(finds('儿童保护与网络安全培训', '网络安全')).toBe(true);
    expect(finds('儿童保护与网络安全培训', '儿童')).toBe(true);
    expect(finds('子どもの保護とオンラインの安全', '保護')).toBe(true);
    expect(finds('子どもの保護とオンラインの安全', 'オンライン')).toBe(true);
    // Voicing marks are part of a Japanese word, and no typo is tolerated there: ガ is not カ.
    expect(finds('ガイドライン', 'カイドライン')).toBe(false);
  });

  it('still folds accents and case in Latin scripts, and splits at apostrophes and hyphens', () => {
    expect(finds('Légal protection in Perú', 'legal PERU')).toBe(true);
    expect(normaliseWords('Protection de l’enfance, e-mail')).toEqual(['protection', 'de', 'enfance', 'mail']);
    expect(new TextIndex({ title: 1 }).find('!!')).toBeNull();
  });

  it('tolerates one typo in a longer Latin word, and none in a short one', () => {
    expect(finds('Safeguarding policy', 'safeguardng')).toBe(true);
    expect(finds('Safeguarding policy', 'sfgrding')).toBe(false);
    expect(finds('Child law', 'lay')).toBe(false);
  });
});
