import { createHash } from 'node:crypto';
import type { AppDeps } from '../../graphql/context';
import { claimsCollection, releaseClaim, tryClaim } from '../../db/claims';
import { composeNotification } from './compose';
import { describeSendError } from './mailer';
import { PENDING_STATES, type NotificationDoc } from './notification.model';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config' | 'mailer' | 'logger' | 'programme'>;

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
 */
export async function deliverDue(deps: Deps, options: { limit?: number; concurrency?: number } = {}): Promise<DeliveryRun> {
  const now = deps.clock.now();
  const due = await deps.database.models.Notification.find({ 'delivery.state': { $in: PENDING_STATES }, 'delivery.nextAttemptAt': { $lte: now } })
    .sort({ 'delivery.nextAttemptAt': 1 })
    .limit(options.limit ?? 200)
    .lean<NotificationDoc[]>();
  const run: DeliveryRun = { sent: 0, retrying: 0, failed: 0, skipped: 0, passed: 0 };
  const queue = [...due];
  const lanes = Array.from({ length: Math.max(1, options.concurrency ?? 4) }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const outcome = await deliverOne(deps, next);
      run[outcome]++;
    }
  });
  await Promise.all(lanes);
  return run;
}

async function deliverOne(deps: Deps, notification: NotificationDoc): Promise<keyof DeliveryRun> {
  const attempt = await claimNextAttempt(deps, notification);
  if (attempt === null) return 'passed';
  // The attempt's claim makes this message ours until the lease ends: one write records the outcome.
  // (On FerretDB 1.24 an update costs time in proportion to the collection: one per message, not three.)
  const finish = async (changes: Partial<NotificationDoc['delivery']>, content?: { subject: string; text: string }) => {
    const delivery = { ...notification.delivery, ...changes, attempts: attempt, updatedAt: deps.clock.now() };
    const set: Record<string, unknown> = { delivery, ...(content ? { content } : {}) };
    // An invitation's link is a live secret: once the email went (or never will), it is not kept.
    if ((notification.kind === 'INVITATION' || notification.kind === 'EMAIL_CONFIRMATION') && delivery.state !== 'RETRYING') {
      const { invitationId, userId } = notification.data as { invitationId?: string; userId?: string };
      set.data = notification.kind === 'INVITATION' ? { invitationId } : { userId };
      if (content) set.content = { subject: content.subject, text: null };
    }
    await deps.database.models.Notification.updateOne({ _id: notification._id }, { $set: set });
  };
  const composed = await composeNotification(deps, notification);
  if ('skip' in composed) {
    await finish({ state: 'SKIPPED', lastError: composed.skip });
    return 'skipped';
  }
  const content = { subject: composed.mail.subject, text: composed.mail.text };
  try {
    await deps.mailer.send({ ...composed.mail, messageId: messageIdOf(notification._id, deps.config) });
  } catch (err) {
    const lastError = describeSendError(err);
    const final = attempt >= deps.config.notifications.maxAttempts;
    deps.logger.warn({ notificationId: notification._id, kind: notification.kind, attempt, error: lastError, final }, 'email not accepted');
    await finish({ state: final ? 'FAILED' : 'RETRYING', lastError, nextAttemptAt: new Date(deps.clock.now().getTime() + retryDelayMs(attempt)) }, content);
    return final ? 'failed' : 'retrying';
  }
  await finish({ state: 'SENT', sentAt: deps.clock.now(), lastError: null }, content);
  deps.logger.info({ notificationId: notification._id, kind: notification.kind, attempt }, 'email sent');
  return 'sent';
}

const attemptClaimId = (notificationId: string, attempt: number) => `notify:${notificationId}#${attempt}`;

/**
 * Takes the next attempt's claim, or returns null when someone else holds a live one or has
 * finished the message since it was read.
 */
async function claimNextAttempt(deps: Deps, notification: NotificationDoc): Promise<number | null> {
  const db = deps.database.db;
  const now = deps.clock.now();
  const leaseMs = deps.config.notifications.sendLeaseMs;
  // Bounded: attempts recorded so far, plus the attempts whose holders died before recording theirs.
  for (let attempt = (notification.delivery?.attempts ?? 0) + 1; attempt <= deps.config.notifications.maxAttempts + 5; attempt++) {
    const id = attemptClaimId(notification._id, attempt);
    if (
      await tryClaim(db, id, { kind: SEND_CLAIM, now, expiresAt: new Date(now.getTime() + KEEP_SEND_CLAIMS_MS), data: { notificationId: notification._id } })
    ) {
      // The message may have been finished between our read and this claim: read it again.
      const current = await deps.database.models.Notification.findById(notification._id, { delivery: 1 }).lean<NotificationDoc>();
      const stillDue = current && PENDING_STATES.includes(current.delivery.state) && current.delivery.nextAttemptAt <= now;
      if (stillDue) return attempt;
      await releaseClaim(db, id);
      return null;
    }
    const held = await claimsCollection(db).findOne({ _id: id });
    if (!held) continue; // released between the two reads: try the next number
    if (now.getTime() - held.createdAt.getTime() < leaseMs) return null; // a live holder, or one that just finished
    // An older attempt: it ended (the message then says RETRYING or FAILED) or its worker died,
    // perhaps after SMTP accepted it. Try the next number; the re-read above decides.
  }
  return null;
}

/** The Secretariat's "send it again" for a failed message: a fresh round of attempts. */
export async function requeue(deps: Pick<AppDeps, 'database' | 'clock'>, notificationId: string): Promise<NotificationDoc | null> {
  const now = deps.clock.now();
  return deps.database.models.Notification.findOneAndUpdate(
    { _id: notificationId, 'delivery.state': { $in: ['FAILED', 'SKIPPED', 'CANCELLED'] } },
    { $set: { 'delivery.state': 'QUEUED', 'delivery.nextAttemptAt': now, 'delivery.updatedAt': now, 'delivery.lastError': null } },
    { returnDocument: 'after' },
  ).lean<NotificationDoc>();
}
