/**
 * Documents a read model keeps for good, made cheaper to hold: the driver builds each decoded
 * object key by key, which leaves it in V8's dictionary mode (about 3 KB a workshop); a plain copy
 * gets fast properties, and short strings that recur across documents (statuses, time zones,
 * country and language codes) are shared. Dates, ids and other values are kept as they are.
 */
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

/** Compacts every document of a full read in place (the decoded originals can go at once). */
export function compactAll<T>(docs: T[]): T[] {
  for (let i = 0; i < docs.length; i++) docs[i] = compact(docs[i]!);
  return docs;
}
