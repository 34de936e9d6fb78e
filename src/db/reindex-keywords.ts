import type { Model } from 'mongoose';
import { completeClaim, tryClaim } from './claims';
import type { Database } from './database';

/**
 * Raise this when keywordsOf (src/db/keywords.ts) splits words differently: stored keywords are
 * then recomputed once (jobs/system/reindex-keywords). 2: words from Intl.Segmenter (Thai, CJK).
 */
export const KEYWORDS_VERSION = 2;

/** One searchable collection: how to read a document's words, and how its module writes them. */
export interface KeywordSource<T = Record<string, unknown>> {
  collection: string;
  // biome-ignore lint/suspicious/noExplicitAny: any model, whatever its schema
  model(database: Database): Model<any>;
  projection: Record<string, 1>;
  keywordsOf(doc: T): string[];
  /** Writes the keywords unless the document changed since it was read (then its edit wrote them); true if written. */
  write(database: Database, doc: T, keywords: string[]): Promise<boolean>;
}

const sameWords = (a: readonly string[] | undefined, b: readonly string[]) => a?.length === b.length && a.every((word, i) => word === b[i]);

/**
 * Recomputes every stored keyword array once per KEYWORDS_VERSION (a claim says it was done; one
 * that dies half-way expires and the next run starts again). One read per collection, streamed;
 * only documents whose words differ are written. Answers the documents rewritten, per collection,
 * or null when this version was already done or is being done.
 */
export async function reindexKeywords(database: Database, sources: KeywordSource<never>[], now: Date): Promise<Record<string, number> | null> {
  const claim = `search:keywords:v${KEYWORDS_VERSION}`;
  if (!(await tryClaim(database.db, claim, { kind: 'keywords-reindex', now, expiresAt: new Date(now.getTime() + 3_600_000) }))) return null;
  const rewritten: Record<string, number> = {};
  for (const source of sources as KeywordSource[]) {
    rewritten[source.collection] = 0;
    for await (const doc of source
      .model(database)
      .find({}, { ...source.projection, keywords: 1 })
      .lean()
      .cursor({ batchSize: 500 })) {
      const keywords = source.keywordsOf(doc as Record<string, unknown>);
      if (sameWords((doc as { keywords?: string[] }).keywords, keywords)) continue;
      if (await source.write(database, doc as Record<string, unknown>, keywords)) rewritten[source.collection]!++;
    }
  }
  await completeClaim(database.db, claim, now);
  return rewritten;
}
