import type { Connection } from 'mongoose';
import { auditEntryModel } from './audit.model';

/** The collections this module owns, bound to one connection. */
export const auditModels = (connection: Connection) => ({
  AuditEntry: auditEntryModel(connection),
});
