import { READER_STALE_MS, changeOf, type ChangeEntry, type ChangeImage, type ChangeLog } from './change-log';
import { compact } from './compact';
import { releaseBuildMemory } from './release-memory';
import { freshReads } from './fresh-reads';
import { EVERYTHING } from './everything';
import { outsideRequestScope } from './query-timeout';
import { proofsOfThisRequest, withRequestProofs, type Proof } from './request-proofs';

/** Entries a lap reads at a time (it goes on while they come full). */
const LAP_ENTRIES = 256;

/** Fields older versions stored (search words: search is in memory now), never read into a model. */
export const OLD_FIELDS = { keywords: 0 } as const;

/** A written document without the OLD_FIELDS, as a change-log image (logged-writes.ts). */
export function withoutOldFields(doc: Record<string, unknown>): Record<string, unknown> {
  const image = { ...doc };
  for (const field of Object.keys(OLD_FIELDS)) delete image[field];
  return image;
}

/** A change-log image (logged-writes.ts) of the fields a read model keeps, read with the same projection. */
export function imageOfFields(fields: Record<string, 1>): (doc: Record<string, unknown>) => Record<string, unknown> {
  const names = Object.keys(fields);
  return (doc) => {
    const image: Record<string, unknown> = { _id: doc._id };
    for (const name of names) if (name in doc) image[name] = doc[name];
    return image;
  };
}

/** What a read model keeps: built from every document, then told of each changed one. */
export interface ReadModelState<D> {
  /** A changed document as it is now, or null where it is gone. */
  put(id: string, doc: D | null): void;
}

export interface ReadModelOptions<D, S extends ReadModelState<D>> {
  /** The database's log (change-log.ts: databaseLog), and the stream of the collection modelled. */
  log: ChangeLog;
  stream: string;
  /** Every document (the one full read: at start, far behind, and once a day), compacted (compact.ts: readCompacted). */
  build(): Promise<S>;
  /** One document by `_id` (a point read). */
  loadOne(id: string): Promise<D | null>;
  now?: () => number;
  /** More changed documents than this behind, a full read is cheaper than catching up. */
  maxBehind?: number;
  /** A state older than this is re-read in full in the background (an unlogged change heals). */
  rebuildEveryMs?: number;
  /** Race points for tests (race-points.ts): as a read asks, and between reading the log and applying it. */
  beforeRead?: () => Promise<void>;
  afterLogRead?: () => Promise<void>;
}

interface Built<S> {
  state: S;
  position: number;
  positionAt: Date;
  builtAt: number;
}

/**
 * An in-process model of a collection that is always current: `current()` answers only after it
 * has applied every change logged before it was called. It follows the collection's ChangeLog
 * by point reads (one miss when nothing changed), so a read costs the same at any size. Callers
 * who arrive while a catch-up runs share the next one (fresh-reads.ts): a burst costs one lap.
 */
export class LiveReadModel<D, S extends ReadModelState<D>> {
  private state: S | null = null;
  /** The last entry of the log applied. */
  private position = 0;
  /** The last entry applied that changed this stream (or the head a full read started from), and when it was written. */
  private stampPosition = 0;
  private stampAt = new Date(0);
  /** The read models proved with this one, in one read of the log, when a request first asks one of them. */
  private together: LiveReadModel<unknown, ReadModelState<unknown>>[] = [this as never];
  private builtAt = 0;
  /** When the model last read the log to its end (real time: the log's pruning is in real time). */
  private caughtUpAt = 0;
  private changes = 0;
  private rebuilding: Promise<Built<S>> | null = null;
  private rebuilt: Built<S> | null = null;
  private readonly laps = freshReads<S>();
  private readonly now: () => number;
  private readonly maxBehind: number;
  private readonly rebuildEveryMs: number;

  constructor(private readonly options: ReadModelOptions<D, S>) {
    this.now = options.now ?? Date.now;
    this.maxBehind = options.maxBehind ?? 1_000;
    this.rebuildEveryMs = options.rebuildEveryMs ?? 24 * 3_600_000;
  }

  /**
   * The state, with every change logged before this call applied; within one HTTP request, with
   * every change logged before the request's first call (request-proofs.ts), and every change
   * this process logged since.
   */
  async current(): Promise<S> {
    const proofs = proofsOfThisRequest();
    if (!proofs) return this.prove();
    const appends = this.options.log.appends;
    const proof = proofs.get(this);
    if (proof && proof.appends === appends) return proof.state as Promise<S>;
    // The request's first ask (or its first since this process logged a write) proves every model
    // of the process at once: they read the log from the same entry together, in one read.
    for (const model of this.together) if (proofs.get(model)?.appends !== appends) model.proveFor(proofs, appends);
    return proofs.get(this)!.state as Promise<S>;
  }

  private proveFor(proofs: Map<object, Proof>, appends: number): void {
    const state = this.prove();
    proofs.set(this, { appends, state });
    state.catch(() => proofs.get(this)?.state === state && proofs.delete(this));
  }

  /** Models proved together (each request's first ask of any of them proves them all). */
  static proveTogether(models: LiveReadModel<never, never>[]): void {
    for (const model of models) model.together = models as never;
  }

  /**
   * The state with every change logged before this call applied, never a proof made earlier in
   * the request: for reads a decision rests on (the seat engine's), as fresh as a database read.
   */
  fresh(): Promise<S> {
    return this.prove();
  }

  private async prove(): Promise<S> {
    await this.options.beforeRead?.();
    return this.laps('lap', () => this.lap());
  }

  /**
   * Catches up every `everyMs` in the background (an api process does), with the models proved
   * together with this one (one read of the log for all), so a quiet process stays within the
   * log's retention and its next request finds little to apply. Returns a stop.
   */
  keepUp(everyMs: number, onError: (err: unknown) => void): () => void {
    // Within one proof scope, the first ask proves them all; the others then wait for their own.
    const catchUp = () => withRequestProofs(() => Promise.all(this.together.map((model) => model.current())));
    const timer = setInterval(() => void catchUp().catch(onError), everyMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  /**
   * Where the state stands in its log, as of the last proof: the number of the last entry applied
   * (the same entry in every process) and when it was written. What calendar feeds are stamped with.
   */
  get stamp(): { position: number; changedAt: Date } {
    return { position: this.stampPosition, changedAt: this.stampAt };
  }

  /** Changes whenever the state does (a document applied, a full read): a cache key's part. */
  get version(): number {
    return this.changes;
  }

  private async lap(): Promise<S> {
    if (this.rebuilt) {
      this.install(this.rebuilt);
      this.rebuilt = null;
      releaseBuildMemory();
    }
    // Entries this model has not read may have been pruned since: past that age, read everything.
    // A build is then caught up at once from the head it started at (every entry after that head
    // is younger than the build, so still kept), and so never counts as stale itself, however long
    // it took on a loaded machine.
    const replacing = this.state !== null;
    const state = this.state && Date.now() - this.caughtUpAt <= READER_STALE_MS ? this.state : this.install(await this.buildNow());
    // The copy replaced, and the build's own garbage, go back to the system (the first build's: main.ts).
    if (replacing && state !== this.state) releaseBuildMemory();
    const lapStarted = Date.now();
    // The last entry naming a document says how it stands: by its image, or read back by `_id`.
    const images = new Map<string, ChangeImage | undefined>();
    let last: ChangeEntry | undefined;
    let lastOwn: ChangeEntry | undefined;
    for (;;) {
      const entries = await this.options.log.after(last?.n ?? this.position, LAP_ENTRIES);
      for (const entry of entries) {
        const change = changeOf(entry, this.options.stream);
        if (change.ids.length > 0) lastOwn = entry;
        for (const id of change.ids)
          images.set(
            id,
            change.images.find((image) => image.id === id),
          );
      }
      if (entries.length > 0) last = entries[entries.length - 1];
      if (entries.length < LAP_ENTRIES || images.size > this.maxBehind || images.has(EVERYTHING)) break;
    }
    await this.options.afterLogRead?.();
    if (images.size > this.maxBehind || images.has(EVERYTHING)) {
      const rebuilt = this.install(await this.buildNow());
      releaseBuildMemory();
      return rebuilt;
    }
    if (images.size > 0) {
      const ids = [...images.keys()];
      const docs = await Promise.all(ids.map((id) => (images.get(id) ? (images.get(id)!.doc as D | null) : this.options.loadOne(id))));
      for (const [i, id] of ids.entries()) state.put(id, docs[i] ? compact(docs[i]) : null);
      this.changes += 1;
    }
    if (last) this.position = last.n;
    if (lastOwn) {
      this.stampPosition = lastOwn.n;
      this.stampAt = lastOwn.at;
    }
    this.caughtUpAt = lapStarted;
    if (this.now() - this.builtAt > this.rebuildEveryMs) this.rebuildInBackground();
    return state;
  }

  /** The head first, then every document: changes logged after that head are applied after. */
  private install(built: Built<S>): S {
    ({ state: this.state, position: this.position, builtAt: this.builtAt } = built);
    this.stampPosition = built.position;
    this.stampAt = built.positionAt;
    this.changes += 1;
    return built.state;
  }

  private async buildNow(): Promise<Built<S>> {
    return outsideRequestScope(async () => {
      const builtAt = this.now();
      const started = Date.now();
      const head = await this.options.log.headEntry();
      const state = await this.options.build();
      this.caughtUpAt = started;
      return { state, position: head.n, positionAt: head.at, builtAt };
    });
  }

  private rebuildInBackground(): void {
    if (this.rebuilding) return;
    this.rebuilding = this.buildNow();
    this.rebuilding.then(
      (result) => {
        this.rebuilt = result;
        this.rebuilding = null;
      },
      () => {
        // A failed re-read keeps the current state (it is still followed); the next lap retries.
        this.rebuilding = null;
      },
    );
  }
}
