/**
 * Documents a read model keeps for good, made cheaper to hold: the driver builds each decoded
 * object key by key, which leaves it in V8's dictionary mode (about 3 KB a workshop); a plain copy
 * gets fast properties, and short strings that recur across documents (statuses, time zones,
 * country and language codes) are shared. Dates, ids and other values are kept as they are.
 */
/** Documents a full read asks for at a time (100,000 workshops in a dozen round trips). */
export const BATCH = 10_000;
const MAX_SHARED_LENGTH = 40;
const MAX_SHARED_STRINGS = 50_000;
const shared = new Map<string, string>();

function share(text: string): string {
  if (text.length > MAX_SHARED_LENGTH) return text;
  const known = shared.get(text);
  if (known !== undefined) return known;
  if (shared.size < MAX_SHARED_STRINGS) shared.set(text, text);
  return text;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function copy(value: unknown): unknown {
  if (typeof value === 'string') return share(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copy);
  if (!isPlainObject(value)) return value;
  // A spread sizes the copy at once (fast properties); adding keys one by one would not.
  const plain: Record<string, unknown> = { ...value };
  for (const key of Object.keys(plain)) plain[key] = copy(plain[key]);
  return plain;
}

export function compact<T>(doc: T): T {
  return copy(doc) as T;
}

/**
 * Every document a query finds, read in batches and compacted as they come: each decoded batch
 * can go at once, so a full read never holds a large collection twice (at 100,000 workshops the
 * decoded copies alone are 300 MB).
 */
export async function readCompacted<T>(found: AsyncIterable<T>): Promise<T[]> {
  const docs: T[] = [];
  for await (const doc of found) docs.push(compact(doc));
  return docs;
}
