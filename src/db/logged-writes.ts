import type { Connection, Schema } from 'mongoose';
import { databaseLog, type ChangeImage } from './change-log';
import { EVERYTHING } from './everything';

export interface LoggedWritesOptions {
  /**
   * Record each written document's image in its entry, as this picks it (only the fields readers
   * keep: no personal data goes into the log), where the write tells it: a created document, a
   * deletion by `_id`, a `findOneAndUpdate` answering the document after, or one answering it
   * before with a plain `$set`. Readers then apply the entry without reading the document back,
   * which matters where a point read costs time in proportion to the collection (FerretDB's SQLite).
   */
  image?: (doc: Record<string, unknown>) => Record<string, unknown>;
  /**
   * Told of every logged write in this process: the document's id (null: documents the write does
   * not name) and the whole document as the write left it (null: deleted; undefined: not told).
   */
  written?: (id: string | null, doc: Record<string, unknown> | null | undefined) => void;
}

/**
 * Every write through a model of this schema appends what it changed, as `stream`, to the
 * database's ChangeLog once it has landed (Mongoose middleware, awaited), so no call site can forget to.
 * A write by a filter other than `_id` names EVERYTHING. Writes through the driver's collection
 * directly (bench seeding) are not logged: a read model built after them sees them anyway.
 */
export function logWritesOf(schema: Schema, stream: string, options: LoggedWritesOptions = {}): void {
  const append = (connection: Connection, ids: string[], images: ChangeImage[] = []) =>
    ids.length > 0 ? databaseLog(connection.db!).append(ids, options.image ? images : [], stream) : Promise.resolve();
  const imageOf = (id: string, doc: Record<string, unknown> | null): ChangeImage[] =>
    options.image ? [{ id, doc: doc === null ? null : options.image(doc) }] : [];

  const told = options.image !== undefined || options.written !== undefined;
  schema.post('save', async (doc: { _id: unknown; db: Connection; toObject(): Record<string, unknown> }) => {
    const id = String(doc._id);
    const written = told ? doc.toObject() : undefined;
    options.written?.(id, written);
    await append(doc.db, [id], written ? imageOf(id, written) : []);
  });
  const afterInsertMany = async function (this: { db: Connection }, docs: { _id: unknown }[]) {
    for (const doc of docs) options.written?.(String(doc._id), undefined);
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
      if (!known) {
        options.written?.(null, undefined);
        return append(this.model.db, [EVERYTHING]);
      }
      const image = told ? imageAfter(operation, this, result) : undefined;
      options.written?.(String(id), image);
      await append(this.model.db, [String(id)], image === undefined ? [] : imageOf(String(id), image));
    });
  }
  for (const operation of ['updateMany', 'deleteMany'] as const) {
    schema.post(operation, async function (this: QueryLike, result: unknown) {
      if (!wrote(operation, result)) return;
      options.written?.(null, undefined);
      await append(this.model.db, [EVERYTHING]);
    });
  }
}

interface QueryLike {
  getFilter(): Record<string, unknown>;
  getUpdate(): Record<string, unknown> | null;
  getOptions(): { returnDocument?: string; new?: boolean; upsert?: boolean };
  model: { db: Connection };
}

/** The document as the write left it (null: deleted), or undefined where the write does not tell. */
function imageAfter(operation: string, query: QueryLike, result: unknown): Record<string, unknown> | null | undefined {
  if (operation === 'deleteOne' || operation === 'findOneAndDelete') return null;
  if (operation !== 'findOneAndUpdate') return undefined;
  const returned = toPlain(result);
  const settings = query.getOptions();
  if (settings.returnDocument === 'after' || settings.new === true) return returned;
  if (settings.upsert) return undefined;
  // The document before, and an update that only sets top-level fields: the document after is both.
  const update = query.getUpdate() ?? {};
  const operators = Object.keys(update);
  const set = update.$set as Record<string, unknown> | undefined;
  if (!set || operators.some((key) => key !== '$set' && key !== '$setOnInsert') || Object.keys(set).some((key) => key.includes('.'))) return undefined;
  return { ...returned, ...set };
}

const toPlain = (value: unknown): Record<string, unknown> =>
  typeof (value as { toObject?: unknown }).toObject === 'function'
    ? (value as { toObject(): Record<string, unknown> }).toObject()
    : (value as Record<string, unknown>);

/** Whether the operation changed anything (a guarded update that matched nothing logs nothing). */
function wrote(operation: string, result: unknown): boolean {
  if (result === null || result === undefined) return false;
  if (operation.startsWith('findOneAnd')) return true;
  const counts = result as { matchedCount?: number; deletedCount?: number; upsertedCount?: number };
  return (counts.matchedCount ?? 0) > 0 || (counts.deletedCount ?? 0) > 0 || (counts.upsertedCount ?? 0) > 0;
}

const isOperatorObject = (value: object) => !('_bsontype' in value) && Object.keys(value).some((key) => key.startsWith('$'));
