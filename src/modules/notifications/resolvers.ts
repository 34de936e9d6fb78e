import type {
  MutationResolvers,
  NotificationDeliveryResolvers,
  NotificationResolvers,
  QueryResolvers,
  WorkshopResolvers,
} from '../../graphql/generated/resolvers-types';
import type { ServiceContext } from '../../app/context';
import type { NotificationDoc } from './notification.model';
import { reminderHoursOf } from './planning.service';
import { notificationContent } from './compose';
import * as notifications from './notifications.service';

const queries: QueryResolvers = {
  notifications: (_parent, args, ctx) => notifications.listNotifications(ctx, args),
  notificationPreferences: (_parent, _args, ctx) => notifications.myPreferences(ctx),
  notificationDeliveries: (_parent, args, ctx) => notifications.listDeliveries(ctx, args),
  backgroundJobs: (_parent, _args, ctx) => notifications.backgroundJobs(ctx),
};

const mutations: MutationResolvers = {
  markNotificationsRead: (_parent, { input }, ctx) => notifications.markRead(ctx, input),
  updateNotificationPreferences: (_parent, { input }, ctx) => notifications.updatePreferences(ctx, input),
  retryNotificationDelivery: (_parent, { input }, ctx) => notifications.retryDelivery(ctx, input),
};

const workshopOf = async (n: { workshopId?: unknown }, ctx: ServiceContext) => (n.workshopId ? ctx.loaders.workshops.byId.load(String(n.workshopId)) : null);

/** Title and body come from one rendering per notification and request. */
const rendered = new WeakMap<ServiceContext, Map<string, Promise<{ subject: string; text: string }>>>();
function contentOf(n: NotificationDoc, ctx: ServiceContext) {
  const perRequest = rendered.get(ctx) ?? new Map<string, Promise<{ subject: string; text: string }>>();
  rendered.set(ctx, perRequest);
  let content = perRequest.get(n._id);
  if (!content) {
    content = workshopOf(n, ctx).then((workshop) => notificationContent(ctx, n, workshop));
    perRequest.set(n._id, content);
  }
  return content;
}

const Notification: NotificationResolvers = {
  id: (n) => n._id,
  title: async (n, _args, ctx) => (await contentOf(n, ctx)).subject,
  body: async (n, _args, ctx) => (await contentOf(n, ctx)).text,
  workshop: (n, _args, ctx) => workshopOf(n, ctx),
  readAt: (n) => n.readAt ?? null,
};

const NotificationDelivery: NotificationDeliveryResolvers = {
  id: (n) => n._id,
  recipientName: (n) => n.recipient.name,
  recipientEmail: (n) => n.recipient.email,
  workshop: (n, _args, ctx) => workshopOf(n, ctx),
  state: (n) => n.delivery.state,
  attempts: (n) => n.delivery.attempts ?? 0,
  nextAttemptAt: (n) => (['QUEUED', 'RETRYING'].includes(n.delivery.state) ? n.delivery.nextAttemptAt : null),
  sentAt: (n) => n.delivery.sentAt ?? null,
  lastError: (n) => n.delivery.lastError ?? null,
};

const Workshop: WorkshopResolvers = {
  reminderHoursBefore: (w, _args, ctx) => reminderHoursOf(w, ctx),
};

export const notificationsResolvers = { Query: queries, Mutation: mutations, Notification, NotificationDelivery, Workshop };
