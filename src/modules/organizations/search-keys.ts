import { normaliseWords } from '../../shared/search/words';

/** Lower-cased, accent-folded name: the sort key of every organisation list. */
export const nameKeyOf = (name: string) => normaliseWords(name).join(' ') || name.toLowerCase();
