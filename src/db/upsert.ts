import type { Model, UpdateQuery } from 'mongoose';
import { isDuplicateKeyError } from '../shared/errors';

/**
 * `updateOne({ _id }, update, { upsert: true })` that survives a concurrent first write.
 * Two upserts of a missing `_id` can both decide to insert: MongoDB retries the loser itself
 * (4.2+), FerretDB 1.x answers it E11000. The document exists by then, so the update is applied
 * to it (last write wins, as with any `$set`).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
// biome-ignore lint/suspicious/noExplicitAny: any model, whatever its query helpers, methods and virtuals
export async function upsertById<T>(model: Model<T, any, any, any, any, any>, id: unknown, update: UpdateQuery<T>): Promise<void> {
  try {
    await model.updateOne({ _id: id } as never, update, { upsert: true });
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    await model.updateOne({ _id: id } as never, update);
  }
}
