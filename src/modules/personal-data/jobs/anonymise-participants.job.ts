import { anonymiseExpiredParticipants } from '../personal-data.service';
import { defineJob } from '../../../shared/job';

/** Retention: participants' personal data goes PARTICIPANT_RETENTION_MONTHS after their workshop. */
export const anonymiseParticipantsJob = defineJob<Record<string, never>>({
  // Named as when registrations ran it: deployments already have it scheduled under this name.
  name: 'registrations/anonymise-participants',
  every: '1 day',
  options: { concurrency: 1, lockLifetime: 30 * 60_000 },
  async handler(_data, deps) {
    const count = await anonymiseExpiredParticipants(deps);
    if (count > 0) deps.logger.info({ count }, 'participants anonymised after the retention period');
  },
});
