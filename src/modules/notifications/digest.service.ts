import { DateTime } from 'luxon';
import type { AppDeps } from '../../app/context';
import { claimsCollection, tryClaim } from '../../db/claims';
import { notificationsPolicy } from './notifications.policy';
import { workshopPageUrl } from './links';
import { enqueue } from './outbox';
import { wantsCategory } from './preferences.service';
import { recipientOfUser } from './recipients';
import type { DigestFacts } from './templates/message';
import { activeUsersWithRoles } from '../users/users.queries';
import { recentOrWaiting } from '../registrations/registrations.queries';
import { publishedTitlesEndingAfter } from '../workshops/workshops.queries';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config' | 'logger'>;

const DAY_MS = 24 * 3_600_000;

/**
 * The Secretariat's daily digest, at DIGEST_LOCAL_HOUR of each recipient's own day: one message
 * per person and local date (its key), so the job may run every few minutes and on two workers.
 * A day with nothing new and nothing waiting sends nothing.
 */
export async function queueDailyDigests(deps: Deps): Promise<number> {
  const now = deps.clock.now();
  const staff = await activeUsersWithRoles(deps.database, notificationsPolicy.digestRoles);
  const readers = staff.map((user) => ({ user, recipient: recipientOfUser(user), local: DateTime.fromJSDate(now, { zone: user.timeZone }) }));
  const preferences = await wantsCategory(
    deps,
    readers.map((reader) => reader.recipient.key),
  );
  const due = readers
    .filter(({ recipient, local }) => local.hour >= deps.config.notifications.digestLocalHour && preferences.wants(recipient.key, 'digests'))
    .map(({ user, recipient, local }) => ({ recipient, id: `SECRETARIAT_DIGEST:${String(user._id)}:${local.toISODate()}` }));
  if (due.length === 0) return 0;
  // A digest queued (its claim: outbox.ts) or found empty today is not made again.
  const seen = await claimsCollection(deps.database.db)
    .find({ _id: { $in: due.flatMap((d) => [`empty:${d.id}`, `notify:${d.id}`]) } }, { projection: { _id: 1 } })
    .toArray();
  const done = new Set(seen.map((c) => c._id.slice(c._id.indexOf(':') + 1)));
  const open = due.filter((d) => !done.has(d.id));
  if (open.length === 0) return 0;
  const digest = await digestFigures(deps, now);
  if (digest.newRegistrations + digest.pendingApprovals + digest.waitlisted === 0) {
    // Nothing to say today: remember that, so the job does not recount all day.
    for (const { id } of open) await tryClaim(deps.database.db, `empty:${id}`, { kind: 'digest-empty', now, expiresAt: new Date(now.getTime() + 2 * DAY_MS) });
    return 0;
  }
  return enqueue(
    deps,
    open.map(({ recipient, id }) => ({ id, kind: 'SECRETARIAT_DIGEST' as const, recipient, data: { digest } })),
  );
}

/** Figures for the last day and what waits now, over upcoming workshops; counts and titles only. */
export async function digestFigures(deps: Deps, now: Date): Promise<DigestFacts> {
  const upcoming = await publishedTitlesEndingAfter(deps.database, now);
  const titles = new Map(upcoming.map((w) => [String(w._id), w.title]));
  const rows = await recentOrWaiting(
    deps.database,
    upcoming.map((w) => w._id),
    new Date(now.getTime() - DAY_MS),
  );
  const perWorkshop = new Map<string, { newRegistrations: number; pending: number; waitlisted: number }>();
  for (const row of rows) {
    const key = String(row.workshopId);
    const entry = perWorkshop.get(key) ?? { newRegistrations: 0, pending: 0, waitlisted: 0 };
    if (row.registeredAt && row.registeredAt.getTime() > now.getTime() - DAY_MS) entry.newRegistrations++;
    if (row.status === 'PENDING_APPROVAL') entry.pending++;
    if (row.status === 'WAITLISTED') entry.waitlisted++;
    perWorkshop.set(key, entry);
  }
  const workshops = [...perWorkshop.entries()]
    .map(([id, figures]) => ({ title: titles.get(id) ?? '', url: workshopPageUrl(deps.config, id), ...figures }))
    .sort((a, b) => b.pending + b.newRegistrations - (a.pending + a.newRegistrations))
    .slice(0, 25);
  const sum = (pick: (f: { newRegistrations: number; pending: number; waitlisted: number }) => number) =>
    [...perWorkshop.values()].reduce((total, f) => total + pick(f), 0);
  return { newRegistrations: sum((f) => f.newRegistrations), pendingApprovals: sum((f) => f.pending), waitlisted: sum((f) => f.waitlisted), workshops };
}
