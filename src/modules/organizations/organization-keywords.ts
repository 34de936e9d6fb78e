import { updateAlone } from '../../db/document-lock';
import type { KeywordSource } from '../../db/reindex-keywords';
import type { OrganizationDoc } from './organization.model';
import { keywordsFor } from './search-keys';

type Row = Pick<OrganizationDoc, '_id' | 'name' | 'country' | 'topics' | 'updatedAt'>;

/** A group's words recomputed under its write lock, only if it was not edited since it was read. */
export const organizationKeywordSource: KeywordSource<Row> = {
  collection: 'organizations',
  model: (database) => database.models.Organization,
  projection: { name: 1, country: 1, topics: 1, updatedAt: 1 },
  keywordsOf: (doc) => keywordsFor(doc.name, doc.country, doc.topics ?? []),
  write: async (database, doc, keywords) =>
    (await updateAlone(database, database.models.Organization, { _id: doc._id, updatedAt: doc.updatedAt }, { $set: { keywords } }, { timestamps: false })) !==
    null,
};
