import type { ReadModelState } from '../../db/read-model';
import { SortedList, frozenUnderTest } from '../../db/sorted-list';
import { TextIndex } from '../../shared/search/text-index';
import { topicLabel } from '../organizations/reference/topics';
import type { ResourceDoc } from './resource.model';
import { idKey } from '../../shared/ids';

const TOPIC_LANGUAGES = ['en', 'fr', 'es'] as const;

export type LibrarySort = 'NEWEST' | 'MOST_DOWNLOADED' | 'RELEVANCE';

/** The narrowing a facet counts around: each facet's own choice is left out of its counts. */
export interface FacetChoices {
  kind?: string;
  topic?: string;
  language?: string;
  region?: string;
}

/** What a list of the library asks for (the semantics of `resources()`). */
export interface LibraryQuery extends FacetChoices {
  /** What this caller may list (status and visibility, decided by the service). */
  listable: (doc: ResourceDoc) => boolean;
  /**
   * Everything `listable` depends on, as a string: callers of one scope list the same resources,
   * so their answers are shared until the library changes.
   */
  scope: string;
  country?: string;
  organizationId?: string;
  workshopId?: string;
  /** The text search's matches and their relevance; absent when no text was asked for. */
  matches?: ReadonlyMap<string, number>;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface Facets {
  kinds: FacetCount[];
  topics: FacetCount[];
  languages: FacetCount[];
  regions: FacetCount[];
}

/** A position in a sorted list: the sort's key and the id (a cursor). */
export interface LibraryPosition {
  key: number;
  id: string;
}

type Candidate = [id: string, doc: ResourceDoc, relevance: number];
interface Ranked {
  doc: ResourceDoc;
  key: number;
  id: string;
}

/** Answers kept per search (or for the whole library) until the library changes. */
const SELECTIONS_PER_SEARCH = 64;

const idOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Higher key first, then higher id: the order of a sorted search, and of its cursors. */
const rankOrder = (a: Pick<Ranked, 'key' | 'id'>, b: Pick<Ranked, 'key' | 'id'>) => b.key - a.key || idOrder(b.id, a.id);
const byIdDescending = (a: ResourceDoc, b: ResourceDoc) => idOrder(String(b._id), String(a._id));
const newestFirst = (a: ResourceDoc, b: ResourceDoc) => b.createdAt.getTime() - a.createdAt.getTime() || byIdDescending(a, b);
const mostDownloadedFirst = (a: ResourceDoc, b: ResourceDoc) => (b.downloadCount ?? 0) - (a.downloadCount ?? 0) || byIdDescending(a, b);

/** A resource's key in a sort (relevance comes from the search's matches). */
export function sortKeyOf(doc: ResourceDoc, sort: LibrarySort, matches?: ReadonlyMap<string, number>): number {
  if (sort === 'NEWEST') return doc.createdAt.getTime();
  if (sort === 'MOST_DOWNLOADED') return doc.downloadCount ?? 0;
  return matches?.get(String(doc._id)) ?? 0;
}

const FACETS = [
  ['kinds', 'kind', (doc: ResourceDoc) => [doc.kind]],
  ['topics', 'topic', (doc: ResourceDoc) => doc.topics],
  ['languages', 'language', (doc: ResourceDoc) => doc.languages],
  ['regions', 'region', (doc: ResourceDoc) => doc.regions],
] as const;

/**
 * Every resource, held in this process: newest first and most downloaded first, with a full-text
 * index of the titles, topics and descriptions. A page is a walk from its cursor (or, for a text
 * search, a sort of the matches), so a list costs the same however large the library grows.
 */
export class Library implements ReadModelState<ResourceDoc> {
  private readonly byId = new Map<string, ResourceDoc>();
  private readonly newest: SortedList<ResourceDoc>;
  private readonly mostDownloaded: SortedList<ResourceDoc>;
  private readonly text = new TextIndex({ title: 3, topics: 1.5, description: 1 });
  /** The resources linked to each workshop (by id). */
  private readonly linked = new Map<string, Set<string>>();
  /**
   * What queries found, by their search's matches (or `everything`) and then their scope and
   * choices: a page, its count and its facets, and the next page, share one selection.
   */
  private selections = new WeakMap<object, Map<string, Selection>>();
  private readonly everything = {};

  constructor(docs: ResourceDoc[]) {
    for (const doc of docs) {
      const id = idKey(doc._id);
      this.byId.set(id, frozenUnderTest(doc));
      this.index(id, doc);
    }
    this.newest = new SortedList(newestFirst, this.byId.values());
    this.mostDownloaded = new SortedList(mostDownloadedFirst, this.byId.values());
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): ResourceDoc | undefined {
    return this.byId.get(id);
  }

  put(id: string, doc: ResourceDoc | null): void {
    const old = this.byId.get(id);
    // Never step back: a document read before a later change was applied is older than ours.
    if (old && doc && doc.updatedAt < old.updatedAt) return;
    if (old) {
      this.newest.remove(old);
      this.mostDownloaded.remove(old);
      this.byId.delete(id);
      this.text.remove(id);
      for (const workshopId of old.workshopIds) this.linked.get(String(workshopId))?.delete(id);
    }
    this.selections = new WeakMap();
    if (!doc) return;
    const fresh = frozenUnderTest(doc);
    this.byId.set(id, fresh);
    this.newest.insert(fresh);
    this.mostDownloaded.insert(fresh);
    this.index(id, fresh);
  }

  /** The active resources linked to a workshop, newest first (visibility is the caller's). */
  linkedTo(workshopId: string): ResourceDoc[] {
    const ids = this.linked.get(workshopId) ?? new Set<string>();
    return [...ids]
      .flatMap((id) => this.byId.get(id) ?? [])
      .filter((doc) => doc.status === 'ACTIVE')
      .sort(newestFirst);
  }

  /** The text search's matches (null: the text has no searchable word). */
  search(text: string): ReadonlyMap<string, number> | null {
    return this.text.find(text);
  }

  /** Up to `limit` resources matching the query, in the sort's order, strictly after `after`. */
  page(query: LibraryQuery, sort: LibrarySort, limit: number, after?: LibraryPosition): ResourceDoc[] {
    if (query.matches) return this.selection(query).page(sort, limit, after);
    // Without a text the lists are already in order: a page is a walk from its cursor.
    const list = sort === 'NEWEST' ? this.newest : this.mostDownloaded;
    const found: ResourceDoc[] = [];
    for (let i = after ? this.firstAfter(list, after) : 0; i < list.length && found.length < limit; i++) {
      const doc = list.items[i]!;
      if (chosen(doc, query) && query.listable(doc)) found.push(doc);
    }
    return found;
  }

  count(query: LibraryQuery): number {
    return this.selection(query).found.length;
  }

  /**
   * Counts by kind, topic, language and region of what the query finds, each facet counted as if
   * its own choice were not made (so the other kinds stay visible beside the one chosen).
   */
  facets(query: LibraryQuery): Facets {
    return this.selection(query).facets(query);
  }

  /** The query's selection: worked out once per scope and choices until the library changes. */
  private selection(query: LibraryQuery): Selection {
    const source = query.matches ?? this.everything;
    const known = this.selections.get(source) ?? new Map<string, Selection>();
    this.selections.set(source, known);
    const key = JSON.stringify([query.scope, query.kind, query.topic, query.language, query.region, query.country, query.organizationId, query.workshopId]);
    let selection = known.get(key);
    if (selection) {
      // Most recent last: the oldest goes first when the list is full.
      known.delete(key);
    } else {
      selection = new Selection(this.candidates(query), query);
      if (known.size >= SELECTIONS_PER_SEARCH) known.delete(known.keys().next().value!);
    }
    known.set(key, selection);
    return selection;
  }

  /** What the caller may list of every resource, or of a text search's matches: with its id and relevance (0 without a text). */
  private candidates(query: LibraryQuery): Candidate[] {
    const found: Candidate[] = [];
    if (!query.matches) {
      for (const [id, doc] of this.byId) if (query.listable(doc)) found.push([id, doc, 0]);
    } else {
      for (const [id, score] of query.matches) {
        const doc = this.byId.get(id);
        if (doc && query.listable(doc)) found.push([id, doc, score]);
      }
    }
    return found;
  }

  /** Where a list resumes after a cursor: the cursor's own position is compared in the list's order. */
  private firstAfter(list: SortedList<ResourceDoc>, after: LibraryPosition): number {
    return list.indexAfter({ _id: after.id, createdAt: new Date(after.key), downloadCount: after.key } as unknown as ResourceDoc);
  }

  private index(id: string, doc: ResourceDoc): void {
    for (const workshopId of doc.workshopIds) {
      const key = idKey(workshopId);
      this.linked.set(key, (this.linked.get(key) ?? new Set<string>()).add(id));
    }
    // A topic is found by its name in each of the network's languages ("traite" finds trafficking).
    const topics = doc.topics.flatMap((topic) => TOPIC_LANGUAGES.map((language) => topicLabel(topic, language)));
    this.text.set(id, { title: doc.title, description: doc.description, topics });
  }
}

/**
 * What one scope with one set of choices finds: the resources it may list that fit (for the count
 * and the pages, each sort worked out when first asked) and the facets around the choices.
 */
class Selection {
  readonly found: Candidate[];
  private readonly sorted = new Map<LibrarySort, SortedList<Ranked>>();
  private counted?: Facets;

  constructor(
    private readonly candidates: readonly Candidate[],
    query: LibraryQuery,
  ) {
    this.found = candidates.filter(([, doc]) => chosen(doc, query));
  }

  page(sort: LibrarySort, limit: number, after?: LibraryPosition): ResourceDoc[] {
    let ranked = this.sorted.get(sort);
    if (!ranked) {
      const entries = this.found.map(([id, doc, score]) => ({ doc, id, key: sort === 'RELEVANCE' ? score : sortKeyOf(doc, sort) }));
      ranked = new SortedList<Ranked>(rankOrder, entries);
      this.sorted.set(sort, ranked);
    }
    const start = after ? ranked.indexAfter(after as Ranked) : 0;
    return ranked.items.slice(start, start + limit).map((entry) => entry.doc);
  }

  facets(query: LibraryQuery): Facets {
    this.counted ??= facetsOf(this.candidates, query);
    return this.counted;
  }
}

/** The facets of what a query's candidates give, each facet without its own choice. */
function facetsOf(candidates: readonly Candidate[], query: LibraryQuery): Facets {
  const tallies = FACETS.map(() => new Map<string, number>());
  const base = { ...query, kind: undefined, topic: undefined, language: undefined, region: undefined };
  const passes: boolean[] = [];
  for (const [, doc] of candidates) {
    if (!chosen(doc, base)) continue;
    let failed = 0;
    FACETS.forEach(([, choice, valuesOf], facet) => {
      passes[facet] = query[choice] === undefined || (valuesOf(doc) as readonly string[]).includes(query[choice]!);
      if (!passes[facet]) failed += 1;
    });
    // A document counts in a facet when every other choice holds for it.
    if (failed > 1) continue;
    FACETS.forEach(([, , valuesOf], facet) => {
      if (failed === 1 && passes[facet]) return;
      const tally = tallies[facet]!;
      const values = valuesOf(doc) as readonly string[];
      values.forEach((value, i) => {
        if (values.indexOf(value) === i) tally.set(value, (tally.get(value) ?? 0) + 1);
      });
    });
  }
  const sorted = (tally: Map<string, number>) =>
    [...tally].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || idOrder(a.value, b.value));
  return { kinds: sorted(tallies[0]!), topics: sorted(tallies[1]!), languages: sorted(tallies[2]!), regions: sorted(tallies[3]!) };
}

/** Whether a resource the caller may list fits the query's choices. */
function chosen(doc: ResourceDoc, query: Omit<LibraryQuery, 'listable' | 'scope'>): boolean {
  if (query.kind && doc.kind !== query.kind) return false;
  if (query.topic && !doc.topics.includes(query.topic)) return false;
  if (query.language && !doc.languages.includes(query.language)) return false;
  if (query.region && !doc.regions.includes(query.region)) return false;
  if (query.country && !doc.countries.includes(query.country)) return false;
  if (query.organizationId && String(doc.organizationId) !== query.organizationId) return false;
  return !query.workshopId || doc.workshopIds.some((id) => String(id) === query.workshopId);
}
