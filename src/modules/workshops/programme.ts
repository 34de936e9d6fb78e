import type { ReadModelState } from '../../db/read-model';
import { SortedList, frozenUnderTest } from '../../db/sorted-list';
import { WordDictionary, formsOfTexts } from '../../shared/search/word-dictionary';
import { topicLabel } from '../organizations/reference/topics';
import { MAX_WORKSHOP_SPAN_MS } from './workshop-span';
import type { WorkshopDoc, WorkshopStatus } from './workshop.model';
import { idKey } from '../../shared/ids';

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
  /** Held in one of these countries (the venue's). */
  heldIn?: ReadonlySet<string>;
  /** Open to the whole network, to this region or to this organisation. */
  eligibleFor?: { region: string; organizationId: string };
  /** Words that must all match the title, summary or topics' names (word-dictionary.ts). */
  text?: string;
  /** Strictly after this position in start order (a cursor). */
  after?: { startsAt: Date; id: string };
}

const LANGUAGES = ['en', 'fr', 'es'] as const;

const idOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const startOrder = (a: WorkshopDoc, b: WorkshopDoc) => a.startsAt.getTime() - b.startsAt.getTime() || idOrder(String(a._id), String(b._id));
/** A position in start order that no workshop holds exactly (a bound for the walk). */
const position = (startsAt: number, id: string) => ({ startsAt: new Date(startsAt), _id: id }) as unknown as WorkshopDoc;

/**
 * Every workshop, held in this process in start order (all of them, and each status apart), so a
 * page of the programme is a walk from its first possible position: the workshops that cannot
 * have ended yet begin at most 62 days before the instant asked about.
 */
export class Programme implements ReadModelState<WorkshopDoc> {
  private readonly byId = new Map<string, WorkshopDoc>();
  private readonly all: SortedList<WorkshopDoc>;
  private readonly byStatus = new Map<WorkshopStatus, SortedList<WorkshopDoc>>();
  /** The forms of each workshop's title and summary words; its topics' names are matched by topic. */
  private readonly forms = new Map<string, readonly string[]>();
  private readonly dictionary = new WordDictionary();
  /** The forms of each topic's names in the network's languages, for every topic in use. */
  private readonly topicForms = new Map<string, ReadonlySet<string>>();

  constructor(docs: WorkshopDoc[]) {
    for (const doc of docs) {
      const id = idKey(doc._id);
      this.byId.set(id, frozenUnderTest(doc));
      this.index(id, doc);
    }
    this.all = new SortedList(startOrder, this.byId.values());
    for (const doc of this.all.items) this.listOf(doc.status as WorkshopStatus).items.push(doc);
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
      this.all.remove(old);
      this.listOf(old.status as WorkshopStatus).remove(old);
      this.byId.delete(id);
      this.dictionary.remove(this.forms.get(id) ?? []);
      this.forms.delete(id);
    }
    if (!doc) return;
    const fresh = frozenUnderTest(doc);
    this.byId.set(id, fresh);
    this.index(id, fresh);
    this.all.insert(fresh);
    this.listOf(fresh.status as WorkshopStatus).insert(fresh);
  }

  /** Up to `limit` workshops matching the filter, in start order. */
  page(filter: ProgrammeFilter, limit: number): WorkshopDoc[] {
    const lists = filter.statuses ? filter.statuses.map((status) => this.listOf(status)) : [this.all];
    const earliest = position(filter.endsAfter.getTime() - MAX_WORKSHOP_SPAN_MS, '');
    const cursor = filter.after ? position(filter.after.startsAt.getTime(), filter.after.id) : null;
    const from = cursor && startOrder(cursor, earliest) > 0 ? cursor : earliest;
    const words = filter.text === undefined ? null : this.wordsOf(filter.text);
    // A text with no searchable word (only punctuation) matches nothing rather than everything.
    if (words?.length === 0) return [];
    const matching = (doc: WorkshopDoc) => matches(doc, filter) && (!words || words.every((word) => word(doc)));
    // Each list is in start order, so no list contributes more than its first `limit` matches.
    const found = lists.flatMap((list) => walk(list, from, filter, matching, limit));
    return lists.length > 1 ? found.sort(startOrder).slice(0, limit) : found;
  }

  /** A test per query word: whether a workshop's words, or one of its topics' names, match it. */
  private wordsOf(text: string): ((doc: WorkshopDoc) => boolean)[] {
    return (this.dictionary.accepted(text) ?? []).map((accepted) => {
      const topics = new Set([...this.topicForms].filter(([, forms]) => [...forms].some((form) => accepted.has(form))).map(([topic]) => topic));
      return (doc) => (this.forms.get(String(doc._id)) ?? []).some((form) => accepted.has(form)) || doc.topics.some((topic) => topics.has(topic));
    });
  }

  private index(id: string, doc: WorkshopDoc): void {
    this.forms.set(id, this.dictionary.add(formsOfTexts(doc.title, doc.summary)));
    for (const topic of doc.topics) {
      if (this.topicForms.has(topic)) continue;
      const names = formsOfTexts(...LANGUAGES.map((language) => topicLabel(topic, language)));
      this.topicForms.set(topic, new Set(names));
      this.dictionary.add(names);
    }
  }

  private listOf(status: WorkshopStatus): SortedList<WorkshopDoc> {
    let list = this.byStatus.get(status);
    if (!list) {
      list = new SortedList(startOrder);
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
  if (filter.heldIn && !(doc.venue?.country && filter.heldIn.has(doc.venue.country))) return false;
  const regions = doc.eligibility?.regions ?? [];
  if (filter.region && !doc.openToAll && !regions.includes(filter.region)) return false;
  if (filter.eligibleFor) {
    const { region, organizationId } = filter.eligibleFor;
    const named = (doc.eligibility?.organizationIds ?? []).some((id) => String(id) === organizationId);
    if (!doc.openToAll && !regions.includes(region) && !named) return false;
  }
  return true;
}

function walk(
  list: SortedList<WorkshopDoc>,
  from: WorkshopDoc,
  filter: ProgrammeFilter,
  matching: (doc: WorkshopDoc) => boolean,
  limit: number,
): WorkshopDoc[] {
  const found: WorkshopDoc[] = [];
  for (let i = list.indexAfter(from); i < list.length && found.length < limit; i++) {
    const doc = list.items[i]!;
    if (filter.startsBefore && doc.startsAt >= filter.startsBefore) break;
    if (matching(doc)) found.push(doc);
  }
  return found;
}
