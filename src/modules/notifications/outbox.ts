import type { Types } from 'mongoose';
import type { AppDeps } from '../../graphql/context';
import { isDuplicateKeyError } from '../../errors';
import { OPTIONAL_CATEGORY, type NotificationDoc, type NotificationKind } from './notification.model';
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
 * Queues messages for the delivery job. Each `_id` is inserted once whatever the number of
 * processes reacting to the same event (the claims rule); optional messages are not made for
 * people who turned them off. Returns how many were new.
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
  // Batches keep one command's size bounded; duplicates (already queued by another process) are skipped.
  for (let start = 0; start < docs.length; start += 500) {
    const batch = docs.slice(start, start + 500);
    try {
      const result = await deps.database.models.Notification.collection.insertMany(batch as never[], { ordered: false });
      inserted += result.insertedCount;
    } catch (err) {
      const writeErrors = (err as { writeErrors?: { code?: number }[] | { code?: number } }).writeErrors;
      const errors = Array.isArray(writeErrors) ? writeErrors : writeErrors ? [writeErrors] : [];
      if (errors.length === 0 && !isDuplicateKeyError(err)) throw err;
      if (errors.some((e) => e.code !== 11000)) throw err;
      inserted += batch.length - Math.max(errors.length, 1);
    }
  }
  return inserted;
}

/** Withdraws queued messages that no longer apply (a cancelled registration's reminders). */
export async function withdraw(deps: Deps, filter: Record<string, unknown>): Promise<number> {
  const now = deps.clock.now();
  const result = await deps.database.models.Notification.updateMany(
    { ...filter, 'delivery.state': { $in: ['QUEUED', 'RETRYING'] } },
    { $set: { 'delivery.state': 'CANCELLED', 'delivery.updatedAt': now } },
  );
  return result.modifiedCount;
}
