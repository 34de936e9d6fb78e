import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import { claimsCollection, releaseClaim, tryClaim } from '../../db/claims';
import { isDuplicateKeyError } from '../../shared/errors';
import type { AppDeps } from '../../app/context';
import type { WorkshopDoc } from '../workshops/workshop.model';
import { workshopById } from '../workshops/workshops.queries';
import { composeNotification, type Subjects } from './compose';
import { describeSendError } from './mailer';
import { ACCOUNT_LINK_KINDS, PENDING_STATES, type NotificationDoc } from './notification.model';
import { moveToRecord } from './outbox';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config' | 'mailer' | 'logger' | 'programme' | 'seatFigures'>;

export interface DeliveryRun {
  sent: number;
  retrying: number;
  failed: number;
  skipped: number;
  /** Held by another worker right now, or finished by one since this run read them. */
  passed: number;
}

const SEND_CLAIM = 'notify-send';
/** Attempt claims are kept this long (then swept), far beyond any reader's stale view of a message. */
const KEEP_SEND_CLAIMS_MS = 7 * 24 * 3_600_000;

/** The same for every attempt at one notification: mail clients fold a duplicate by it. */
export function messageIdOf(notificationId: string, config: Pick<AppDeps['config'], 'publicUrl'>): string {
  const host = config.publicUrl ? new URL(config.publicUrl).hostname : 'localhost';
  return `<${createHash('sha256').update(notificationId).digest('hex').slice(0, 40)}@${host}>`;
}

/** Backoff after attempt n: 1, 2, 4, … minutes, at most an hour. */
export const retryDelayMs = (attempt: number) => Math.min(60_000 * 2 ** (attempt - 1), 3_600_000);

/**
 * Sends what is due, oldest first. Exactly once (DESIGN.md): each attempt n at a notification is
 * an inserted claim `notify:<id>#<n>` taken before the SMTP conversation; the message's own state
 * (SENT, RETRYING, FAILED) is the mark written after. Two workers never send the same attempt. A
 * message still due after its attempt's lease (its worker died, perhaps after SMTP accepted it) is
 * taken over as attempt n+1 with the same Message-ID.
 *
 * One run handles a batch with a few commands whatever its size (FerretDB 1.24: an insert costs
 * the same for one document as for hundreds, and every filter but `{_id}` reads the whole
 * collection): one read of the outbox, one insert of the batch's claims, its workshops and
 * registrations from the read models (one read of the change log: the seat tally keeps what a
 * message needs of every registration, so no read of the registrations, which grow without
 * bound), then the emails `concurrency` at a time through the pooled transport, and one move of
 * the finished ones to the record (outbox.ts).
 */
export async function deliverDue(deps: Deps, options: { limit?: number; concurrency?: number } = {}): Promise<DeliveryRun> {
  const now = deps.clock.now();
  const due = await deps.database.models.NotificationOutbox.find({ 'delivery.state': { $in: PENDING_STATES }, 'delivery.nextAttemptAt': { $lte: now } })
    .sort({ 'delivery.nextAttemptAt': 1 })
    .limit(options.limit ?? 200)
    .lean<NotificationDoc[]>();
  const run: DeliveryRun = { sent: 0, retrying: 0, failed: 0, skipped: 0, passed: 0 };
  if (due.length === 0) return run;
  // The subjects are read while the claims are taken (those of messages passed on are not used).
  const [attempts, known] = await Promise.all([claimAttempts(deps, due, now), readSubjects(deps, due)]);
  const mine = due.filter((n) => attempts.has(n._id));
  run.passed += due.length - mine.length;
  const recorder = groupRecorder(deps);
  const queue = [...mine];
  const lanes = Array.from({ length: Math.max(1, options.concurrency ?? 4) }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { outcome, doc } = await deliverOne(deps, next, attempts.get(next._id)!, known(next));
      run[outcome]++;
      if (outcome === 'retrying') await recordRetry(deps, next, doc);
      else recorder.add(doc);
    }
  });
  await Promise.all(lanes);
  await recorder.done();
  return run;
}

/**
 * Records finished messages while the others are still being sent, as a group commit: a move
 * (outbox.ts) takes every message finished since the last one began, and the next starts as soon
 * as it ends. The mark follows each email within about one move, not at the end of the batch, so a
 * worker that dies mid-batch leaves only those few to be sent again (with the same Message-ID).
 */
function groupRecorder(deps: Deps) {
  const waiting: NotificationDoc[] = [];
  let running: Promise<void> | null = null;
  let failure: unknown = null;
  const kick = () => {
    if (running || waiting.length === 0) return;
    const docs = waiting.splice(0);
    running = moveToRecord(deps, docs)
      .catch((err: unknown) => {
        failure ??= err;
      })
      .finally(() => {
        running = null;
        kick();
      });
  };
  return {
    add(doc: NotificationDoc) {
      waiting.push(doc);
      kick();
    },
    async done() {
      while (running) await running;
      if (failure) throw failure;
    },
  };
}

/**
 * The workshops (from the programme) and registrations (from the seat tally, proven current by one
 * read of the change log) the batch's messages are about: no read of either collection.
 */
async function readSubjects(deps: Deps, batch: NotificationDoc[]): Promise<(n: NotificationDoc) => Subjects> {
  const workshopIds = [...new Set(batch.filter((n) => n.workshopId).map((n) => String(n.workshopId)))];
  const [workshops, seats] = await Promise.all([Promise.all(workshopIds.map((id) => workshopById(deps, new Types.ObjectId(id)))), deps.seatFigures.current()]);
  const workshopOf = new Map(workshops.filter((w): w is WorkshopDoc => w !== null).map((w) => [String(w._id), w]));
  return (n: NotificationDoc) => ({
    workshop: n.workshopId ? (workshopOf.get(String(n.workshopId)) ?? null) : null,
    registration: n.registrationId ? seats.registration(String(n.registrationId)) : null,
    seats,
  });
}

type Outcome = Exclude<keyof DeliveryRun, 'passed'>;

async function deliverOne(deps: Deps, notification: NotificationDoc, attempt: number, known: Subjects): Promise<{ outcome: Outcome; doc: NotificationDoc }> {
  // The attempt's claim makes this message ours until the lease ends: one write records the outcome.
  const finish = (changes: Partial<NotificationDoc['delivery']>, content?: { subject: string; text: string }): NotificationDoc => {
    const delivery = { ...notification.delivery, ...changes, attempts: attempt, updatedAt: deps.clock.now() };
    const doc: NotificationDoc = { ...notification, delivery, ...(content ? { content } : {}) };
    // An account link (invitation, confirmation, reset) is a live secret: once the email went (or never will), it is not kept.
    if (ACCOUNT_LINK_KINDS.includes(notification.kind) && delivery.state !== 'RETRYING') {
      const { invitationId, userId } = notification.data as { invitationId?: string; userId?: string };
      doc.data = notification.kind === 'INVITATION' ? { invitationId } : { userId };
      if (content) doc.content = { subject: content.subject, text: null };
    }
    return doc;
  };
  const composed = await composeNotification(deps, notification, known);
  if ('skip' in composed) return { outcome: 'skipped', doc: finish({ state: 'SKIPPED', lastError: composed.skip }) };
  const content = { subject: composed.mail.subject, text: composed.mail.text };
  try {
    await deps.mailer.send({ ...composed.mail, messageId: messageIdOf(notification._id, deps.config) });
  } catch (err) {
    const lastError = describeSendError(err);
    const final = attempt >= deps.config.notifications.maxAttempts;
    deps.logger.warn({ notificationId: notification._id, kind: notification.kind, attempt, error: lastError, final }, 'email not accepted');
    const doc = finish(
      { state: final ? 'FAILED' : 'RETRYING', lastError, nextAttemptAt: new Date(deps.clock.now().getTime() + retryDelayMs(attempt)) },
      content,
    );
    return { outcome: final ? 'failed' : 'retrying', doc };
  }
  deps.logger.info({ notificationId: notification._id, kind: notification.kind, attempt }, 'email sent');
  return { outcome: 'sent', doc: finish({ state: 'SENT', sentAt: deps.clock.now(), lastError: null }, content) };
}

/**
 * A message to try again stays in the outbox (small: an update there is cheap), changed from the
 * state this attempt started from; withdrawn or erased meanwhile, it is not brought back.
 */
async function recordRetry(deps: Deps, started: NotificationDoc, doc: NotificationDoc): Promise<void> {
  const { content, data, delivery } = doc;
  await deps.database.models.NotificationOutbox.updateOne(
    { _id: started._id, 'delivery.attempts': started.delivery.attempts ?? 0, 'delivery.state': { $in: PENDING_STATES } },
    { $set: { content, data, delivery } },
  );
}

const attemptClaimId = (notificationId: string, attempt: number) => `notify:${notificationId}#${attempt}`;

/**
 * Takes each message's next attempt claim: the batch's first numbers in one insert. A message
 * whose number was taken goes the slow way (claimNextAttempt), one at a time.
 */
async function claimAttempts(deps: Deps, batch: NotificationDoc[], now: Date): Promise<Map<string, number>> {
  const expiresAt = new Date(now.getTime() + KEEP_SEND_CLAIMS_MS);
  const first = batch.map((n) => ({ n, attempt: (n.delivery?.attempts ?? 0) + 1 }));
  const claims = first.map(({ n, attempt }) => ({
    _id: attemptClaimId(n._id, attempt),
    kind: SEND_CLAIM,
    createdAt: now,
    expiresAt,
    data: { notificationId: n._id },
  }));
  const taken = new Set<number>();
  try {
    await claimsCollection(deps.database.db).insertMany(claims, { ordered: false });
  } catch (err) {
    const writeErrors = (err as { writeErrors?: { code?: number; index?: number }[] | { code?: number; index?: number } }).writeErrors;
    const errors = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [];
    if (errors.length === 0 || errors.some((e) => e.code !== 11000 || typeof e.index !== 'number')) throw err;
    for (const e of errors) taken.add(e.index!);
  }
  const attempts = new Map<string, number>();
  for (const [index, { n, attempt }] of first.entries()) {
    // Claimed at the number read: nobody else held it, so nobody finished this attempt since the
    // read; an attempt of old may still end late, and then the same Message-ID folds the two.
    if (!taken.has(index)) attempts.set(n._id, attempt);
  }
  for (const [index, { n, attempt }] of first.entries()) {
    if (!taken.has(index)) continue;
    const next = await claimNextAttempt(deps, n, attempt + 1, now);
    if (next !== null) attempts.set(n._id, next);
  }
  return attempts;
}

/**
 * Takes a later attempt's claim once the one read was held, or returns null when someone else
 * holds a live one or has finished the message since it was read.
 */
async function claimNextAttempt(deps: Deps, notification: NotificationDoc, from: number, now: Date): Promise<number | null> {
  const db = deps.database.db;
  const leaseMs = deps.config.notifications.sendLeaseMs;
  const held = await claimsCollection(db).findOne({ _id: attemptClaimId(notification._id, from - 1) });
  if (held && now.getTime() - held.createdAt.getTime() < leaseMs) return null; // a live holder, or one that just finished
  // Bounded: attempts recorded so far, plus the attempts whose holders died before recording theirs.
  for (let attempt = from; attempt <= deps.config.notifications.maxAttempts + 5; attempt++) {
    const id = attemptClaimId(notification._id, attempt);
    if (
      await tryClaim(db, id, { kind: SEND_CLAIM, now, expiresAt: new Date(now.getTime() + KEEP_SEND_CLAIMS_MS), data: { notificationId: notification._id } })
    ) {
      // The message may have been finished between our read and this claim: read it again.
      const current = await deps.database.models.NotificationOutbox.findById(notification._id, { delivery: 1 }).lean<NotificationDoc>();
      const stillDue = current && PENDING_STATES.includes(current.delivery.state) && current.delivery.nextAttemptAt <= now;
      if (stillDue) return attempt;
      await releaseClaim(db, id);
      return null;
    }
    const holder = await claimsCollection(db).findOne({ _id: id });
    if (!holder) continue; // released between the two reads: try the next number
    if (now.getTime() - holder.createdAt.getTime() < leaseMs) return null; // a live holder, or one that just finished
    // An older attempt: it ended (the message then says RETRYING or FAILED) or its worker died,
    // perhaps after SMTP accepted it. Try the next number; the re-read above decides.
  }
  return null;
}

/**
 * The Secretariat's "send it again" for a failed, skipped or withdrawn message: a fresh round of
 * attempts, queued again as a copy in the outbox (newer than the record's, so readers show it).
 * The insert is the compare-and-set: of two clicks, one queues it.
 */
export async function requeue(deps: Pick<AppDeps, 'database' | 'clock'>, notificationId: string): Promise<NotificationDoc | null> {
  const now = deps.clock.now();
  const recorded = await deps.database.models.Notification.findById(notificationId).lean<NotificationDoc>();
  if (!recorded || !['FAILED', 'SKIPPED', 'CANCELLED'].includes(recorded.delivery.state)) return null;
  // Later than the record it replaces even on a clock that has not moved, so readers take this copy.
  const updatedAt = new Date(Math.max(now.getTime(), recorded.delivery.updatedAt.getTime() + 1));
  const queued: NotificationDoc = { ...recorded, delivery: { ...recorded.delivery, state: 'QUEUED', nextAttemptAt: now, updatedAt, lastError: null } };
  try {
    await deps.database.models.NotificationOutbox.collection.insertOne(queued as never);
  } catch (err) {
    if (isDuplicateKeyError(err)) return null;
    throw err;
  }
  return queued;
}
