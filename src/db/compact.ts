/**
 * Documents a read model keeps for good, made cheaper to hold: the driver builds each decoded
 * object key by key, which leaves it in V8's dictionary mode (about 3 KB a workshop); a plain copy
 * gets fast properties, and values that recur across documents are kept once:
 * - short strings (statuses, time zones, country and language codes);
 * - within a document, and across the documents of one full read (readCompacted): dates by instant
 *   (a Date is about 100 bytes, and a workshop's registration closes as it starts), ids other than a
 *   document's own `_id` (its author, its organisations) by value, and empty lists, lists of such
 *   values (['en'], ['ONLINE_SAFETY']) and small records of them (an eligibility open to all, a
 *   venue), frozen: a read model's documents are never changed in place (tests freeze them all:
 *   sorted-list.ts's frozenUnderTest), and a shared one must not be.
 * Other values are copied (a document's own `_id` and anything else kept as it is).
 */
/** Documents a full read asks for at a time (100,000 workshops in a dozen round trips). */
export const BATCH = 10_000;
const MAX_SHARED_LENGTH = 40;
const MAX_SHARED_STRINGS = 50_000;
/** Each kind of shared value stops being collected at this many (a bound on what sharing costs). */
const MAX_SHARED_VALUES = 100_000;
/** Records with more fields than this are copied, not shared. */
const MAX_SHARED_FIELDS = 6;
const shared = new Map<string, string>();

/**
 * The dates, ids, lists and records kept once, for one document or one full read: dropped with it,
 * so nothing of a document (a participant's name in a record) outlives the read model's copy.
 */
class Sharing {
  readonly dates = new Map<number, Date>();
  readonly ids = new Map<string, object>();
  /** Frozen lists and records by what they hold (their signature). */
  readonly values = new Map<string, object>();
  /** The signature of each shared list and record (what a record holding it is keyed by). */
  readonly signatures = new WeakMap<object, string>();
}

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

const isObjectId = (value: object): boolean => (value as { _bsontype?: unknown })._bsontype === 'ObjectId';

function kept<K, V extends object>(map: Map<K, V>, key: K, value: V): V {
  const known = map.get(key);
  if (known !== undefined) return known;
  if (map.size < MAX_SHARED_VALUES) map.set(key, value);
  return value;
}

/** What a copied value is keyed by when a list or record holding it is shared; null: not shareable. */
function signatureOf(sharing: Sharing, value: unknown): string | null {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Object.is(value, -0) ? 'n-0' : `n${value}`;
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'object':
      // Equal dates and ids are interchangeable (shared by value, see copy()).
      if (value instanceof Date) return `D${value.getTime()}`;
      if (isObjectId(value)) return `O${String(value)}`;
      return sharing.signatures.get(value) ?? null;
    default:
      return null;
  }
}

/** A frozen list or record, the one kept for its contents when it is shareable. */
function shareable<T extends object>(sharing: Sharing, value: T, parts: (string | null)[], open: string): T {
  if (parts.some((part) => part === null)) return value;
  const signature = `${open}${parts.join(',')}`;
  const known = sharing.values.get(signature);
  if (known !== undefined) return known as T;
  if (sharing.values.size >= MAX_SHARED_VALUES) return value;
  sharing.values.set(signature, Object.freeze(value));
  sharing.signatures.set(value, signature);
  return value;
}

function copy(sharing: Sharing, value: unknown, key?: string): unknown {
  if (typeof value === 'string') return share(value);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return kept(sharing.dates, value.getTime(), value);
  if (isObjectId(value)) return key === '_id' ? value : kept(sharing.ids, String(value), value);
  if (Array.isArray(value)) {
    const list = value.map((item) => copy(sharing, item));
    return shareable(
      sharing,
      list,
      list.map((item) => signatureOf(sharing, item)),
      '[',
    );
  }
  if (!isPlainObject(value)) return value;
  // A spread sizes the copy at once (fast properties); adding keys one by one would not.
  const plain: Record<string, unknown> = { ...value };
  const fields = Object.keys(plain);
  for (const field of fields) plain[field] = copy(sharing, plain[field], field);
  // A record with an id of its own (a session) is one of a kind.
  if (fields.length > MAX_SHARED_FIELDS || '_id' in plain) return plain;
  return shareable(
    sharing,
    plain,
    fields.map((field) => {
      const signature = signatureOf(sharing, plain[field]);
      return signature === null ? null : `${JSON.stringify(field)}:${signature}`;
    }),
    '{',
  );
}

/** A compacted copy of one document (what it repeats within itself kept once). */
export function compact<T>(doc: T): T {
  return copy(new Sharing(), doc) as T;
}

/**
 * Every document a query finds, read in batches and compacted as they come: each decoded batch
 * can go at once, so a full read never holds a large collection twice (at 100,000 workshops the
 * decoded copies alone are 300 MB).
 */
export async function readCompacted<T>(found: AsyncIterable<T>): Promise<T[]> {
  const docs: T[] = [];
  // What recurs across the documents is kept once for the whole read.
  const sharing = new Sharing();
  for await (const doc of found) docs.push(copy(sharing, doc) as T);
  return docs;
}
