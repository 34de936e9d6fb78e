import { Types } from 'mongoose';
import { BadUserInputError } from '../shared/errors';

export const MAX_PAGE_SIZE = 100;

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** `first` bounded to 1..MAX_PAGE_SIZE (FerretDB filters in memory: pages must stay small). */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`first must be between 1 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  return size;
}

/** Opaque cursors: the sort key and id of the last row seen, so pages stay stable under inserts. */
export function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

export function decodeCursor(cursor: string): { key: string; id: string } {
  try {
    // A sort key of 200 four-byte characters (a name in a supplementary script) encodes to about
    // 1,100 characters: the bound leaves room for that and refuses anything far larger.
    if (cursor.length > 4_096) throw new Error('too long');
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && /^[0-9a-f]{24}$/.test(String(value[1]))) {
      return { key: value[0], id: value[1] as string };
    }
  } catch {
    // fall through
  }
  throw new BadUserInputError('The cursor is not valid; start again without `after`.', 'after');
}

/** Shapes `size + 1` fetched rows into a page (the extra row only says whether more follow). */
export function toPage<T>(rows: T[], size: number, cursorOf: (row: T) => string): Page<T> {
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}

/**
 * The filter for rows after `after` in (`field`, `_id`) order; `parseKey` turns the cursor's
 * key back into the field's type (null when it cannot, which makes the cursor invalid).
 */
export function afterCursor<K>(after: string, field: string, parseKey: (key: string) => K | null): Record<string, unknown> {
  const cursor = decodeCursor(after);
  const key = parseKey(cursor.key);
  if (key === null) throw new BadUserInputError('The cursor is not valid; start again without `after`.', 'after');
  const id = new Types.ObjectId(cursor.id);
  return { $or: [{ [field]: { $gt: key } }, { [field]: key, _id: { $gt: id } }] };
}

/** `parseKey` for cursors keyed by `_id`. */
export const objectIdKey = (key: string) => (/^[0-9a-f]{24}$/.test(key) ? new Types.ObjectId(key) : null);
