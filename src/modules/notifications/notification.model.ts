import { Schema, Types, type Connection, type InferSchemaType } from 'mongoose';

export const NOTIFICATION_KINDS = [
  'REGISTRATION_CONFIRMED',
  'REGISTRATION_WAITLISTED',
  'REGISTRATION_PENDING',
  'REGISTRATION_PROMOTED',
  'SEAT_OFFERED',
  'OFFER_EXPIRED',
  'REGISTRATION_APPROVED',
  'REGISTRATION_DECLINED',
  'REGISTRATION_CANCELLED',
  'WORKSHOP_REMINDER',
  'WORKSHOP_CHANGED',
  'WORKSHOP_CANCELLED',
  'WORKSHOP_FOLLOW_UP',
  'REGISTRATION_DEADLINE',
  'SECRETARIAT_DIGEST',
  'INVITATION',
  'EMAIL_CONFIRMATION',
  'PASSWORD_RESET',
  'ANSWERS_NEEDED',
  'LETTER_APPROVED',
  'LETTER_DECLINED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Messages that carry a single-use link (about the account, or to answer a workshop's questions):
 * the link is dropped from the stored message once it went (or never will).
 */
export const ACCOUNT_LINK_KINDS: readonly NotificationKind[] = ['INVITATION', 'EMAIL_CONFIRMATION', 'PASSWORD_RESET', 'ANSWERS_NEEDED'];

/** Optional messages people may turn off; the others (changes, cancellations, decisions) always go. */
export type OptionalCategory = 'reminders' | 'digests';
export const OPTIONAL_CATEGORY: Partial<Record<NotificationKind, OptionalCategory>> = {
  WORKSHOP_REMINDER: 'reminders',
  WORKSHOP_FOLLOW_UP: 'reminders',
  REGISTRATION_DEADLINE: 'reminders',
  SECRETARIAT_DIGEST: 'digests',
};

export const DELIVERY_STATES = ['QUEUED', 'RETRYING', 'SENT', 'FAILED', 'SKIPPED', 'CANCELLED'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];
/** States of the outbox, which the delivery job picks up (a message in flight stays QUEUED or RETRYING: its attempt claim guards it). */
export const PENDING_STATES: DeliveryState[] = ['QUEUED', 'RETRYING'];

/** The fields of one message to one person, shared by the outbox and the record (below). */
const notificationFields = {
  _id: { type: String, required: true },
  kind: { type: String, enum: NOTIFICATION_KINDS, required: true },
  recipient: {
    /** Pseudonym of the email (a hash): preferences, erasure and logs use it, never the address. */
    key: { type: String, required: true },
    userId: { type: Types.ObjectId, default: null },
    email: { type: String, required: true },
    name: { type: String, required: true },
    language: { type: String, required: true },
    timeZone: { type: String, required: true },
  },
  workshopId: { type: Types.ObjectId, default: null },
  registrationId: { type: Types.ObjectId, default: null },
  /** The workshop's sequence when the message was made. */
  sequence: { type: Number, default: null },
  /** Facts the template needs that may not be readable later (a decline reason, digest figures). */
  data: { type: Schema.Types.Mixed, default: {} },
  createdAt: { type: Date, required: true },
  readAt: { type: Date, default: null },
  /** What the email said (subject and plain text), kept for the in-app list once composed. */
  content: {
    subject: { type: String, default: null },
    text: { type: String, default: null },
  },
  delivery: {
    state: { type: String, enum: DELIVERY_STATES, required: true },
    attempts: { type: Number, default: 0 },
    nextAttemptAt: { type: Date, required: true },
    sentAt: { type: Date, default: null },
    /** What went wrong last, without addresses: an SMTP code and a short reason. */
    lastError: { type: String, default: null },
    /** When the state last changed: of two copies of a message (outbox and record), the newer is current. */
    updatedAt: { type: Date, required: true },
  },
} as const;

/**
 * One message to one person: the email to send and the entry in their in-app list. Its `_id` is
 * the notification's claim (DESIGN.md): `<kind>:<registration or recipient>:<workshop sequence or
 * date>`, so a message is created once however many processes react to the same event.
 *
 * A message lives in one of two collections (outbox.ts moves it): `notificationOutbox` while it
 * waits to be sent (QUEUED, RETRYING), `notifications` once it is done (SENT, FAILED, SKIPPED,
 * CANCELLED), inserted there once. On FerretDB 1.24 an update costs time in proportion to its
 * collection on SQLite (about 12 ms at 1,000 documents, a second at 100,000): the collection that
 * grows with every message sent is only ever inserted into on the delivery path, and the one
 * delivery updates and scans holds only what is still to send.
 */
const notificationSchema = new Schema(notificationFields, { timestamps: false, versionKey: false });

// serves: a person's in-app list, newest first, and the unread count
notificationSchema.index({ 'recipient.userId': 1, createdAt: -1, _id: -1 });
// serves: erasure of one person's messages
notificationSchema.index({ 'recipient.key': 1 });
// serves: notificationDeliveries(filter: { workshopId, states }) newest first; retention's deletion of a workshop's messages
notificationSchema.index({ workshopId: 1, 'delivery.state': 1, createdAt: -1, _id: -1 });
// serves: notificationDeliveries (the Secretariat's delivery list) unfiltered, newest first (cursor: createdAt, _id)
notificationSchema.index({ createdAt: -1, _id: -1 });
// serves: notificationDeliveries(filter: { states }) newest first
notificationSchema.index({ 'delivery.state': 1, createdAt: -1, _id: -1 });
// serves: notificationDeliveries(filter: { workshopId }) newest first
notificationSchema.index({ workshopId: 1, createdAt: -1, _id: -1 });

type StoredNotification = InferSchemaType<typeof notificationSchema>;
export type NotificationDoc = Omit<StoredNotification, 'recipient' | 'delivery' | 'kind'> & {
  _id: string;
  kind: NotificationKind;
  recipient: NonNullable<StoredNotification['recipient']>;
  delivery: NonNullable<StoredNotification['delivery']> & { state: DeliveryState };
};

export const notificationModel = (connection: Connection) => connection.model('Notification', notificationSchema, 'notifications');

/** Messages still to send (QUEUED, RETRYING): small, emptied as they go (see above). */
const notificationOutboxSchema = new Schema(notificationFields, { timestamps: false, versionKey: false });
// serves: the delivery job's due messages, oldest first
notificationOutboxSchema.index({ 'delivery.state': 1, 'delivery.nextAttemptAt': 1 });
// serves: a person's in-app list (its messages not sent yet), newest first, and the unread count
notificationOutboxSchema.index({ 'recipient.userId': 1, createdAt: -1, _id: -1 });
// serves: erasure of one person's messages
notificationOutboxSchema.index({ 'recipient.key': 1 });
// serves: withdrawing a registration's queued messages when it is cancelled
notificationOutboxSchema.index({ registrationId: 1, 'delivery.state': 1 });
// serves: withdrawing a workshop's queued reminders; notificationDeliveries(filter: { workshopId, states }) newest first
notificationOutboxSchema.index({ workshopId: 1, 'delivery.state': 1, createdAt: -1, _id: -1 });
// serves: notificationDeliveries (the Secretariat's delivery list) unfiltered, newest first (cursor: createdAt, _id)
notificationOutboxSchema.index({ createdAt: -1, _id: -1 });
// serves: notificationDeliveries(filter: { states }) newest first
notificationOutboxSchema.index({ 'delivery.state': 1, createdAt: -1, _id: -1 });
// serves: notificationDeliveries(filter: { workshopId }) newest first
notificationOutboxSchema.index({ workshopId: 1, createdAt: -1, _id: -1 });

export const notificationOutboxModel = (connection: Connection) => connection.model('NotificationOutbox', notificationOutboxSchema, 'notificationOutbox');

export const PLAN_KINDS = ['REMINDER', 'DEADLINE', 'FOLLOW_UP'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

/**
 * A message that fans out to many people at an instant derived from a workshop: a reminder
 * before the start, the registration-deadline reminder, the follow-up after the end. Its `_id`
 * is `<kind>:<workshop>[:<hours>]`, so the workshop's events move or remove exactly these.
 */
const notificationPlanSchema = new Schema(
  {
    _id: { type: String, required: true },
    kind: { type: String, enum: PLAN_KINDS, required: true },
    workshopId: { type: Types.ObjectId, required: true },
    hours: { type: Number, default: null },
    dueAt: { type: Date, required: true },
    firedAt: { type: Date, default: null },
  },
  { timestamps: false, versionKey: false },
);
// serves: the planner job's due plans
notificationPlanSchema.index({ firedAt: 1, dueAt: 1 });
// serves: moving and removing a workshop's plans
notificationPlanSchema.index({ workshopId: 1 });

export type NotificationPlanDoc = InferSchemaType<typeof notificationPlanSchema> & { _id: string };

export const notificationPlanModel = (connection: Connection) => connection.model('NotificationPlan', notificationPlanSchema, 'notificationPlans');

/** Per person (keyed by the pseudonym of their email, so people without an account can opt out too). */
const notificationPreferenceSchema = new Schema(
  {
    _id: { type: String, required: true },
    reminders: { type: Boolean, default: true },
    digests: { type: Boolean, default: true },
    updatedAt: { type: Date, required: true },
  },
  { timestamps: false, versionKey: false },
);

export type NotificationPreferenceDoc = InferSchemaType<typeof notificationPreferenceSchema> & { _id: string };

export const notificationPreferenceModel = (connection: Connection) =>
  connection.model('NotificationPreference', notificationPreferenceSchema, 'notificationPreferences');
