/**
 * Search without text indexes (FerretDB has none): documents keep a normalised keyword array
 * with a multikey index, and a search matches every word of the query as a keyword prefix-free
 * whole word. Accents and case are folded so "Perú" finds "peru".
 */
export function normaliseWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2 && word.length <= 40);
}

export function keywordsOf(...texts: (string | null | undefined)[]): string[] {
  return [...new Set(texts.flatMap((text) => (text ? normaliseWords(text) : [])))].slice(0, 200);
}

/** The words of a search query, bounded so a huge query cannot become a huge filter. */
export function searchWords(query: string): string[] {
  return [...new Set(normaliseWords(query.slice(0, 200)))].slice(0, 8);
}

/**
 * The filter for a search: every word as a keyword. `null` when the text has no searchable word
 * (only punctuation): such a search matches nothing rather than everything.
 */
export function keywordCondition(text: string): { keywords: { $all: string[] } } | null {
  const words = searchWords(text);
  return words.length > 0 ? { keywords: { $all: words } } : null;
}
