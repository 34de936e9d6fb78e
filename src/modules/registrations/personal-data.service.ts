import { DateTime } from 'luxon';
import { updateAlone } from '../../db/document-lock';
import type { Types } from 'mongoose';
import { z } from 'zod';
import { ConflictError, ForbiddenError } from '../../errors';
import type { GraphQLContext } from '../../graphql/context';
import { parseInput } from '../../validation';
import { recordAudit } from '../audit/audit.service';
import { revokeAllSessions } from '../users/auth.service';
import { requireViewer } from '../../shared/access/authorize';
import { registrationsPolicy } from './registrations.policy';
import { emailSchema } from '../users/users.validation';
import type { WorkshopDoc } from '../workshops/workshop.model';
import { ACTIVE_STATUSES, type RegistrationDoc } from './registration.model';
import { cancelRegistrationsOf } from './seating/workshop-wide';
import { changeRegistration } from './seating/transition';
import { keyedPseudonym, pseudonymOf } from '../../privacy/pseudonym';
import { endedBy } from '../workshops/workshop-span';
import { eraseMessages } from '../notifications/outbox';

type Deps = Pick<GraphQLContext, 'database' | 'clock' | 'config' | 'events' | 'loaders' | 'viewer' | 'logger' | 'seatFigures' | 'programme'>;

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
  const ended = await deps.database.models.Workshop.find(endedBy(cutoff), { _id: 1 }).lean<Pick<WorkshopDoc, '_id'>[]>();
  let count = 0;
  for (const workshop of ended) {
    const stale = await deps.database.models.Registration.find({ workshopId: workshop._id, anonymisedAt: null }).lean<RegistrationDoc[]>();
    for (const registration of stale) {
      await anonymise(deps, registration, {});
      count++;
    }
    // The messages about it carried names and addresses.
    if (stale.length > 0) await eraseMessages(deps, { workshopId: workshop._id });
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
  const { Registration, User, Credential, Invitation } = deps.database.models;
  const now = deps.clock.now();

  const user = await User.findOne({ email }).lean();
  if (user && String(user._id) === viewer.userId) throw new ForbiddenError('You cannot erase your own account.');
  const byPerson = user ? { $or: [{ 'participant.email': email }, { 'participant.userId': user._id }] } : { 'participant.email': email };

  await cancelRegistrationsOf(deps, { ...byPerson, status: { $in: ACTIVE_STATUSES } });
  const registrations = await Registration.find(byPerson).lean<RegistrationDoc[]>();
  for (const registration of registrations) {
    // The released person claim's id holds the email's hash, which anyone with the address can recompute.
    await anonymise(deps, registration, { personClaim: `erased:${String(registration._id)}` });
  }
  if (user) {
    await updateAlone(
      deps.database,
      User,
      { _id: user._id },
      { $set: { name: 'Erased person', email: `erased-${String(user._id)}@invalid`, disabledAt: now } },
    );
    await Credential.deleteOne({ _id: user._id });
    await revokeAllSessions(deps, user._id);
  }
  await deps.events.publish('person.erased', { userId: user ? String(user._id) : null }, { failOnError: true });
  const invitations = await Invitation.deleteMany({ email });
  const pseudonym = pseudonymOf(email);
  // Their messages (queued or sent, with their name and address) go too; a message queued by an
  // in-flight event after this point finds the registration anonymised and is skipped unsent.
  const byRecipient = user ? { $or: [{ 'recipient.key': pseudonym }, { 'recipient.userId': user._id }] } : { 'recipient.key': pseudonym };
  const notifications = { deletedCount: await eraseMessages(deps, byRecipient) };
  await deps.database.models.NotificationPreference.deleteOne({ _id: pseudonym });
  const auditPseudonym = keyedPseudonym(deps.config.pseudonymSecret, email);
  await recordAudit(deps, {
    action: 'erase.person',
    actorId: viewer.userId,
    subject: `person:${auditPseudonym}`,
    details: { registrations: registrations.length, account: Boolean(user), invitations: invitations.deletedCount, notifications: notifications.deletedCount },
  });
  return { pseudonym: auditPseudonym, registrations: registrations.length, account: Boolean(user) };
}
