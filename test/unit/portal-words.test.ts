import fs from 'node:fs';
import path from 'node:path';
import { en } from '../../portal/src/dictionaries/en';
import { es } from '../../portal/src/dictionaries/es';
import { fr } from '../../portal/src/dictionaries/fr';

const translations = { fr, es };
const groups = Object.keys(en) as (keyof typeof en)[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the portal's words", () => {
  it('use each key in one page group only, so no group hides another’s word', () => {
    const seen = new Map<string, string>();
    for (const group of groups) {
      for (const key of Object.keys(en[group])) {
        expect([key, seen.get(key)]).toEqual([key, undefined]);
        seen.set(key, group);
      }
    }
  });

  it.each(Object.entries(translations))('in %s carry every English key with the same placeholders', (_language, words) => {
    for (const group of groups) {
      const source: Record<string, string> = en[group];
      const translated: Record<string, string> = words[group];
      expect(Object.keys(translated).sort()).toEqual(Object.keys(source).sort());
      for (const [key, text] of Object.entries(source)) {
        expect([key, placeholders(translated[key]!)]).toEqual([key, placeholders(text)]);
        expect(translated[key]!.trim()).not.toBe('');
      }
    }
  });

  it('are each used by a page (enum values are used through the API’s answers)', () => {
    const root = path.resolve(__dirname, '../../portal/src');
    const sources = fs
      .readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !file.startsWith('dictionaries') && !file.startsWith('gql'))
      .map((file) => fs.readFileSync(path.join(root, file), 'utf8'))
      .join('\n');
    const unused = groups.filter((group) => group !== 'values').flatMap((group) => Object.keys(en[group]).filter((key) => !sources.includes(`'${key}'`)));
    expect(unused).toEqual([]);
  });
});
