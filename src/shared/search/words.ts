/**
 * The words of a text, for the in-process search indexes (text-index.ts, word-dictionary.ts) and
 * the name sort keys. Accents and case are folded so "Perú" finds "peru".
 *
 * Words come from Intl.Segmenter (ICU's dictionaries), so scripts written without spaces split
 * too: "การคุ้มครองเด็กในโลกออนไลน์" is six Thai words, "儿童保护" two Chinese ones. Each segment is
 * then split at any other non-letter ("l’enfance" gives "enfance", "e-mail" gives "mail"), and
 * marks are dropped only after Latin, Greek and Cyrillic letters: Thai vowels and tones and
 * Japanese voicing marks are part of the word.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const ACCENT = /(?<=[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]\p{M}*)\p{M}/gu;
// One ideograph or kana can be a word (书, 性, の); elsewhere one letter is noise.
const SINGLE_CHARACTER_WORD = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

/** A word with its accents (after Latin, Greek and Cyrillic letters) and case folded. */
export const foldWord = (word: string) => word.normalize('NFKD').replace(ACCENT, '').normalize('NFC').toLowerCase();

/**
 * The words of a text as written (lower case, accents kept): what the stemmers read. Split like
 * normaliseWords, so each of these folds to one of its words.
 */
export function writtenWords(text: string): string[] {
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) continue;
    for (const part of segment
      .normalize('NFC')
      .toLowerCase()
      .split(/[^\p{L}\p{N}\p{M}]+/u)) {
      if (part.length <= 40 && (part.length >= 2 || SINGLE_CHARACTER_WORD.test(part))) words.push(part);
    }
  }
  return words;
}

export function normaliseWords(text: string): string[] {
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) continue;
    for (const part of foldWord(segment).split(/[^\p{L}\p{N}\p{M}]+/u)) {
      if (part.length <= 40 && (part.length >= 2 || SINGLE_CHARACTER_WORD.test(part))) words.push(part);
    }
  }
  return words;
}
