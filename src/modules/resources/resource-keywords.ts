import { updateAlone } from '../../db/document-lock';
import type { KeywordSource } from '../../db/reindex-keywords';
import type { ResourceDoc } from './resource.model';
import { keywordsFor } from './resources.service';

type Row = Pick<ResourceDoc, '_id' | 'title' | 'description' | 'topics' | 'updatedAt'>;

/** A resource's words recomputed under its write lock, only if it was not edited since it was read. */
export const resourceKeywordSource: KeywordSource<Row> = {
  collection: 'resources',
  model: (database) => database.models.Resource,
  projection: { title: 1, description: 1, topics: 1, updatedAt: 1 },
  keywordsOf: (doc) => keywordsFor(doc),
  write: async (database, doc, keywords) =>
    (await updateAlone(database, database.models.Resource, { _id: doc._id, updatedAt: doc.updatedAt }, { $set: { keywords } }, { timestamps: false })) !== null,
};
