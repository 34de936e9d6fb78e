import { Types } from 'mongoose';

/**
 * Loads documents for a DataLoader batch in one command. A batch of one uses an `_id` equality
 * filter, the only filter FerretDB 1.x pushes down to storage (an `$in` scans the collection:
 * about 30 ms instead of 2 ms on 125 organisations); larger batches use one `$in`.
 */
export async function loadByIds<T extends { _id: Types.ObjectId }>(
  ids: readonly string[],
  find: (filter: Record<string, unknown>) => Promise<T[]>,
): Promise<(T | null)[]> {
  const objectIds = ids.map((id) => new Types.ObjectId(id));
  const docs = await find(objectIds.length === 1 ? { _id: objectIds[0] } : { _id: { $in: objectIds } });
  const byId = new Map(docs.map((doc) => [String(doc._id), doc]));
  return ids.map((id) => byId.get(id) ?? null);
}
