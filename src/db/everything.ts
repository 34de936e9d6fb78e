/** An entry naming this id means "re-read the whole collection" (a write whose documents are not known, or too many). */
export const EVERYTHING = '*';
