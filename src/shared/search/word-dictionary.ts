import SearchableMap from 'minisearch/SearchableMap';
import { writtenWords } from './words';
import { formsOf } from './word-forms';
import { MAX_QUERY_LENGTH, MAX_WORDS, PREFIX_FROM, mayHaveTypo } from './text-index';

/** The forms of every word of these texts (word-forms.ts), each once. */
export function formsOfTexts(...texts: (string | null | undefined)[]): string[] {
  const forms = new Set<string>();
  for (const text of texts) if (text) for (const word of writtenWords(text)) for (const form of formsOf(word)) forms.add(form);
  return [...forms];
}

/**
 * Word matching without ranking, for a model too large for a full-text index (the programme):
 * each document keeps the forms of its words, and the dictionary of every form in use turns a
 * query word into the set of forms it accepts (its own forms, forms it begins, forms one typo
 * away), with the rules of TextIndex. A document matches a word when one of its forms is accepted.
 */
export class WordDictionary {
  private readonly terms = new SearchableMap<number>();
  /** Each form in use, one string for every document that has it (100,000 workshops share a few thousand words). */
  private readonly kept = new Map<string, string>();

  /** Counts a document's forms in; the same forms back, each the string every document with it shares. */
  add(forms: readonly string[]): string[] {
    return forms.map((form) => {
      this.terms.update(form, (count = 0) => count + 1);
      const known = this.kept.get(form);
      if (known !== undefined) return known;
      this.kept.set(form, form);
      return form;
    });
  }

  /** Counts a document's forms out. */
  remove(forms: readonly string[]): void {
    for (const form of forms) {
      const count = (this.terms.get(form) ?? 0) - 1;
      if (count > 0) this.terms.set(form, count);
      else {
        this.terms.delete(form);
        this.kept.delete(form);
      }
    }
  }

  /** The accepted forms of each word of the query; null when it has no searchable word. */
  accepted(query: string): Set<string>[] | null {
    const words = [...new Set(writtenWords(query.slice(0, MAX_QUERY_LENGTH)))].slice(0, MAX_WORDS);
    if (words.length === 0) return null;
    return words.map((word) => {
      const accepted = new Set<string>();
      for (const form of formsOf(word)) {
        if (this.terms.has(form)) accepted.add(form);
        if (form.length >= PREFIX_FROM) for (const term of this.terms.atPrefix(form).keys()) accepted.add(term);
        if (mayHaveTypo(form)) for (const term of this.terms.fuzzyGet(form, 1).keys()) accepted.add(term);
      }
      return accepted;
    });
  }
}
