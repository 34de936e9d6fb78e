import { Schema, Types, type Connection, type InferSchemaType } from 'mongoose';

/**
 * Feed version stamps, one document per kind of change (`_id`: 'workshops' | 'registrations').
 * Every process (api and worker) replaces the stamp after a change, so a feed cached under an
 * older stamp is rebuilt wherever it lives. Always read and written by `_id`.
 */
const calendarStampSchema = new Schema(
  {
    _id: { type: String, required: true },
    /** A fresh random value per change: concurrent bumps cannot land on a value seen before. */
    version: { type: String, required: true },
    /** From the injected clock; the feeds' Last-Modified. */
    changedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
export type CalendarStampDoc = InferSchemaType<typeof calendarStampSchema>;
export const calendarStampModel = (connection: Connection) => connection.model('CalendarStamp', calendarStampSchema, 'calendarstamps');

export const PRIVATE_FEEDS = ['PERSONAL', 'GROUP'] as const;
export type PrivateFeed = (typeof PRIVATE_FEEDS)[number];

/**
 * A private feed's token: only its SHA-256 is stored, as `_id` (looked up by `_id` alone).
 * Deleting the document revokes the link at once.
 */
const calendarTokenSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: Types.ObjectId, required: true },
    feed: { type: String, enum: PRIVATE_FEEDS, required: true },
    /** The group a GROUP feed shows, fixed when issued; checked against the person on use. */
    organizationId: { type: Types.ObjectId, required: true },
    /** From the injected clock. */
    issuedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// serves: calendarFeeds (does the caller have a link?), rotation and revocation of a person's links
calendarTokenSchema.index({ userId: 1, feed: 1 });
export type CalendarTokenDoc = InferSchemaType<typeof calendarTokenSchema>;
export const calendarTokenModel = (connection: Connection) => connection.model('CalendarToken', calendarTokenSchema, 'calendartokens');
