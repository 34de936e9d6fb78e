import { DateTime } from 'luxon';
import type { Types } from 'mongoose';
import { z } from 'zod';
import { ConflictError, ForbiddenError } from '../../errors';
import type { ServiceContext } from '../../app/context';
import { parseInput } from '../../validation';
import { recordAudit } from '../audit/audit.service';
import { requireViewer } from '../../shared/access/authorize';
import { registrationsPolicy } from './registrations.policy';
import { emailSchema } from '../users/users.validation';
import { ACTIVE_STATUSES, type RegistrationDoc } from './registration.model';
import { cancelRegistrationsOf } from './seating/workshop-wide';
import { changeRegistration } from './seating/transition';
import { keyedPseudonym, pseudonymOf } from '../../privacy/pseudonym';
import { eraseMessages } from '../notifications/outbox';
import { forgetPreferences } from '../notifications/preferences.service';
import { deleteInvitationsTo, eraseAccount } from '../users/account-erasure';
import { userByEmail } from '../users/users.queries';
import { endedWorkshopIds } from '../workshops/workshops.queries';

type Deps = Pick<ServiceContext, 'database' | 'clock' | 'config' | 'events' | 'loaders' | 'viewer' | 'logger' | 'seatFigures' | 'programme'>;

const anonymousParticipant = (registrationId: Types.ObjectId) => ({
  'participant.name': 'Anonymised participant',
  'participant.email': `anonymised-${String(registrationId)}@invalid`,
  'participant.userId': null,
  'participant.language': null,
  'participant.timeZone': null,
});

/**
 * Removes a registration's personal data, compare-and-set like every change of a registration (a
 * plain update could put back a cancellation or promotion written meanwhile). A registration
 * changing at that moment is read again and tried again.
 */
async function anonymise(deps: Pick<Deps, 'database' | 'clock'>, registration: RegistrationDoc, extra: Record<string, unknown>): Promise<void> {
  let current = registration;
  for (let attempt = 1; ; attempt++) {
    try {
      await changeRegistration(deps, current, 'anonymise', noRefusal, () => ({
        ...anonymousParticipant(current._id),
        ...extra,
        anonymisedAt: deps.clock.now(),
      }));
      return;
    } catch (err) {
      if (!(err instanceof ConflictError) || attempt >= 5) throw err;
      const fresh = await deps.database.models.Registration.findById(current._id).lean<RegistrationDoc>();
      if (!fresh) return;
      current = fresh;
    }
  }
}

const noRefusal = () => null;

/**
 * Retention: anonymises the participants of workshops that ended more than
 * PARTICIPANT_RETENTION_MONTHS ago. Status, group and attendance stay, so reports still count.
 * Idempotent: anonymised registrations are not touched again.
 */
export async function anonymiseExpiredParticipants(deps: Pick<Deps, 'database' | 'clock' | 'config'>): Promise<number> {
  const cutoff = DateTime.fromJSDate(deps.clock.now()).minus({ months: deps.config.participantRetentionMonths }).toJSDate();
  let count = 0;
  for (const workshopId of await endedWorkshopIds(deps.database, cutoff)) {
    const stale = await deps.database.models.Registration.find({ workshopId, anonymisedAt: null }).lean<RegistrationDoc[]>();
    for (const registration of stale) {
      await anonymise(deps, registration, {});
      count++;
    }
    // The messages about it carried names and addresses.
    if (stale.length > 0) await eraseMessages(deps, { workshopId });
  }
  return count;
}

/**
 * "Erase this person" (the Secretariat): their registrations are cancelled if active and
 * anonymised; their account, if any, loses name, email and password and is disabled; pending
 * invitations go. The audit log keeps only a keyed pseudonym (an HMAC of the email, src/privacy).
 */
export async function erasePerson(deps: Deps, input: unknown) {
  const viewer = requireViewer(deps.viewer);
  if (!registrationsPolicy.erase(viewer)) throw new ForbiddenError('Erasing people is for the Secretariat.');
  const { email } = parseInput(z.object({ email: emailSchema }), input);
  const { Registration } = deps.database.models;
  const now = deps.clock.now();

  const user = await userByEmail(deps.database, email);
  if (user && String(user._id) === viewer.userId) throw new ForbiddenError('You cannot erase your own account.');
  const byPerson = user ? { $or: [{ 'participant.email': email }, { 'participant.userId': user._id }] } : { 'participant.email': email };

  await cancelRegistrationsOf(deps, { ...byPerson, status: { $in: ACTIVE_STATUSES } });
  const registrations = await Registration.find(byPerson).lean<RegistrationDoc[]>();
  for (const registration of registrations) {
    // The released person claim's id holds the email's hash, which anyone with the address can recompute.
    await anonymise(deps, registration, { personClaim: `erased:${String(registration._id)}` });
  }
  if (user) await eraseAccount(deps, user, now);
  await deps.events.publish('person.erased', { userId: user ? String(user._id) : null }, { failOnError: true });
  const invitations = { deletedCount: await deleteInvitationsTo(deps, email) };
  const pseudonym = pseudonymOf(email);
  // Their messages (queued or sent, with their name and address) go too; a message queued by an
  // in-flight event after this point finds the registration anonymised and is skipped unsent.
  const byRecipient = user ? { $or: [{ 'recipient.key': pseudonym }, { 'recipient.userId': user._id }] } : { 'recipient.key': pseudonym };
  const notifications = { deletedCount: await eraseMessages(deps, byRecipient) };
  await forgetPreferences(deps, pseudonym);
  const auditPseudonym = keyedPseudonym(deps.config.pseudonymSecret, email);
  await recordAudit(deps, {
    action: 'erase.person',
    actorId: viewer.userId,
    subject: `person:${auditPseudonym}`,
    details: { registrations: registrations.length, account: Boolean(user), invitations: invitations.deletedCount, notifications: notifications.deletedCount },
  });
  return { pseudonym: auditPseudonym, registrations: registrations.length, account: Boolean(user) };
}
