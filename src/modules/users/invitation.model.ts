import { Schema, Types, type Connection, type InferSchemaType } from 'mongoose';
import { ROLES } from '../../shared/access/roles';

/** A single-use, expiring invitation. The `_id` is the SHA-256 of the token in the link. */
const invitationSchema = new Schema(
  {
    _id: { type: String, required: true },
    email: { type: String, required: true },
    role: { type: String, enum: ROLES, required: true },
    organizationId: { type: Types.ObjectId, required: true },
    name: { type: String, default: null },
    invitedBy: { type: Types.ObjectId, required: true },
    expiresAt: { type: Date, required: true },
    acceptedAt: { type: Date, default: null },
    /** Set when a newer invitation to the same email replaces this one. */
    supersededAt: { type: Date, default: null },
    /**
     * True when the link was also shown to the inviter (development, or no email): accepting it
     * then proves nothing about the mailbox, so the account starts unconfirmed.
     */
    linkShownToInviter: { type: Boolean, default: false },
  },
  { timestamps: true, versionKey: false },
);
// serves: superseding earlier invitations to the same email
invitationSchema.index({ email: 1, createdAt: -1 });
// serves: a group's pending invitations
invitationSchema.index({ organizationId: 1, createdAt: -1 });
// serves: the sweep of expired invitations
invitationSchema.index({ expiresAt: 1 });

export type InvitationDoc = InferSchemaType<typeof invitationSchema>;

export const invitationModel = (connection: Connection) => connection.model('Invitation', invitationSchema, 'invitations');
