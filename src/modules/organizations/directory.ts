import type { ReadModelState } from '../../db/read-model';
import { SortedList, frozenUnderTest } from '../../db/sorted-list';
import { TextIndex } from '../../shared/search/text-index';
import type { OrganizationDoc } from './organization.model';
import { countryName } from './reference/countries';
import { topicLabel } from './reference/topics';
import { idKey } from '../../shared/ids';
import type { Page } from '../../graphql/pagination';

const LANGUAGES = ['en', 'fr', 'es'] as const;

/** What a page of the directory asks for (the semantics of `organizations()`). */
export interface DirectoryQuery {
  /** Whom this caller may see (the policy's directory scope, decided by the service). */
  visible: (doc: OrganizationDoc) => boolean;
  region?: string;
  country?: string;
  membershipStatus?: string;
  kind?: string;
  topic?: string;
  /** The text search's matches; absent when no text was asked for. */
  matches?: ReadonlyMap<string, number>;
}

/** A page of `organizations()`, with the whole list's count and countries worked out when asked. */
export type OrganizationPage = Page<OrganizationDoc> & { count: () => number; countries: () => { value: string; count: number }[] };

const byName = (a: OrganizationDoc, b: OrganizationDoc) => order(a.nameKey, b.nameKey) || order(String(a._id), String(b._id));
const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every organisation, held in this process in name order with a full-text index of the names,
 * the countries in three languages and the topics' names: a page of the directory is a walk from
 * its cursor, whatever the size of the network.
 */
export class Directory implements ReadModelState<OrganizationDoc> {
  private readonly byId = new Map<string, OrganizationDoc>();
  private readonly names: SortedList<OrganizationDoc>;
  private readonly text = new TextIndex({ name: 3, country: 2, topics: 1 });

  constructor(docs: OrganizationDoc[]) {
    for (const doc of docs) {
      this.byId.set(idKey(doc._id), frozenUnderTest(doc));
      this.index(doc);
    }
    this.names = new SortedList(byName, this.byId.values());
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): OrganizationDoc | undefined {
    return this.byId.get(id);
  }

  /** Every organisation, in no particular order. */
  all(): IterableIterator<OrganizationDoc> {
    return this.byId.values();
  }

  put(id: string, doc: OrganizationDoc | null): void {
    const old = this.byId.get(id);
    // Never step back: a document read before a later change was applied is older than ours.
    if (old && doc && doc.updatedAt < old.updatedAt) return;
    if (old) {
      this.names.remove(old);
      this.byId.delete(id);
      this.text.remove(id);
    }
    if (!doc) return;
    const fresh = frozenUnderTest(doc);
    this.byId.set(id, fresh);
    this.names.insert(fresh);
    this.index(fresh);
  }

  /** The text search's matches (null: the text has no searchable word). */
  search(text: string): ReadonlyMap<string, number> | null {
    return this.text.find(text);
  }

  /** Up to `limit` organisations matching the query in name order, strictly after `after`. */
  page(query: DirectoryQuery, limit: number, after?: { key: string; id: string }): OrganizationDoc[] {
    const start = after ? this.names.indexAfter({ nameKey: after.key, _id: after.id } as unknown as OrganizationDoc) : 0;
    const found: OrganizationDoc[] = [];
    for (let i = start; i < this.names.length && found.length < limit; i++) {
      const doc = this.names.items[i]!;
      if (matches(doc, query)) found.push(doc);
    }
    return found;
  }

  /** How many organisations match the query, and how many per country, most first (then by code). */
  tally(query: DirectoryQuery): { count: number; countries: { value: string; count: number }[] } {
    const perCountry = new Map<string, number>();
    let count = 0;
    for (const doc of this.byId.values()) {
      if (!matches(doc, query)) continue;
      count += 1;
      perCountry.set(doc.country, (perCountry.get(doc.country) ?? 0) + 1);
    }
    const countries = [...perCountry].map(([value, n]) => ({ value, count: n })).sort((a, b) => b.count - a.count || order(a.value, b.value));
    return { count, countries };
  }

  private index(doc: OrganizationDoc): void {
    this.text.set(idKey(doc._id), {
      name: doc.name,
      country: [doc.country, ...LANGUAGES.map((language) => countryName(doc.country, language))],
      topics: doc.topics.flatMap((topic) => LANGUAGES.map((language) => topicLabel(topic, language))),
    });
  }
}

function matches(doc: OrganizationDoc, query: DirectoryQuery): boolean {
  if (query.matches && !query.matches.has(String(doc._id))) return false;
  if (query.region && doc.region !== query.region) return false;
  if (query.country && doc.country !== query.country) return false;
  if (query.membershipStatus && doc.membershipStatus !== query.membershipStatus) return false;
  if (query.kind && doc.kind !== query.kind) return false;
  if (query.topic && !doc.topics.includes(query.topic)) return false;
  return query.visible(doc);
}
