import type { Connection } from 'mongoose';
import { notificationModel, notificationOutboxModel, notificationPlanModel, notificationPreferenceModel } from './notification.model';

/** The collections this module owns, bound to one connection. */
export const notificationsModels = (connection: Connection) => ({
  Notification: notificationModel(connection),
  NotificationOutbox: notificationOutboxModel(connection),
  NotificationPlan: notificationPlanModel(connection),
  NotificationPreference: notificationPreferenceModel(connection),
});
