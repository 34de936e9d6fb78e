import type { Connection, Schema } from 'mongoose';
import { changeLog } from './change-log';
import { EVERYTHING } from './everything';

/**
 * Every write through a model of this schema appends what it changed to the collection's
 * ChangeLog once it has landed (Mongoose middleware, awaited), so no call site can forget to.
 * A write by a filter other than `_id` names EVERYTHING. Writes through the driver's collection
 * directly (bench seeding) are not logged: a read model built after them sees them anyway.
 */
export function logWritesOf(schema: Schema, stream: string): void {
  const append = (connection: Connection, ids: string[]) => (ids.length > 0 ? changeLog(connection.db!, stream).append(ids) : Promise.resolve());

  schema.post('save', async (doc: { _id: unknown; db: Connection }) => {
    await append(doc.db, [String(doc._id)]);
  });
  const afterInsertMany = async function (this: { db: Connection }, docs: { _id: unknown }[]) {
    await append(
      this.db,
      docs.map((doc) => String(doc._id)),
    );
  };
  schema.post('insertMany', afterInsertMany as never);
  for (const operation of ['findOneAndUpdate', 'findOneAndReplace', 'findOneAndDelete', 'updateOne', 'replaceOne', 'deleteOne'] as const) {
    schema.post(operation, async function (this: QueryLike, result: unknown) {
      if (!wrote(operation, result)) return;
      const id = this.getFilter()._id;
      const known = id !== undefined && (typeof id !== 'object' || id === null || !isOperatorObject(id));
      await append(this.model.db, [known ? String(id) : EVERYTHING]);
    });
  }
  for (const operation of ['updateMany', 'deleteMany'] as const) {
    schema.post(operation, async function (this: QueryLike, result: unknown) {
      if (wrote(operation, result)) await append(this.model.db, [EVERYTHING]);
    });
  }
}

interface QueryLike {
  getFilter(): Record<string, unknown>;
  model: { db: Connection };
}

/** Whether the operation changed anything (a guarded update that matched nothing logs nothing). */
function wrote(operation: string, result: unknown): boolean {
  if (result === null || result === undefined) return false;
  if (operation.startsWith('findOneAnd')) return true;
  const counts = result as { matchedCount?: number; deletedCount?: number; upsertedCount?: number };
  return (counts.matchedCount ?? 0) > 0 || (counts.deletedCount ?? 0) > 0 || (counts.upsertedCount ?? 0) > 0;
}

const isOperatorObject = (value: object) => !('_bsontype' in value) && Object.keys(value).some((key) => key.startsWith('$'));
