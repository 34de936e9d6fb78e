import { Types } from 'mongoose';
import type { AppDeps } from '../../app/context';

export async function recordAudit(
  deps: Pick<AppDeps, 'database' | 'clock'>,
  entry: { action: string; actorId: string; subject: string; details?: Record<string, unknown> },
): Promise<void> {
  await deps.database.models.AuditEntry.create({
    action: entry.action,
    actorId: new Types.ObjectId(entry.actorId),
    subject: entry.subject,
    details: entry.details ?? {},
    at: deps.clock.now(),
  });
}
