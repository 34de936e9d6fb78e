import { workshopById } from '../workshops/workshops.queries';
import { Types } from 'mongoose';
import type { DomainEventMap, RegistrationEvent } from '../../events/domain-events';
import type { AppDeps } from '../../app/context';
import { ACTIVE_STATUSES } from '../registrations/registration.model';
import { pseudonymOf } from '../../shared/pseudonym';
import type { NotificationKind } from './notification.model';
import { enqueue, withdraw } from './outbox';
import { askForAnswers } from './answers-needed';
import { planWorkshop } from './planning.service';
import { recipientOfUser, recipientsOfRegistrations } from './recipients';
import { recentRegistrations } from '../registrations/recent-registrations';
import { userById } from '../users/users.queries';
import { organizationById } from '../organizations/organizations.queries';
import { invitationById } from '../users/users.queries';
import { registrationById, registrationsOfWorkshop } from '../registrations/registrations.queries';

/** The registration events that tell the participant something, and what. */
const REGISTRATION_MESSAGES: Record<string, NotificationKind> = {
  'registration.confirmed': 'REGISTRATION_CONFIRMED',
  'registration.waitlisted': 'REGISTRATION_WAITLISTED',
  'registration.pending': 'REGISTRATION_PENDING',
  'registration.promoted': 'REGISTRATION_PROMOTED',
  'registration.offered': 'SEAT_OFFERED',
  'registration.offerExpired': 'OFFER_EXPIRED',
  'registration.approved': 'REGISTRATION_APPROVED',
  'registration.declined': 'REGISTRATION_DECLINED',
  'registration.cancelled': 'REGISTRATION_CANCELLED',
};

/**
 * Notifications follow the workshop and registration modules' events, in whichever process
 * emits them: messages are queued as claims (one per key, however many processes react), and
 * planned reminders move with the workshop.
 */
export function subscribeNotifications(deps: AppDeps): void {
  for (const [event, kind] of Object.entries(REGISTRATION_MESSAGES)) {
    deps.events.on(event as 'registration.confirmed', (payload) => onRegistrationEvent(deps, payload, kind));
  }
  const replan = ({ workshopId }: { workshopId: string }) => planWorkshop(deps, new Types.ObjectId(workshopId));
  deps.events.on('workshop.published', replan);
  deps.events.on('workshop.updated', replan);
  deps.events.on('workshop.rescheduled', (payload) => toActiveParticipants(deps, payload.workshopId, 'WORKSHOP_CHANGED'));
  deps.events.on('workshop.relocated', (payload) => toActiveParticipants(deps, payload.workshopId, 'WORKSHOP_CHANGED'));
  // A new registration, new questions or a reminder: those with answers missing are asked (answers-needed.ts).
  for (const event of ['registration.confirmed', 'registration.waitlisted', 'registration.pending'] as const) {
    deps.events.on(event, async ({ registrationId, workshopId }) => {
      const [registration, workshop] = await Promise.all([
        recentRegistrations.get(registrationId) ?? registrationById(deps.database, registrationId),
        workshopById(deps, new Types.ObjectId(workshopId)),
      ]);
      if (registration && workshop) await askForAnswers(deps, workshopId, [registration], `r${workshop.revision ?? 0}`);
    });
  }
  const askEveryone = async (workshopId: string, round: string) => {
    await askForAnswers(deps, workshopId, await registrationsOfWorkshop(deps.database, new Types.ObjectId(workshopId), ACTIVE_STATUSES), round);
  };
  deps.events.on('workshop.questionsChanged', ({ workshopId, revision }) => askEveryone(workshopId, `r${revision}`));
  // The Secretariat is told how many were reminded once their emails are queued.
  deps.events.onSettled('workshop.answersReminder', ({ workshopId, round }) => askEveryone(workshopId, round));
  deps.events.on('letter.decided', (payload) => onLetterDecided(deps, payload));
  deps.events.on('user.invited', (payload) => onInvited(deps, payload));
  deps.events.on('user.emailConfirmationRequested', (payload) => onConfirmationRequested(deps, payload));
  deps.events.on('user.passwordResetRequested', (payload) => onPasswordResetRequested(deps, payload));
  deps.events.on('workshop.cancelled', async ({ workshopId }) => {
    const id = new Types.ObjectId(workshopId);
    await planWorkshop(deps, id);
    // The cancellation messages themselves are queued per registration (below) and must stay.
    await withdraw(deps, { workshopId: id, kind: { $ne: 'WORKSHOP_CANCELLED' } });
  });
}

async function onRegistrationEvent(deps: AppDeps, event: RegistrationEvent, kind: NotificationKind): Promise<void> {
  const [registration, workshop] = await Promise.all([
    // As the write that set the event off left it, when it was this process's (no read back).
    recentRegistrations.get(event.registrationId) ?? registrationById(deps.database, event.registrationId),
    workshopById(deps, new Types.ObjectId(event.workshopId)),
  ]);
  if (!registration || !workshop) return;
  if (kind === 'REGISTRATION_CANCELLED' || kind === 'OFFER_EXPIRED') {
    // Its reminders and other queued messages no longer apply.
    await withdraw(deps, { registrationId: registration._id });
  }
  // A cancelled workshop cancels its registrations: they hear that the workshop is off.
  const actual: NotificationKind = kind === 'REGISTRATION_CANCELLED' && workshop.status === 'CANCELLED' ? 'WORKSHOP_CANCELLED' : kind;
  const recipient = (await recipientsOfRegistrations(deps, [registration], () => workshop.timeZone)).get(String(registration._id));
  if (!recipient) return;
  const reason = actual === 'WORKSHOP_CANCELLED' ? workshop.cancellationReason : actual === 'REGISTRATION_DECLINED' ? registration.declineReason : null;
  await enqueue(deps, [
    {
      id: `${actual}:${String(registration._id)}:${workshop.sequence}`,
      kind: actual,
      recipient,
      workshopId: workshop._id,
      registrationId: registration._id,
      sequence: workshop.sequence,
      data: reason ? { reason } : {},
    },
  ]);
}

async function toActiveParticipants(deps: AppDeps, workshopId: string, kind: 'WORKSHOP_CHANGED'): Promise<void> {
  const workshop = await workshopById(deps, new Types.ObjectId(workshopId));
  if (workshop?.status !== 'PUBLISHED') return;
  const registrations = await registrationsOfWorkshop(deps.database, workshop._id, ACTIVE_STATUSES);
  const recipients = await recipientsOfRegistrations(deps, registrations, () => workshop.timeZone);
  await enqueue(
    deps,
    registrations.flatMap((registration) => {
      const recipient = recipients.get(String(registration._id));
      return recipient
        ? [
            {
              id: `${kind}:${String(registration._id)}:${workshop.sequence}`,
              kind,
              recipient,
              workshopId: workshop._id,
              registrationId: registration._id,
              sequence: workshop.sequence,
            },
          ]
        : [];
    }),
  );
}

async function onInvited(deps: AppDeps, event: DomainEventMap['user.invited']): Promise<void> {
  const invitation = await invitationById(deps.database, event.invitationId);
  if (!invitation) return;
  const [organization, inviter] = await Promise.all([organizationById(deps, invitation.organizationId), userById(deps.database, event.invitedBy)]);
  await enqueue(deps, [
    {
      id: `INVITATION:${event.invitationId}`,
      kind: 'INVITATION',
      // The invitee has no account yet: the inviter's language is the best guess, UTC for times.
      recipient: {
        key: pseudonymOf(invitation.email),
        userId: null,
        email: invitation.email,
        name: invitation.name ?? invitation.email.split('@')[0]!,
        language: inviter?.language ?? 'en',
        timeZone: inviter?.timeZone ?? 'UTC',
      },
      data: {
        invitationId: event.invitationId,
        inviteUrl: event.inviteUrl,
        expiresAt: invitation.expiresAt.toISOString(),
        organizationName: organization?.name ?? null,
      },
    },
  ]);
}

async function onConfirmationRequested(deps: AppDeps, event: DomainEventMap['user.emailConfirmationRequested']): Promise<void> {
  const user = await userById(deps.database, event.userId);
  if (!user || user.disabledAt) return;
  await enqueue(deps, [
    {
      id: `EMAIL_CONFIRMATION:${event.userId}:${event.window}`,
      kind: 'EMAIL_CONFIRMATION',
      // Not in the account's in-app list: the link must reach the mailbox only.
      recipient: { ...recipientOfUser(user), userId: null },
      data: { userId: event.userId, confirmUrl: event.confirmUrl, expiresAt: event.expiresAt.toISOString() },
    },
  ]);
}

async function onPasswordResetRequested(deps: AppDeps, event: DomainEventMap['user.passwordResetRequested']): Promise<void> {
  const user = await userById(deps.database, event.userId);
  if (!user || user.disabledAt) return;
  await enqueue(deps, [
    {
      id: `PASSWORD_RESET:${event.userId}:${event.window}`,
      kind: 'PASSWORD_RESET',
      // Not in the account's in-app list: whoever is signed in must not find the link there.
      recipient: { ...recipientOfUser(user), userId: null },
      data: { userId: event.userId, resetUrl: event.resetUrl, expiresAt: event.expiresAt.toISOString() },
    },
  ]);
}

/** The participant hears of their letter's decision: ready in My workshops, or declined with the reason. */
async function onLetterDecided(deps: AppDeps, event: DomainEventMap['letter.decided']): Promise<void> {
  const [registration, workshop] = await Promise.all([
    registrationById(deps.database, event.registrationId),
    workshopById(deps, new Types.ObjectId(event.workshopId)),
  ]);
  if (!registration || !workshop) return;
  const recipient = (await recipientsOfRegistrations(deps, [registration], () => workshop.timeZone)).get(String(registration._id));
  if (!recipient) return;
  const kind: NotificationKind = event.approved ? 'LETTER_APPROVED' : 'LETTER_DECLINED';
  await enqueue(deps, [
    {
      id: `${kind}:${event.registrationId}:${event.version}`,
      kind,
      recipient,
      workshopId: workshop._id,
      registrationId: registration._id,
      data: event.reason ? { reason: event.reason } : {},
    },
  ]);
}
