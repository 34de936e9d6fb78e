import { defineJob } from '../../../shared/job';

const KEEP_AFTER_EXPIRY_MS = 30 * 24 * 3_600_000;

/** Deletes sessions and invitations a month after they expired (FerretDB has no TTL indexes). */
export const sweepSessionsJob = defineJob<Record<string, never>>({
  name: 'users/sweep-sessions',
  every: '1 hour',
  options: { concurrency: 1, lockLifetime: 5 * 60_000 },
  async handler(_data, deps) {
    const before = new Date(deps.clock.now().getTime() - KEEP_AFTER_EXPIRY_MS);
    const { Session, Invitation } = deps.database.models;
    const sessions = await Session.deleteMany({ expiresAt: { $lt: before } });
    const invitations = await Invitation.deleteMany({ expiresAt: { $lt: before }, acceptedAt: null });
    if (sessions.deletedCount + invitations.deletedCount > 0) {
      deps.logger.info({ sessions: sessions.deletedCount, invitations: invitations.deletedCount }, 'expired sessions and invitations deleted');
    }
  },
});
