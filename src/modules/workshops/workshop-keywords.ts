import { releaseClaim, tryClaim } from '../../db/claims';
import type { KeywordSource } from '../../db/reindex-keywords';
import type { WorkshopDoc } from './workshop.model';
import { keywordsFor } from './workshops.service';

type Row = Pick<WorkshopDoc, '_id' | 'title' | 'summary' | 'topics' | 'revision'>;

/**
 * A workshop's words recomputed without a new revision (calendars see no change): the write holds
 * the claim of the next revision, like an edit, and lands only on the revision it read.
 */
export const workshopKeywordSource: KeywordSource<Row> = {
  collection: 'workshops',
  model: (database) => database.models.Workshop,
  projection: { title: 1, summary: 1, topics: 1, revision: 1 },
  keywordsOf: (doc) => keywordsFor(doc),
  async write(database, doc, keywords) {
    const revision = doc.revision ?? 0;
    const claim = `ws:${String(doc._id)}:rev:${revision + 1}`;
    if (!(await tryClaim(database.db, claim, { kind: 'workshop-revision', now: new Date() }))) return false; // an edit is landing
    try {
      const guard = revision === 0 ? { $in: [0, null] } : revision;
      const result = await database.models.Workshop.updateOne({ _id: doc._id, revision: guard }, { $set: { keywords } }, { timestamps: false });
      return result.modifiedCount === 1;
    } finally {
      await releaseClaim(database.db, claim);
    }
  },
};
