import type { ReadModelState } from '../../db/read-model';
import { MAX_WORKSHOP_SPAN_MS } from './workshop-span';
import type { WorkshopDoc, WorkshopStatus } from './workshop.model';

/** What a page of the programme asks for; every field narrows it (the semantics of `workshops()`). */
export interface ProgrammeFilter {
  /** Only these statuses (null: any). */
  statuses: readonly WorkshopStatus[] | null;
  /** Only workshops that were published at some point (a cancelled draft stays the Secretariat's). */
  publishedOnce?: boolean;
  /** Only workshops that have not ended by then. */
  endsAfter: Date;
  startsBefore?: Date;
  kind?: string;
  format?: string;
  topic?: string;
  language?: string;
  /** Open to the whole network, or to this region. */
  region?: string;
  /** Open to the whole network, to this region or to this organisation. */
  eligibleFor?: { region: string; organizationId: string };
  /** Every word among the workshop's keywords. */
  words?: string[];
  /** Strictly after this position in start order (a cursor). */
  after?: { startsAt: Date; id: string };
}

type Key = { startsAt: number; id: string };
const keyOf = (doc: WorkshopDoc): Key => ({ startsAt: doc.startsAt.getTime(), id: String(doc._id) });
const compare = (a: Key, b: Key) => a.startsAt - b.startsAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Every workshop, held in this process in start order (all of them, and each status apart), so a
 * page of the programme is a walk from its first possible position: the workshops that cannot
 * have ended yet begin at most 62 days before the instant asked about.
 */
export class Programme implements ReadModelState<WorkshopDoc> {
  private readonly byId = new Map<string, WorkshopDoc>();
  private readonly all: WorkshopDoc[] = [];
  private readonly byStatus = new Map<WorkshopStatus, WorkshopDoc[]>();

  constructor(docs: WorkshopDoc[]) {
    for (const doc of docs) this.byId.set(String(doc._id), protect(doc));
    this.all.push(...this.byId.values());
    this.all.sort((a, b) => compare(keyOf(a), keyOf(b)));
    for (const doc of this.all) this.listOf(doc.status as WorkshopStatus).push(doc);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): WorkshopDoc | undefined {
    return this.byId.get(id);
  }

  put(id: string, doc: WorkshopDoc | null): void {
    const old = this.byId.get(id);
    // Never step back: a document read before a later change was applied is older than ours.
    if (old && doc && (doc.revision ?? 0) < (old.revision ?? 0)) return;
    if (old) {
      remove(this.all, old);
      remove(this.listOf(old.status as WorkshopStatus), old);
      this.byId.delete(id);
    }
    if (!doc) return;
    const fresh = protect(doc);
    this.byId.set(id, fresh);
    insert(this.all, fresh);
    insert(this.listOf(fresh.status as WorkshopStatus), fresh);
  }

  /** Up to `limit` workshops matching the filter, in start order. */
  page(filter: ProgrammeFilter, limit: number): WorkshopDoc[] {
    const lists = filter.statuses ? filter.statuses.map((status) => this.listOf(status)) : [this.all];
    const earliest: Key = { startsAt: filter.endsAfter.getTime() - MAX_WORKSHOP_SPAN_MS, id: '' };
    const cursor: Key | null = filter.after ? { startsAt: filter.after.startsAt.getTime(), id: filter.after.id } : null;
    const from = cursor && compare(cursor, earliest) > 0 ? cursor : earliest;
    // Each list is in start order, so no list contributes more than its first `limit` matches.
    const found = lists.flatMap((list) => walk(list, from, filter, limit));
    return lists.length > 1 ? found.sort((a, b) => compare(keyOf(a), keyOf(b))).slice(0, limit) : found;
  }

  private listOf(status: WorkshopStatus): WorkshopDoc[] {
    let list = this.byStatus.get(status);
    if (!list) {
      list = [];
      this.byStatus.set(status, list);
    }
    return list;
  }
}

function matches(doc: WorkshopDoc, filter: ProgrammeFilter): boolean {
  if (doc.endsAt <= filter.endsAfter) return false;
  if (filter.publishedOnce && !doc.publishedAt) return false;
  if (filter.kind && doc.kind !== filter.kind) return false;
  if (filter.format && doc.format !== filter.format) return false;
  if (filter.topic && !doc.topics.includes(filter.topic)) return false;
  if (filter.language && !doc.languages.includes(filter.language)) return false;
  const regions = doc.eligibility?.regions ?? [];
  if (filter.region && !doc.openToAll && !regions.includes(filter.region)) return false;
  if (filter.eligibleFor) {
    const { region, organizationId } = filter.eligibleFor;
    const named = (doc.eligibility?.organizationIds ?? []).some((id) => String(id) === organizationId);
    if (!doc.openToAll && !regions.includes(region) && !named) return false;
  }
  if (filter.words && !filter.words.every((word) => doc.keywords.includes(word))) return false;
  return true;
}

function walk(list: WorkshopDoc[], from: Key, filter: ProgrammeFilter, limit: number): WorkshopDoc[] {
  const found: WorkshopDoc[] = [];
  for (let i = upperBound(list, from); i < list.length && found.length < limit; i++) {
    const doc = list[i]!;
    if (filter.startsBefore && doc.startsAt >= filter.startsBefore) break;
    if (matches(doc, filter)) found.push(doc);
  }
  return found;
}

/** The first index whose key is after `key`. */
function upperBound(list: WorkshopDoc[], key: Key): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(keyOf(list[middle]!), key) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

function insert(list: WorkshopDoc[], doc: WorkshopDoc): void {
  list.splice(upperBound(list, keyOf(doc)), 0, doc);
}

function remove(list: WorkshopDoc[], doc: WorkshopDoc): void {
  const key = keyOf(doc);
  let i = upperBound(list, key) - 1;
  while (i >= 0 && list[i] !== doc && compare(keyOf(list[i]!), key) === 0) i--;
  if (i >= 0 && list[i] === doc) list.splice(i, 1);
}

/**
 * The model's documents are shared by every request of the process: under test they are frozen,
 * so code that would change one in place fails loudly instead of corrupting the next answer.
 */
function protect(doc: WorkshopDoc): WorkshopDoc {
  if (process.env.NODE_ENV === 'test') deepFreeze(doc);
  return doc;
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  if (value instanceof Date || ArrayBuffer.isView(value) || (value as { _bsontype?: string })._bsontype) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
