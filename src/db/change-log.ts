import type { Collection, Db } from 'mongodb';
import { isDuplicateKeyError } from '../errors';
import { EVERYTHING } from './everything';
import { currentQueryTimeout } from './query-timeout';

/**
 * An append-only log of which documents of a collection changed, read only by `_id` (the one
 * filter FerretDB 1.x takes to storage), so following it costs the same at any size.
 *
 * Entry n of a stream has the `_id` `<stream>:<n>`. A writer inserts n+1 only after it has seen n
 * (insert uniqueness on `_id` is atomic on MongoDB and FerretDB alike; the loser of a race moves
 * on to the next number), so the log has no gaps: whoever has applied entries 1..n and finds no
 * n+1 has seen every change whose entry was written before it looked.
 *
 * A writer changes its documents first and appends their entry after, and a reader reads an
 * entry first and the documents it names after: a reader that applied entry n holds those
 * documents at least as new as the write that entry n followed. Only a process dying between a
 * write and its entry leaves a change unlogged; readers re-read everything at start and at least
 * once a day (read-model.ts), and the next write of that document logs it again.
 *
 * The log stays small, because FerretDB 1.24 (SQLite) finds a document by `_id` by walking the
 * collection until it is there (bench/point-reads.ts: among 50,000 documents 1 ms for the first,
 * 132 ms for the last or a missing one), and a reader's usual read is such a miss. An entry names at most MAX_IDS documents (more: it names
 * EVERYTHING and readers re-read all), and entries older than RETENTION_MS go (prune, by the
 * system/prune-changes job), the last one always kept. So that pruning can never let a number be
 * written twice, a writer whose knowledge of the head is older than HEAD_FRESH_MS looks again,
 * and a reader that has not caught up for READER_STALE_MS re-reads everything (read-model.ts).
 */
export const MAX_IDS = 200;
export const RETENTION_MS = 60 * 60_000;
export const HEAD_FRESH_MS = 5 * 60_000;
export const READER_STALE_MS = 20 * 60_000;
export interface ChangeEntry {
  _id: string;
  stream: string;
  n: number;
  /** The `_id`s (as strings) of the documents written just before this entry. */
  ids: string[];
  /**
   * For streams that record them (logged-writes.ts): the written documents as the write left
   * them (the fields readers keep, null for a deletion), so readers need not read them back. An
   * id without an image here is read back by `_id`.
   */
  images?: ChangeImage[];
  at: Date;
}

export interface ChangeImage {
  id: string;
  doc: Record<string, unknown> | null;
}

export const CHANGES_COLLECTION = 'changes';

export class ChangeLog {
  private readonly collection: Collection<ChangeEntry>;
  /** The highest entry number this process has seen exist (0: none yet; null: not looked yet). */
  private knownHead: number | null = null;
  /** When knownHead was last confirmed by the database (a writer older than that looks again). */
  private knownHeadAt = 0;
  private appendedHere = 0;

  constructor(
    db: Db,
    readonly stream: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.collection = db.collection<ChangeEntry>(CHANGES_COLLECTION);
  }

  private key(n: number): string {
    return `${this.stream}:${n}`;
  }

  private queue: { ids: string[]; images: ChangeImage[]; done: (n: number) => void; failed: (err: unknown) => void }[] = [];
  private flushing = false;

  /**
   * Appends an entry naming these documents; resolves with its number once it is stored. Appends
   * made in this process while one is being stored go together into the next entry (a group
   * commit), so a burst of writes costs a few inserts, not one race per write.
   */
  append(ids: string[], images: ChangeImage[] = []): Promise<number> {
    return new Promise((done, failed) => {
      this.queue.push({ ids, images, done, failed });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0);
        try {
          const ids = [...new Set(batch.flatMap((item) => item.ids))];
          const n = await this.insertNext(ids.length > MAX_IDS ? [EVERYTHING] : ids, ids.length > MAX_IDS ? [] : latestImages(batch));
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

  private async insertNext(ids: string[], images: ChangeImage[]): Promise<number> {
    const fresh = this.knownHead !== null && Date.now() - this.knownHeadAt < HEAD_FRESH_MS;
    let n = (fresh ? this.knownHead! : await this.head()) + 1;
    for (;;) {
      try {
        await this.collection.insertOne({ _id: this.key(n), stream: this.stream, n, ids, ...(images.length > 0 ? { images } : {}), at: this.now() });
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
   * The entries after `position`, in order, as far as they go now (a bounded read: at most
   * `limit`), by `_id`: one read when nothing changed (the usual case), two when one entry is
   * new, then runs of reads in parallel that widen while every number is there.
   */
  async after(position: number, limit: number): Promise<ChangeEntry[]> {
    const found: ChangeEntry[] = [];
    let next = position + 1;
    let width = 1;
    while (found.length < limit) {
      const numbers = Array.from({ length: Math.min(width, limit - found.length) }, (_, i) => next + i);
      const entries = await Promise.all(numbers.map((n) => this.collection.findOne({ _id: this.key(n) }, withLimit())));
      const present = entries.findIndex((entry) => entry === null);
      const run = (present === -1 ? entries : entries.slice(0, present)) as ChangeEntry[];
      found.push(...run);
      if (run.length > 0) this.saw(run[run.length - 1]!.n);
      if (present !== -1) break;
      next += numbers.length;
      // One more single read after the first hit (one change behind is the usual case, and a miss
      // costs a scan of the log on FerretDB), then runs that widen.
      width = found.length === 1 ? 1 : Math.min(Math.max(width, 1) * 4, 64);
    }
    return found;
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
      .find({ stream: this.stream }, { projection: { n: 1, at: 1 }, ...withLimit() })
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
    const result = await this.collection.deleteMany({ stream: this.stream, n: { $lt: head }, at: { $lt: cutoff } });
    return result.deletedCount;
  }

  private saw(n: number): void {
    if (this.knownHead === null || n > this.knownHead) this.knownHead = n;
  }
}

/**
 * The image each document was left in by the last of a batch's writes to it: none when that last
 * write brought no image (the reader then reads the document back).
 */
function latestImages(batch: { ids: string[]; images: ChangeImage[] }[]): ChangeImage[] {
  const latest = new Map<string, ChangeImage | null>();
  for (const item of batch) {
    for (const id of item.ids) latest.set(id, item.images.find((image) => image.id === id) ?? null);
  }
  return [...latest.values()].filter((image): image is ChangeImage => image !== null);
}

/** The streams whose writes are logged (logged-writes.ts): what the prune job walks. */
export const STREAMS = ['workshops', 'registrations', 'resources', 'organizations'] as const;

export const CHANGE_INDEXES: Record<string, 1 | -1>[] = [
  // serves: head() (the last entry of a stream) and prune (a stream's entries by age)
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

const logs = new WeakMap<Db, Map<string, ChangeLog>>();

/** The process's one ChangeLog of a stream in a database (so its known head is shared). */
export function changeLog(db: Db, stream: string): ChangeLog {
  let streams = logs.get(db);
  if (!streams) {
    streams = new Map();
    logs.set(db, streams);
  }
  let log = streams.get(stream);
  if (!log) {
    log = new ChangeLog(db, stream);
    streams.set(stream, log);
  }
  return log;
}
