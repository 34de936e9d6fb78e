import { Schema, Types, type Connection, type InferSchemaType } from 'mongoose';
import { logWritesOf } from '../../db/logged-writes';
import { sessionRowOf } from './access';

/** A signed-in session. The `_id` is the SHA-256 of the bearer token: the token itself is never stored. */
const sessionSchema = new Schema(
  {
    _id: { type: String, required: true },
    userId: { type: Types.ObjectId, required: true },
    expiresAt: { type: Date, required: true },
    revokedAt: { type: Date, default: null },
  },
  { timestamps: true, versionKey: false },
);
// serves: revoking all of a user's sessions (disableUser, password reset)
sessionSchema.index({ userId: 1 });
// serves: the sweep of expired sessions (no TTL indexes on FerretDB)
sessionSchema.index({ expiresAt: 1 });

// Every write is logged for the sessions in memory (access.reads.ts), with what they keep.
logWritesOf(sessionSchema, 'sessions', { image: sessionRowOf });

export type SessionDoc = InferSchemaType<typeof sessionSchema>;

export const sessionModel = (connection: Connection) => connection.model('Session', sessionSchema, 'sessions');
