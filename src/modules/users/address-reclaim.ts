import { updateAlone } from '../../db/document-lock';
import type { ServiceContext } from '../../app/context';
import { recordAudit } from '../audit/audit.service';
import { revokeAllSessions } from './auth.service';
import type { UserDoc } from './user.model';

type Ctx = Pick<ServiceContext, 'database' | 'clock' | 'config' | 'events'>;

/**
 * The mailbox's owner takes the address back from an account that never proved it (made from a
 * link someone passed on by hand while email was off): when an invitation that reached the
 * address by email alone is accepted, that account is retired, signed out and disabled, and its
 * address freed, so a squatter can hold an address only until its owner gets an invitation.
 * The write is guarded on the account still being unproven: one that proved the address meanwhile
 * keeps it. Answers whether the address is free now.
 */
export async function reclaimUnprovenAddress(ctx: Ctx, email: string): Promise<boolean> {
  const holder = await ctx.database.models.User.findOne({ email }, { _id: 1, emailVerifiedAt: 1 }).lean<Pick<UserDoc, '_id' | 'emailVerifiedAt'>>();
  if (!holder) return true;
  if (holder.emailVerifiedAt) return false;
  const retired = await updateAlone<UserDoc>(
    ctx.database,
    ctx.database.models.User,
    { _id: holder._id, emailVerifiedAt: null },
    { $set: { email: `retired-${String(holder._id)}@unproven.invalid`, disabledAt: ctx.clock.now() } },
  );
  if (!retired) return false;
  await revokeAllSessions(ctx, holder._id);
  await ctx.events.publish('user.disabled', { userId: String(holder._id) }, { failOnError: true });
  await recordAudit(ctx, { action: 'user.addressReclaimed', actorId: String(holder._id), subject: `user:${String(holder._id)}` });
  return true;
}
