import { Schema, Types, type Connection, type InferSchemaType } from 'mongoose';

/**
 * Who did what to personal data, and when: exports, erasures. Entries name people by account id
 * only (a pseudonym once erased), never by name or email.
 */
const auditEntrySchema = new Schema(
  {
    action: { type: String, required: true },
    actorId: { type: Types.ObjectId, required: true },
    subject: { type: String, required: true },
    details: { type: Schema.Types.Mixed, default: {} },
    at: { type: Date, required: true },
  },
  { timestamps: false, versionKey: false },
);
// serves: the audit trail of one subject (a workshop's exports), newest first
auditEntrySchema.index({ subject: 1, at: -1 });
// serves: what one person did
auditEntrySchema.index({ actorId: 1, at: -1 });

export type AuditEntry = InferSchemaType<typeof auditEntrySchema>;

export const auditEntryModel = (connection: Connection) => connection.model('AuditEntry', auditEntrySchema, 'auditLog');
