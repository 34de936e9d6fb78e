import { Schema, Types, type Connection, type InferSchemaType } from 'mongoose';
import { logWritesOf } from '../../db/logged-writes';
import { ROLES } from '../../shared/access/roles';
import { accountRowOf } from './access';

const userSchema = new Schema(
  {
    /** Stored lower-cased and trimmed, so uniqueness is case-insensitive. */
    email: { type: String, required: true, maxlength: 254 },
    name: { type: String, required: true, maxlength: 200 },
    role: { type: String, required: true, enum: ROLES },
    organizationId: { type: Types.ObjectId, required: true },
    timeZone: { type: String, required: true, default: 'UTC' },
    language: { type: String, required: true, default: 'en' },
    disabledAt: { type: Date, default: null },
    /**
     * When the person proved they receive mail at `email` (an emailed invitation link, or the
     * emailed confirmation). Until then nothing is matched to the account by email.
     */
    emailVerifiedAt: { type: Date, default: null },
  },
  { timestamps: true, versionKey: false },
);
// serves: sign-in and invitations by email; email is always present, so the unique index is
// identical on MongoDB and FerretDB (DESIGN.md: no unique index on a field that may be missing).
userSchema.index({ email: 1 }, { unique: true });
// serves: a group's people (coordinators, registration checks)
userSchema.index({ organizationId: 1, role: 1 });

// Every write is logged for the accounts in memory (access.reads.ts), with their role, group,
// state, time zone and language only: no name or address goes into the log.
logWritesOf(userSchema, 'users', { image: accountRowOf });

export type UserDoc = InferSchemaType<typeof userSchema> & { _id: Types.ObjectId };

export const userModel = (connection: Connection) => connection.model('User', userSchema, 'users');
