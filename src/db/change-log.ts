import type { Collection, Db } from 'mongodb';
import { isDuplicateKeyError } from '../shared/errors';
import { EVERYTHING } from './everything';
import { currentQueryTimeout } from './query-timeout';

/**
 * An append-only log of which documents changed, every collection's changes in one sequence,
 * read only by `_id` (the one filter FerretDB 1.x takes to storage), so following it costs the
 * same at any size, and one read tells every read model of a process whether anything changed.
 *
 * Entry n of a sequence has the `_id` `<sequence>:<n>` and names, per stream (a collection), the
 * documents written just before it. A writer inserts n+1 only after it has seen n (insert
 * uniqueness on `_id` is atomic on MongoDB and FerretDB alike; the loser of a race moves on to the
 * next number), so the log has no gaps: whoever has applied entries 1..n and finds no n+1 has seen
 * every change whose entry was written before it looked.
 *
 * A writer changes its documents first and appends their entry after, and a reader reads an
 * entry first and the documents it names after: a reader that applied entry n holds those
 * documents at least as new as the write that entry n followed. Only a process dying between a
 * write and its entry leaves a change unlogged; readers re-read everything at start and at least
 * once a day (read-model.ts), and the next write of that document logs it again.
 *
 * The log stays small, because FerretDB 1.24 (SQLite) finds a document by `_id` by walking the
 * collection until it is there (bench/point-reads.ts: among 50,000 documents 1 ms for the first,
 * 132 ms for the last or a missing one), and a reader's usual read is such a miss. A stream's
 * change names at most MAX_IDS documents (more: it names EVERYTHING and readers re-read all), and
 * entries older than RETENTION_MS go (prune, by the system/prune-changes job), the last one always
 * kept. So that pruning can never let a number be written twice, a writer whose knowledge of the
 * head is older than HEAD_FRESH_MS looks again, and a reader that has not caught up for
 * READER_STALE_MS re-reads everything (read-model.ts).
 */
export const MAX_IDS = 200;
/**
 * Minutes, not hours: every proof of a read model is a miss that walks the whole log on FerretDB,
 * so the log holds a few minutes of writes; processes catch up every 10 seconds even when idle.
 */
export const RETENTION_MS = 5 * 60_000;
export const HEAD_FRESH_MS = 60_000;
/** Below RETENTION_MS by a minute, for the clocks of the processes that write, prune and read. */
export const READER_STALE_MS = RETENTION_MS - 60_000;
/** Entries read and kept in memory (they never change), so read models behind one another share them. */
const KNOWN_ENTRIES = 4_096;
/** Entries one read goes on for at most (callers asking for more ask again from where it stopped). */
const READ_AHEAD = 256;

export interface ChangeEntry {
  _id: string;
  /** The sequence the entry belongs to (DATABASE_LOG for the app's writes). */
  stream: string;
  n: number;
  changes: StreamChange[];
  at: Date;
}

/** What one entry says of one stream (a collection). */
export interface StreamChange {
  stream: string;
  /** The `_id`s (as strings) of the documents written just before the entry. */
  ids: string[];
  /**
   * For streams that record them (logged-writes.ts): the written documents as the write left
   * them (the fields readers keep, null for a deletion), so readers need not read them back. An
   * id without an image here is read back by `_id`.
   */
  images?: ChangeImage[];
}

export interface ChangeImage {
  id: string;
  doc: Record<string, unknown> | null;
}

export const CHANGES_COLLECTION = 'changes';
/** The sequence every write through the models is logged in (logged-writes.ts). */
export const DATABASE_LOG = 'log';

interface Pending {
  stream: string;
  ids: string[];
  images: ChangeImage[];
  done: (n: number) => void;
  failed: (err: unknown) => void;
}

export class ChangeLog {
  private readonly collection: Collection<ChangeEntry>;
  /** The highest entry number this process has seen exist (0: none yet; null: not looked yet). */
  private knownHead: number | null = null;
  /** When knownHead was last confirmed by the database (a writer older than that looks again). */
  private knownHeadAt = 0;
  private appendedHere = 0;
  private readonly known = new Map<number, ChangeEntry>();
  private readonly gathering = new Map<number, Promise<ChangeEntry[]>>();
  private queue: Pending[] = [];
  private flushing = false;

  constructor(
    db: Db,
    readonly sequence: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.collection = db.collection<ChangeEntry>(CHANGES_COLLECTION);
  }

  private key(n: number): string {
    return `${this.sequence}:${n}`;
  }

  /**
   * Appends an entry naming these documents of `stream`; resolves with its number once it is
   * stored. Appends made in this process while one is being stored, of any stream, go together
   * into the next entry (a group commit), so a burst of writes costs a few inserts, not one race
   * per write.
   */
  append(ids: string[], images: ChangeImage[] = [], stream: string = this.sequence): Promise<number> {
    return new Promise((done, failed) => {
      this.queue.push({ stream, ids, images, done, failed });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0);
        try {
          const n = await this.insertNext(changesOf(batch));
          this.appendedHere += 1;
          for (const item of batch) item.done(n);
        } catch (err) {
          for (const item of batch) item.failed(err);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  /** How many entries this process has appended so far (a request's proof is older than a higher count). */
  get appends(): number {
    return this.appendedHere;
  }

  private async insertNext(changes: StreamChange[]): Promise<number> {
    const fresh = this.knownHead !== null && Date.now() - this.knownHeadAt < HEAD_FRESH_MS;
    let n = (fresh ? this.knownHead! : await this.head()) + 1;
    for (;;) {
      try {
        const entry: ChangeEntry = { _id: this.key(n), stream: this.sequence, n, changes, at: this.now() };
        await this.collection.insertOne(entry);
        this.remember(entry);
        this.saw(n);
        this.knownHeadAt = Date.now();
        return n;
      } catch (err) {
        if (!isDuplicateKeyError(err)) throw err;
        // n exists: another process appended it, so n+1 is the next one we may write.
        this.saw(n);
        n = Math.max(n, this.knownHead ?? 0) + 1;
      }
    }
  }

  /**
   * The entries after `position`, in order, as far as they go now (at most `limit`): those this
   * process has read before from memory, then by `_id`: one read when nothing changed (the usual
   * case), two when one entry is new, then runs of reads in parallel that widen while every number
   * is there. Callers asking from the same number at once share one read that began after they
   * asked: the read models of a process prove themselves current together.
   */
  async after(position: number, limit: number): Promise<ChangeEntry[]> {
    const found: ChangeEntry[] = [];
    let next = position + 1;
    while (found.length < limit && this.known.has(next)) found.push(this.known.get(next++)!);
    if (found.length >= limit) return found;
    const read = await this.readShared(next);
    return [...found, ...read.slice(0, limit - found.length)];
  }

  /**
   * One read from the first number not known here, whatever each caller's limit, begun on the
   * event loop's next turn: every caller asking from there until then (the read models of a
   * request, and of the requests arriving meanwhile) shares it, and each asked before it began.
   */
  private readShared(next: number): Promise<ChangeEntry[]> {
    let read = this.gathering.get(next);
    if (!read) {
      read = new Promise<void>((begin) => setImmediate(begin)).then(() => {
        this.gathering.delete(next);
        return this.readFrom(next, READ_AHEAD);
      });
      this.gathering.set(next, read);
    }
    return read;
  }

  private async readFrom(first: number, limit: number): Promise<ChangeEntry[]> {
    const found: ChangeEntry[] = [];
    let next = first;
    let width = 1;
    while (found.length < limit) {
      const numbers = Array.from({ length: Math.min(width, limit - found.length) }, (_, i) => next + i);
      const entries = await Promise.all(numbers.map((n) => this.collection.findOne({ _id: this.key(n) }, withLimit())));
      const present = entries.indexOf(null);
      const run = (present === -1 ? entries : entries.slice(0, present)) as ChangeEntry[];
      found.push(...run);
      for (const entry of run) this.remember(entry);
      if (run.length > 0) this.saw(run[run.length - 1]!.n);
      if (present !== -1) break;
      next += numbers.length;
      // One more single read after the first hit (one change behind is the usual case, and a miss
      // costs a scan of the log on FerretDB), then runs that widen.
      width = found.length === 1 ? 1 : Math.min(Math.max(width, 1) * 4, 64);
    }
    return found;
  }

  private remember(entry: ChangeEntry): void {
    this.known.set(entry.n, entry);
    // Entries are remembered in the order they are read, the oldest first.
    if (this.known.size > KNOWN_ENTRIES) this.known.delete(this.known.keys().next().value!);
  }

  /**
   * The number of the last entry now (0 for an empty log). Pruning removes the oldest entries, so
   * the head is the highest number stored, read by one query over the (small) collection.
   */
  async head(): Promise<number> {
    return (await this.headEntry()).n;
  }

  /** The last entry's number and when it was written (0 and the epoch for an empty log). */
  async headEntry(): Promise<{ n: number; at: Date }> {
    const last = await this.collection
      .find({ stream: this.sequence }, { projection: { n: 1, at: 1 }, ...withLimit() })
      .sort({ n: -1 })
      .limit(1)
      .next();
    const n = last?.n ?? 0;
    this.saw(n);
    this.knownHeadAt = Date.now();
    return { n, at: last?.at ?? new Date(0) };
  }

  /** Removes the entries older than `cutoff`, except the last one (the head must stay findable). */
  async prune(cutoff: Date): Promise<number> {
    const head = await this.head();
    const result = await this.collection.deleteMany({ stream: this.sequence, n: { $lt: head }, at: { $lt: cutoff } });
    return result.deletedCount;
  }

  private saw(n: number): void {
    if (this.knownHead === null || n > this.knownHead) this.knownHead = n;
  }
}

/** What an entry says of one stream: the documents it names and the images it holds of them. */
export function changeOf(entry: ChangeEntry, stream: string): { ids: string[]; images: ChangeImage[] } {
  const ids: string[] = [];
  const images: ChangeImage[] = [];
  for (const change of entry.changes ?? []) {
    if (change.stream !== stream) continue;
    ids.push(...change.ids);
    images.push(...(change.images ?? []));
  }
  return { ids, images };
}

/**
 * A batch's appends as one entry's changes: per stream, each document once with the image the last
 * of the batch's writes to it left (none when that write brought none: readers read it back), and
 * EVERYTHING instead of more than MAX_IDS documents.
 */
function changesOf(batch: Pending[]): StreamChange[] {
  const streams = new Map<string, Map<string, ChangeImage | null>>();
  for (const item of batch) {
    const latest = streams.get(item.stream) ?? new Map<string, ChangeImage | null>();
    streams.set(item.stream, latest);
    for (const id of item.ids) latest.set(id, item.images.find((image) => image.id === id) ?? null);
  }
  return [...streams].map(([stream, latest]) => {
    if (latest.size > MAX_IDS) return { stream, ids: [EVERYTHING] };
    const images = [...latest.values()].filter((image): image is ChangeImage => image !== null);
    return { stream, ids: [...latest.keys()], ...(images.length > 0 ? { images } : {}) };
  });
}

/** Sequences of earlier versions (one per stream), removed by the prune job. */
export const OLD_SEQUENCES = ['workshops', 'registrations', 'resources', 'organizations'] as const;

export const CHANGE_INDEXES: Record<string, 1 | -1>[] = [
  // serves: head() (the last entry of a sequence) and prune (a sequence's entries by age)
  { stream: 1, n: -1 },
];

export async function ensureChangeIndexes(db: Db): Promise<void> {
  for (const key of CHANGE_INDEXES) await db.collection(CHANGES_COLLECTION).createIndex(key);
}

/** The request's time limit on reads (query-timeout.ts), which driver calls must pass themselves. */
function withLimit(): { maxTimeMS?: number } {
  const maxTimeMS = currentQueryTimeout();
  return maxTimeMS === undefined ? {} : { maxTimeMS };
}

const logs = new WeakMap<Db, ChangeLog>();

/** The process's one log of a database (so its known head and the entries it read are shared). */
export function databaseLog(db: Db): ChangeLog {
  let log = logs.get(db);
  if (!log) {
    log = new ChangeLog(db, DATABASE_LOG);
    logs.set(db, log);
  }
  return log;
}
