import type { Types } from 'mongoose';
import { claimsCollection } from '../../db/claims';
import { racePoint } from '../../db/race-points';
import type { AppDeps } from '../../app/context';
import { OPTIONAL_CATEGORY, PENDING_STATES, type NotificationDoc, type NotificationKind } from './notification.model';
import { wantsCategory } from './preferences.service';
import type { Recipient } from './recipients';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

export interface NewNotification {
  /** The claim key: `<kind>:<registration or recipient>:<sequence or date>`. */
  id: string;
  kind: NotificationKind;
  recipient: Recipient;
  workshopId?: Types.ObjectId | null;
  registrationId?: Types.ObjectId | null;
  sequence?: number | null;
  data?: Record<string, unknown>;
}

/**
 * Queues messages for the delivery job: inserted into the outbox (notification.model.ts). Each
 * `_id` is inserted once whatever the number of processes reacting to the same event (the claims
 * rule; a message already done has left the outbox, but its sequence or date in the key makes a
 * new event's message a new key); optional messages are not made for people who turned them off.
 * Returns how many were new.
 */
export async function enqueue(deps: Deps, items: NewNotification[]): Promise<number> {
  if (items.length === 0) return 0;
  const now = deps.clock.now();
  const preferences = await wantsCategory(
    deps,
    items.filter((i) => OPTIONAL_CATEGORY[i.kind]).map((i) => i.recipient.key),
  );
  const wanted = items.filter((item) => {
    const category = OPTIONAL_CATEGORY[item.kind];
    return !category || preferences.wants(item.recipient.key, category);
  });
  const docs: NotificationDoc[] = wanted.map((item) => ({
    _id: item.id,
    kind: item.kind,
    recipient: item.recipient,
    workshopId: item.workshopId ?? null,
    registrationId: item.registrationId ?? null,
    sequence: item.sequence ?? null,
    data: item.data ?? {},
    createdAt: now,
    readAt: null,
    content: { subject: null, text: null },
    delivery: { state: 'QUEUED', attempts: 0, nextAttemptAt: now, sentAt: null, lastError: null, updatedAt: now },
  }));
  let inserted = 0;
  // Batches keep one command's size bounded.
  for (let start = 0; start < docs.length; start += 500) {
    const batch = docs.slice(start, start + 500);
    // The message's claim: a message leaves the outbox once done, so the outbox's `_id` alone
    // would not stop a late copy of its event (a planner re-run after a crash) from queueing it again.
    const claims = await insertEach(
      claimsCollection(deps.database.db) as never,
      batch.map(
        (doc) => ({ _id: queuedClaimId(doc._id), kind: QUEUED_CLAIM, createdAt: now, expiresAt: new Date(now.getTime() + KEEP_QUEUED_CLAIMS_MS) }) as never,
      ),
    );
    const claimed = batch.filter((doc) => claims.insertedIds.has(queuedClaimId(doc._id)));
    // Claimed before, by another copy of the event or by one that died before its insert: queued
    // unless the outbox or the record holds it already (a rare path: two reads).
    const seen = batch.filter((doc) => !claims.insertedIds.has(queuedClaimId(doc._id)));
    if (seen.length) claimed.push(...(await notHeldAnywhere(deps, seen)));
    const { insertedIds } = await insertEach(deps.database.models.NotificationOutbox.collection, claimed);
    inserted += insertedIds.size;
  }
  return inserted;
}

const QUEUED_CLAIM = 'notify-queued';
/** Far beyond any re-run of the event or plan that queued the message (then swept). */
const KEEP_QUEUED_CLAIMS_MS = 30 * 24 * 3_600_000;
const queuedClaimId = (notificationId: string) => `notify:${notificationId}`;

async function notHeldAnywhere(deps: Pick<AppDeps, 'database'>, docs: NotificationDoc[]): Promise<NotificationDoc[]> {
  const ids = docs.map((doc) => doc._id);
  const queued = new Set((await deps.database.models.NotificationOutbox.find(byIds(ids), { _id: 1 }).lean<{ _id: string }[]>()).map((d) => d._id));
  const rest = ids.filter((id) => !queued.has(id));
  if (rest.length === 0) return [];
  const recorded = new Set((await deps.database.models.Notification.find(byIds(rest), { _id: 1 }).lean<{ _id: string }[]>()).map((d) => d._id));
  return docs.filter((doc) => !queued.has(doc._id) && !recorded.has(doc._id));
}

/** Inserts `docs` (ordered: false); returns which went in and which met a document of the same `_id`. */
async function insertEach(collection: Deps['database']['models']['Notification']['collection'], docs: { _id: string }[]) {
  const insertedIds = new Set(docs.map((d) => d._id));
  const duplicates = new Set<string>();
  if (docs.length === 0) return { insertedIds, duplicates };
  try {
    await collection.insertMany(docs as never[], { ordered: false });
  } catch (err) {
    const writeErrors = (err as { writeErrors?: { code?: number; index?: number }[] | { code?: number; index?: number } }).writeErrors;
    const errors = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [];
    if (errors.length === 0 || errors.some((e) => e.code !== 11000 || typeof e.index !== 'number')) throw err;
    for (const e of errors) duplicates.add(docs[e.index!]!._id);
    for (const id of duplicates) insertedIds.delete(id);
  }
  return { insertedIds, duplicates };
}

/**
 * Of two outcomes recorded for one message, the one that stands: a sent email is never recorded
 * as anything else (an attempt taken over after its lease, or a withdrawal that came too late),
 * otherwise the later attempt, then the later change.
 */
export function supersedes(ours: NotificationDoc['delivery'], theirs: NotificationDoc['delivery']): boolean {
  if (theirs.state === 'SENT') return false;
  if (ours.state === 'SENT') return true;
  if ((ours.attempts ?? 0) !== (theirs.attempts ?? 0)) return (ours.attempts ?? 0) > (theirs.attempts ?? 0);
  return ours.updatedAt.getTime() > theirs.updatedAt.getTime();
}

/**
 * Moves finished messages (SENT, FAILED, SKIPPED, CANCELLED) from the outbox to the record: one
 * insert of them all into the record, then one delete from the outbox of those still unread as
 * they were read (two commands whatever their number). A crash between the two leaves a message
 * in both, the record's copy the newer (what every reader shows); the next move of it, or
 * withdraw(), completes the delete. When the delete finds fewer than it expects, something
 * changed them meanwhile (rare): a read mark set since is carried to the record; a message that
 * went to the record another way (a withdrawal, an attempt taken over) keeps the better outcome
 * (supersedes()); and one erased meanwhile (eraseMessages() leaves a mark) is deleted again.
 */
export async function moveToRecord(deps: Pick<AppDeps, 'database'>, finished: NotificationDoc[]): Promise<void> {
  if (finished.length === 0) return;
  const { Notification, NotificationOutbox } = deps.database.models;
  await racePoint(deps.database, 'notifications.move.beforeRecord', finished[0]!._id);
  const { insertedIds, duplicates } = await insertEach(Notification.collection, finished);
  for (const doc of finished) if (duplicates.has(doc._id)) await settleConflict(deps, doc);
  const unread = finished.filter((doc) => !doc.readAt).map((doc) => doc._id);
  const read = finished.filter((doc) => doc.readAt).map((doc) => doc._id);
  let removed = 0;
  if (unread.length) removed += (await NotificationOutbox.deleteMany({ ...byIds(unread), readAt: null })).deletedCount;
  if (read.length) removed += (await NotificationOutbox.deleteMany(byIds(read))).deletedCount;
  if (removed === finished.length) return;
  await carryReadMarks(deps, unread);
  const erased = await claimsCollection(deps.database.db)
    .find({ _id: { $in: [...insertedIds].map(erasedClaimId) } }, { projection: { _id: 1 } })
    .toArray();
  if (erased.length) await Notification.deleteMany(byIds(erased.map((claim) => claim._id.slice('erased:'.length))));
}

/** A message the record holds already (rare paths: a withdrawal, an attempt taken over, a second "send again"). */
async function settleConflict(deps: Pick<AppDeps, 'database'>, ours: NotificationDoc): Promise<void> {
  const { Notification } = deps.database.models;
  const theirs = await Notification.findById(ours._id).lean<NotificationDoc>();
  // Gone since (erased): nothing of it is written back.
  if (!theirs || !supersedes(ours.delivery, theirs.delivery)) return;
  // Compare-and-set on the copy read: a third writer that got there first keeps its outcome.
  await Notification.replaceOne({ _id: ours._id, 'delivery.updatedAt': theirs.delivery.updatedAt }, { ...ours, readAt: ours.readAt ?? theirs.readAt ?? null });
}

/** Read marks set on an outbox copy while the message moved: carried to the record, then the copy goes. */
async function carryReadMarks(deps: Pick<AppDeps, 'database'>, ids: string[]): Promise<void> {
  const { Notification, NotificationOutbox } = deps.database.models;
  if (ids.length === 0) return;
  const left = await NotificationOutbox.find(byIds(ids), { _id: 1, readAt: 1 }).lean<Pick<NotificationDoc, '_id' | 'readAt'>[]>();
  for (const doc of left) {
    if (doc.readAt) await Notification.updateOne({ _id: doc._id, readAt: null }, { $set: { readAt: doc.readAt } });
    await NotificationOutbox.deleteOne({ _id: doc._id });
  }
}

const erasedClaimId = (notificationId: string) => `erased:${notificationId}`;

/** `{_id}` alone for one id: the only filter FerretDB 1.x takes to storage. */
export const byIds = (ids: string[]) => (ids.length === 1 ? { _id: ids[0]! } : { _id: { $in: ids } });

/** Withdraws queued messages that no longer apply (a cancelled registration's reminders): recorded as CANCELLED. */
export async function withdraw(deps: Deps, filter: Record<string, unknown>): Promise<number> {
  const now = deps.clock.now();
  const queued = await deps.database.models.NotificationOutbox.find({ ...filter, 'delivery.state': { $in: PENDING_STATES } }).lean<NotificationDoc[]>();
  if (queued.length === 0) return 0;
  await racePoint(deps.database, 'notifications.withdraw.beforeWrite', queued[0]!._id);
  await moveToRecord(
    deps,
    queued.map((doc) => ({ ...doc, delivery: { ...doc.delivery, state: 'CANCELLED' as const, updatedAt: now } })),
  );
  return queued.length;
}

/**
 * Every copy of messages matching `filter` goes (erasure, retention). A message being sent right
 * now may reach the record after this: each queued one leaves a mark first, by which its move
 * (moveToRecord) deletes it again.
 */
export async function eraseMessages(deps: Pick<AppDeps, 'database' | 'clock'>, filter: Record<string, unknown>): Promise<number> {
  const { Notification, NotificationOutbox } = deps.database.models;
  const now = deps.clock.now();
  const queued = await NotificationOutbox.find(filter, { _id: 1 }).lean<{ _id: string }[]>();
  if (queued.length) {
    await insertEach(
      claimsCollection(deps.database.db) as never,
      queued.map((doc) => ({ _id: erasedClaimId(doc._id), kind: 'notify-erased', createdAt: now, expiresAt: new Date(now.getTime() + KEEP_QUEUED_CLAIMS_MS) })),
    );
  }
  const removedQueued = queued.length ? (await NotificationOutbox.deleteMany(filter)).deletedCount : 0;
  const recorded = await Notification.deleteMany(filter);
  return removedQueued + recorded.deletedCount;
}

/**
 * The current copy of each message matching `filter` (the outbox's while it waits, the record's
 * once done; of two, the newer): what readers show. Sorted newest first, at most `limit`.
 */
export async function currentMessages(
  deps: Pick<AppDeps, 'database'>,
  filter: Record<string, unknown>,
  options: { sort?: 'newest'; limit?: number } = {},
): Promise<NotificationDoc[]> {
  const { Notification, NotificationOutbox } = deps.database.models;
  const read = (model: typeof Notification) => {
    let query = model.find(filter);
    if (options.sort) query = query.sort({ createdAt: -1, _id: -1 });
    if (options.limit) query = query.limit(options.limit);
    return query.lean<NotificationDoc[]>();
  };
  const [queued, recorded] = await Promise.all([read(NotificationOutbox as unknown as typeof Notification), read(Notification)]);
  const states = stateFilterOf(filter);
  // A record whose newer copy waits in the outbox in a state not asked for (a failed message sent
  // again) is no longer in the state asked for: the outbox is small, so its copies of them are read.
  const requeued =
    states && recorded.length && !PENDING_STATES.every((state) => states.includes(state))
      ? await NotificationOutbox.find({ _id: { $in: recorded.map((doc) => doc._id) } }).lean<NotificationDoc[]>()
      : [];
  let rows = mergeCopies([...queued, ...requeued], recorded);
  if (states) rows = rows.filter((doc) => states.includes(doc.delivery.state));
  if (options.sort) rows.sort(newestFirst);
  return options.limit ? rows.slice(0, options.limit) : rows;
}

/** The delivery states a filter asks for (`'delivery.state': X` or `{ $in: [...] }`), if it asks. */
function stateFilterOf(filter: Record<string, unknown>): string[] | null {
  const asked = filter['delivery.state'];
  if (asked === undefined) return null;
  if (typeof asked === 'string') return [asked];
  const listed = (asked as { $in?: unknown }).$in;
  return Array.isArray(listed) ? listed.map(String) : null;
}

/** Of the outbox's and the record's copies of a message, the newer (the record's on a tie). */
export function mergeCopies(queued: NotificationDoc[], recorded: NotificationDoc[]): NotificationDoc[] {
  const byId = new Map(recorded.map((doc) => [doc._id, doc]));
  for (const doc of queued) {
    const other = byId.get(doc._id);
    if (!other || doc.delivery.updatedAt.getTime() > other.delivery.updatedAt.getTime()) byId.set(doc._id, doc);
  }
  return [...byId.values()];
}

export const newestFirst = (a: Pick<NotificationDoc, '_id' | 'createdAt'>, b: Pick<NotificationDoc, '_id' | 'createdAt'>) =>
  b.createdAt.getTime() - a.createdAt.getTime() || (a._id < b._id ? 1 : a._id > b._id ? -1 : 0);
