import { DateTime } from 'luxon';
import { z } from 'zod';
import type { ServiceContext } from '../../app/context';
import { ForbiddenError } from '../../shared/errors';
import { keyedPseudonym, pseudonymOf } from '../../shared/pseudonym';
import { requireViewer } from '../../shared/access/authorize';
import { parseInput } from '../../shared/validation';
import { recordAudit } from '../audit/audit.service';
import { eraseMessages } from '../notifications/outbox';
import { forgetPreferences } from '../notifications/preferences.service';
import { anonymiseRegistrationsOf, eraseRegistrationsOf } from '../registrations/anonymise';
import { deleteInvitationsTo, eraseAccount } from '../users/account-erasure';
import { userByEmail } from '../users/users.queries';
import { emailSchema } from '../users/users.validation';
import { endedWorkshopIds, workshopById } from '../workshops/workshops.queries';
import { questionLibrary } from '../questions/questions.queries';
import { purgeAnswersOf } from '../registrations/answers-retention';
import { personalDataPolicy } from './personal-data.policy';

/*
 * Personal data across the modules that hold it: retention after workshops end, and erasing a
 * person on request. Each module removes its own part; this one decides when and keeps the audit.
 */

type Deps = Pick<ServiceContext, 'database' | 'clock' | 'config' | 'events' | 'loaders' | 'viewer' | 'logger' | 'seatFigures' | 'programme'>;

/**
 * Retention: anonymises the participants of workshops that ended more than
 * PARTICIPANT_RETENTION_MONTHS ago. Status, group and attendance stay, so reports still count.
 * Idempotent: anonymised registrations are not touched again.
 */
export async function anonymiseExpiredParticipants(deps: Pick<Deps, 'database' | 'clock' | 'config'>): Promise<number> {
  const cutoff = DateTime.fromJSDate(deps.clock.now()).minus({ months: deps.config.participantRetentionMonths }).toJSDate();
  let count = 0;
  for (const workshopId of await endedWorkshopIds(deps.database, cutoff)) {
    const anonymised = await anonymiseRegistrationsOf(deps, workshopId);
    count += anonymised;
    // The messages about it carried names and addresses.
    if (anonymised > 0) await eraseMessages(deps, { workshopId });
  }
  return count;
}

/**
 * Retention of EPHEMERAL answers (passport numbers, health): each question's answers go its
 * purgeAfterDays after the workshop ends, whatever else the registration keeps. Idempotent.
 */
export async function purgeEphemeralAnswers(deps: Pick<Deps, 'database' | 'clock' | 'programme'> & Pick<ServiceContext, 'questions'>): Promise<number> {
  const ephemeral = (await questionLibrary(deps)).list(true).filter((question) => question.sensitivity === 'EPHEMERAL' && question.purgeAfterDays);
  const now = DateTime.fromJSDate(deps.clock.now());
  let purged = 0;
  for (const days of new Set(ephemeral.map((question) => question.purgeAfterDays!))) {
    const due = ephemeral.filter((question) => question.purgeAfterDays === days).map((question) => String(question._id));
    for (const workshopId of await endedWorkshopIds(deps.database, now.minus({ days }).toJSDate())) {
      // Only workshops asking one of them hold such answers (the workshop is in memory).
      const asked = (await workshopById(deps, workshopId))?.questions ?? [];
      const here = due.filter((id) => asked.some((pick) => String(pick.questionId) === id));
      if (here.length > 0) purged += await purgeAnswersOf(deps, workshopId, here);
    }
  }
  return purged;
}

/**
 * "Erase this person" (the Secretariat): their registrations are cancelled if active and
 * anonymised; their account, if any, loses name, email and password and is disabled; pending
 * invitations go. The audit log keeps only a keyed pseudonym (an HMAC of the email, src/privacy).
 */
export async function erasePerson(deps: Deps, input: unknown) {
  const viewer = requireViewer(deps.viewer);
  if (!personalDataPolicy.erase(viewer)) throw new ForbiddenError('Erasing people is for the Secretariat.');
  const { email } = parseInput(z.object({ email: emailSchema }), input);
  const now = deps.clock.now();

  const user = await userByEmail(deps.database, email);
  if (user && String(user._id) === viewer.userId) throw new ForbiddenError('You cannot erase your own account.');
  const registrations = await eraseRegistrationsOf(deps, { email, userId: user?._id ?? null });
  if (user) await eraseAccount(deps, user, now);
  await deps.events.publish('person.erased', { userId: user ? String(user._id) : null }, { failOnError: true });
  const invitations = await deleteInvitationsTo(deps, email);
  const pseudonym = pseudonymOf(email);
  // Their messages (queued or sent, with their name and address) go too; a message queued by an
  // in-flight event after this point finds the registration anonymised and is skipped unsent.
  const byRecipient = user ? { $or: [{ 'recipient.key': pseudonym }, { 'recipient.userId': user._id }] } : { 'recipient.key': pseudonym };
  const notifications = await eraseMessages(deps, byRecipient);
  await forgetPreferences(deps, pseudonym);
  const auditPseudonym = keyedPseudonym(deps.config.pseudonymSecret, email);
  await recordAudit(deps, {
    action: 'erase.person',
    actorId: viewer.userId,
    subject: `person:${auditPseudonym}`,
    details: { registrations, account: Boolean(user), invitations, notifications },
  });
  return { pseudonym: auditPseudonym, registrations, account: Boolean(user) };
}
