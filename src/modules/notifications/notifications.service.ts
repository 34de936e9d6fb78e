import { z } from 'zod';
import { AGENDA_COLLECTION } from '../../db/agenda-jobs';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../shared/errors';
import type { ServiceContext } from '../../app/context';
import { pageSize, toPage } from '../../graphql/pagination';
import { parseInput } from '../../shared/validation';
import { pseudonymOf } from '../../shared/pseudonym';
import { authorize, requireViewer } from '../../shared/access/authorize';
import { emailProven } from '../users/email-proof';
import type { Viewer } from '../../shared/access/roles';
import { requeue } from './delivery.service';
import { DELIVERY_STATES, type DeliveryState, type NotificationDoc } from './notification.model';
import { notificationsPolicy as policy } from './notifications.policy';
import { byIds, currentMessages } from './outbox';
import { DEFAULT_PREFERENCES, preferencesOf, setPreferences } from './preferences.service';

type Ctx = Pick<ServiceContext, 'viewer' | 'database' | 'clock' | 'config' | 'loaders'>;

/** Messages that never reached anyone (withdrawn or no longer applying) stay out of people's lists. */
const SHOWN_STATES: DeliveryState[] = ['QUEUED', 'RETRYING', 'SENT', 'FAILED'];

const notificationId = z.string().min(3).max(300);

/** Newest first: the cursor is (createdAt, id) of the last row seen. */
function encode(row: Pick<NotificationDoc, '_id' | 'createdAt'>): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row._id])).toString('base64url');
}

function before(after: string): Record<string, unknown> {
  const invalid = () => new BadUserInputError('The cursor is not valid; start again without `after`.', 'after');
  if (after.length > 1_000) throw invalid();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  const parsed = z.tuple([z.iso.datetime(), notificationId]).safeParse(value);
  if (!parsed.success) throw invalid();
  const at = new Date(parsed.data[0]);
  return { $or: [{ createdAt: { $lt: at } }, { createdAt: at, _id: { $lt: parsed.data[1] } }] };
}

const ownQuery = (viewer: Viewer) => ({ 'recipient.userId': viewer.userId, 'delivery.state': { $in: SHOWN_STATES } });

export async function listNotifications(ctx: Ctx, args: { filter?: { unreadOnly?: boolean | null } | null; first?: number | null; after?: string | null }) {
  const viewer = requireViewer(ctx.viewer);
  const size = pageSize(args.first);
  const query: Record<string, unknown> = ownQuery(viewer);
  if (args.filter?.unreadOnly) query.readAt = null;
  if (args.after) query.$and = [before(args.after)];
  const [rows, unreadCount] = await Promise.all([currentMessages(ctx, query, { sort: 'newest', limit: size + 1 }), countUnread(ctx, viewer)]);
  return { ...toPage(rows, size, encode), unreadCount };
}

/** The viewer's unread messages, each counted once (a message moving to the record has two copies for a moment). */
async function countUnread(ctx: Ctx, viewer: Viewer): Promise<number> {
  const { Notification, NotificationOutbox } = ctx.database.models;
  const unread = { ...ownQuery(viewer), readAt: null };
  const [queued, recorded] = await Promise.all([NotificationOutbox.find(unread, { _id: 1 }).lean<{ _id: string }[]>(), Notification.countDocuments(unread)]);
  if (queued.length === 0) return recorded;
  const both = await Notification.countDocuments({ ...unread, ...byIds(queued.map((n) => n._id)) });
  return recorded + queued.length - both;
}

const markReadSchema = z
  .object({ ids: z.array(notificationId).max(100, 'At most 100 ids at once.').nullish(), all: z.boolean().nullish() })
  .refine((input) => Boolean(input.all) !== Boolean(input.ids?.length), { message: 'Give either ids or all: true.', path: ['ids'] });

export async function markRead(ctx: Ctx, input: unknown) {
  const viewer = requireViewer(ctx.viewer);
  const data = parseInput(markReadSchema, input);
  const { Notification, NotificationOutbox } = ctx.database.models;
  // Ids none of which is the viewer's are an error, like any unknown id (read or not, they count as known).
  if (data.ids?.length && (await currentMessages(ctx, { ...ownQuery(viewer), _id: { $in: data.ids } })).length === 0) {
    throw new NotFoundError('Notification');
  }
  const scope = { ...ownQuery(viewer), readAt: null, ...(data.all ? {} : { _id: { $in: data.ids! } }) };
  const now = ctx.clock.now();
  // The outbox first: a message moving to the record meanwhile carries the mark along (outbox.ts).
  const queued = await NotificationOutbox.updateMany(scope, { $set: { readAt: now } });
  const recorded = await Notification.updateMany(scope, { $set: { readAt: now } });
  const unreadCount = await countUnread(ctx, viewer);
  return { marked: queued.modifiedCount + recorded.modifiedCount, unreadCount };
}

/** Choices are keyed by the email's pseudonym: an account reaches them only once it proved the address. */
async function viewerKey(ctx: Ctx): Promise<string | null> {
  const viewer = requireViewer(ctx.viewer);
  const user = await ctx.loaders.users.byId.load(viewer.userId);
  if (!user) throw new NotFoundError('User');
  return emailProven(user) ? pseudonymOf(user.email) : null;
}

export async function myPreferences(ctx: Ctx) {
  const key = await viewerKey(ctx);
  return key ? preferencesOf(ctx, key) : DEFAULT_PREFERENCES;
}

export async function updatePreferences(ctx: Ctx, input: unknown) {
  const data = parseInput(z.object({ reminders: z.boolean().nullish(), digests: z.boolean().nullish() }), input);
  const changes = Object.fromEntries(Object.entries(data).filter(([, value]) => typeof value === 'boolean'));
  const key = await viewerKey(ctx);
  if (!key) throw new ForbiddenError('Confirm your email address first (requestEmailConfirmation): your email choices belong to the address.');
  return { preferences: await setPreferences(ctx, key, changes) };
}

const deliveryFilterSchema = z
  .object({
    states: z.array(z.enum(DELIVERY_STATES)).max(DELIVERY_STATES.length).nullish(),
    workshopId: z
      .string()
      .regex(/^[0-9a-f]{24}$/, 'Not a valid id.')
      .nullish(),
  })
  .nullish();

export async function listDeliveries(ctx: Ctx, args: { filter?: unknown; first?: number | null; after?: string | null }) {
  authorize(ctx.viewer, policy.followDeliveries);
  const filter = parseInput(deliveryFilterSchema, args.filter, 'filter') ?? {};
  const size = pageSize(args.first, 50);
  const query: Record<string, unknown> = {};
  if (filter.states?.length) query['delivery.state'] = { $in: filter.states };
  if (filter.workshopId) query.workshopId = filter.workshopId;
  if (args.after) query.$and = [before(args.after)];
  const rows = await currentMessages(ctx, query, { sort: 'newest', limit: size + 1 });
  return toPage(rows, size, encode);
}

export async function retryDelivery(ctx: Ctx, input: unknown) {
  authorize(ctx.viewer, policy.followDeliveries);
  const { id } = parseInput(z.object({ id: notificationId }), input);
  const requeued = await requeue(ctx, id);
  if (requeued) return { delivery: requeued };
  const [existing] = await currentMessages(ctx, { _id: id });
  if (!existing) throw new NotFoundError('Notification');
  return { delivery: existing };
}

interface AgendaJobRow {
  name: string;
  lastRunAt?: Date | null;
  lastFinishedAt?: Date | null;
  nextRunAt?: Date | null;
  failCount?: number | null;
  failReason?: string | null;
  failedAt?: Date | null;
}

/** The recurring jobs as the worker last ran them: enough to see that reminders are flowing. */
export async function backgroundJobs(ctx: Ctx) {
  authorize(ctx.viewer, policy.followDeliveries);
  const rows = await ctx.database.db
    .collection<AgendaJobRow>(AGENDA_COLLECTION)
    .find({ type: 'single' }, { projection: { name: 1, lastRunAt: 1, lastFinishedAt: 1, nextRunAt: 1, failCount: 1, failReason: 1, failedAt: 1 } })
    .limit(200)
    .toArray();
  return rows
    .map((row) => ({
      name: row.name,
      lastRunAt: row.lastRunAt ?? null,
      lastFinishedAt: row.lastFinishedAt ?? null,
      nextRunAt: row.nextRunAt ?? null,
      failCount: row.failCount ?? 0,
      failReason: row.failReason ?? null,
      failedAt: row.failedAt ?? null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
