import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { foldWord } from './words';

/** Plurals and forms no suffix rule reaches (the Porter stemmer leaves "children" alone). */
const IRREGULAR: Record<string, string> = {
  children: 'child',
  women: 'woman',
  men: 'man',
  people: 'person',
  lives: 'life',
  wives: 'wife',
  analyses: 'analysis',
  criteria: 'criterion',
  data: 'datum',
};

const LATIN = /^[\p{Script=Latin}\p{N}]+$/u;
const DIGITS = /^\p{Nd}+$/u;

/** Stemming is the cost of indexing: a text repeats few words, so their forms are remembered. */
const known = new Map<string, readonly string[]>();
const KNOWN_MAX = 200_000;

/**
 * The forms a word is indexed and searched under: the word itself (accents and case folded) and
 * its stems in English, French and Spanish, so "enfants" meets "enfant", "niños" meets "niño"
 * and "trafficked" meets "trafficking", whichever language the text or the reader uses. The
 * stemmers read the word with its accents (Spanish rules need them); the stems are folded after.
 * Words outside the Latin script are kept whole (the keyword rules split them already).
 */
export function formsOf(word: string): readonly string[] {
  // A number has no stems (and each number remembered would fill the memory of the words).
  if (DIGITS.test(word)) return [foldWord(word)];
  let forms = known.get(word);
  if (!forms) {
    if (known.size >= KNOWN_MAX) known.clear();
    forms = Object.freeze(computeForms(word));
    known.set(word, forms);
  }
  return forms;
}

function computeForms(word: string): string[] {
  const lower = word.toLowerCase();
  const folded = foldWord(lower);
  if (!LATIN.test(lower)) return [folded];
  const base = IRREGULAR[folded] ?? lower;
  const forms = new Set([folded, foldWord(base)]);
  for (const stem of [english(base), french(base), spanish(base)]) {
    const form = foldWord(stem);
    if (form.length >= 2) forms.add(form);
  }
  return [...forms];
}
