import MiniSearch, { type Query } from 'minisearch';
import { writtenWords } from './words';
import { formsOf } from './word-forms';

/** At most this many words of a query count (a huge query cannot become a huge search). */
export const MAX_WORDS = 8;
export const MAX_QUERY_LENGTH = 200;
/** Words this long or longer match as prefixes ("traff" finds "trafficking"). */
export const PREFIX_FROM = 3;
/** Words this long or longer tolerate one typo. */
export const TYPO_FROM = 5;
/** The latest searches' matches kept, until the index next changes (paging through one search asks it again). */
const RECENT_SEARCHES = 32;

/**
 * Whether a word may carry a typo: one written in an alphabet (Latin, Greek, Cyrillic) and long
 * enough. A character of Chinese, Japanese or Thai is too much of a word to be a typo (ガ is not カ).
 */
export const mayHaveTypo = (term: string) => term.length >= TYPO_FROM && /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}]+$/u.test(term);

type Texts<F extends string> = Partial<Record<F, string | readonly string[] | null | undefined>>;

/**
 * An in-process full-text index (MiniSearch) over some text fields of a read model's documents:
 * every word of a query must match, each by one of its forms (word-forms.ts), as a prefix, or
 * with one typo in longer words; accents and case folded. Scores rank the matches, a field's
 * boost weighing a match there (a title above a description).
 */
export class TextIndex<F extends string> {
  private readonly index: MiniSearch<Record<string, string>>;
  private readonly fields: F[];
  private readonly recent = new Map<string, ReadonlyMap<string, number> | null>();

  constructor(boosts: Record<F, number>) {
    this.fields = Object.keys(boosts) as F[];
    this.index = new MiniSearch<Record<string, string>>({
      idField: 'id',
      fields: this.fields,
      tokenize: (text) => writtenWords(text),
      processTerm: (term) => [...formsOf(term)],
      searchOptions: {
        boost: boosts as Record<string, number>,
        tokenize: (text) => [text],
        processTerm: (term) => term,
        prefix: (term) => term.length >= PREFIX_FROM,
        fuzzy: (term) => (mayHaveTypo(term) ? 1 : false),
        maxFuzzy: 1,
      },
    });
  }

  get size(): number {
    return this.index.documentCount;
  }

  /** Indexes (or re-indexes) a document's texts; a list is joined as separate words. */
  set(id: string, texts: Texts<F>): void {
    this.recent.clear();
    if (this.index.has(id)) this.index.discard(id);
    const doc: Record<string, string> = { id };
    for (const field of this.fields) {
      const value: string | readonly string[] | null | undefined = texts[field];
      doc[field] = typeof value === 'string' ? value : (value ?? []).join(' ');
    }
    this.index.add(doc);
  }

  remove(id: string): void {
    this.recent.clear();
    if (this.index.has(id)) this.index.discard(id);
  }

  /**
   * The documents matching every word of the query, with their relevance (higher first). `null`
   * when the query has no searchable word: such a search matches nothing rather than everything.
   */
  find(query: string): ReadonlyMap<string, number> | null {
    const words = [...new Set(writtenWords(query.slice(0, MAX_QUERY_LENGTH)))].slice(0, MAX_WORDS);
    const key = words.join(' ');
    if (this.recent.has(key)) {
      const known = this.recent.get(key)!;
      // Most recent last: the oldest goes first when the list is full.
      this.recent.delete(key);
      this.recent.set(key, known);
      return known;
    }
    const found = this.search(words);
    this.recent.set(key, found);
    if (this.recent.size > RECENT_SEARCHES) this.recent.delete(this.recent.keys().next().value!);
    return found;
  }

  private search(words: string[]): ReadonlyMap<string, number> | null {
    if (words.length === 0) return null;
    // A typo is looked for in the word as typed; its stems match as prefixes only (each is a prefix of the word anyway).
    const tree: Query = {
      combineWith: 'AND',
      queries: words.map((word) => {
        const [typed, ...stems] = formsOf(word);
        return { combineWith: 'OR', queries: [typed!, ...(stems.length > 0 ? [{ combineWith: 'OR' as const, queries: stems, fuzzy: false }] : [])] };
      }),
    };
    return new Map(this.index.search(tree).map((result) => [String(result.id), result.score]));
  }
}
