import { Schema, Types, type Connection, type InferSchemaType } from 'mongoose';

export const PRIVATE_FEEDS = ['PERSONAL', 'GROUP'] as const;
export type PrivateFeed = (typeof PRIVATE_FEEDS)[number];

/**
 * A private feed's token: its SHA-256 is the `_id` (looked up by `_id` alone), and the token itself
 * is kept only sealed under the link-signing secret, for its owner to see again.
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
    /** The token sealed for its owner's eyes (sealed-token.ts); absent on links issued before. */
    sealed: { type: String, default: null },
  },
  { versionKey: false },
);
// serves: calendarFeeds (does the caller have a link?), rotation and revocation of a person's links
calendarTokenSchema.index({ userId: 1, feed: 1 });
export type CalendarTokenDoc = InferSchemaType<typeof calendarTokenSchema>;
export const calendarTokenModel = (connection: Connection) => connection.model('CalendarToken', calendarTokenSchema, 'calendartokens');
