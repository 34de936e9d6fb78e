import type { Types } from 'mongoose';
import { workshopById } from '../workshops/workshops.queries';
import type { AppDeps } from '../../app/context';
import { workshopMaterials } from '../resources/workshop-materials';
import { publicBaseUrl } from '../../http/public-url';
import { workshopIcs } from '../calendar/ics/workshop-event';
import { countryNameFor } from '../organizations/reference/countries';
import { waitingRanksOf } from '../registrations/seat-figures.reads';
import type { RegistrationFacts, SeatTally } from '../registrations/seat-tally';
import type { WorkshopDoc } from '../workshops/workshop.model';
import { manageNotificationsUrl, unsubscribeUrl, workshopPageUrl } from './links';
import type { OutgoingMail } from './mailer';
import { OPTIONAL_CATEGORY, type NotificationDoc, type NotificationKind } from './notification.model';
import { formatInstant, formatSpan, formatStartsIn, renderNotification, templateLanguage } from './templates/catalog';
import type { DigestFacts, Facts } from './templates/message';
import { invitationById } from '../users/users.queries';

type Deps = Pick<AppDeps, 'database' | 'clock' | 'config' | 'programme' | 'seatFigures'>;

/** What a message is composed from: the workshop, and its registration's facts from the seat tally (no personal data). */
export interface Subjects {
  workshop: WorkshopDoc | null;
  registration: RegistrationFacts | null;
  /** The tally they were read from (waiting-list ranks). */
  seats: SeatTally;
}

/** Kinds that show the joining link (to confirmed participants only). */
const SHOWS_JOINING_LINK: NotificationKind[] = [
  'REGISTRATION_CONFIRMED',
  'REGISTRATION_PROMOTED',
  'REGISTRATION_APPROVED',
  'WORKSHOP_REMINDER',
  'WORKSHOP_CHANGED',
];
/** Kinds that carry the workshop's .ics (the feeds' own event: same UID, so calendars update it). */
const ATTACHES_EVENT: NotificationKind[] = [
  'REGISTRATION_CONFIRMED',
  'REGISTRATION_PROMOTED',
  'REGISTRATION_APPROVED',
  'WORKSHOP_CHANGED',
  'WORKSHOP_CANCELLED',
];
const NEEDS_CONFIRMED: NotificationKind[] = ['WORKSHOP_REMINDER', 'WORKSHOP_FOLLOW_UP'];
const NEEDS_ACTIVE: NotificationKind[] = [
  'WORKSHOP_CHANGED',
  'REGISTRATION_WAITLISTED',
  'REGISTRATION_PENDING',
  'ANSWERS_NEEDED',
  'LETTER_APPROVED',
  'LETTER_DECLINED',
];

export type Composed = { skip: string } | { mail: Omit<OutgoingMail, 'messageId'> };

/**
 * The email for one queued notification, from the workshop and registration as they are now (a
 * change message shows the new time), or a reason to skip it when it no longer applies. Both come
 * from read models proven current (the programme; the seat tally keeps every registration's
 * state, group, offer and ticket), so composing reads neither collection: on FerretDB 1.24 any
 * read of the registrations but by `_id` decodes them all, and one by `_id` walks to it.
 */
export async function composeNotification(
  deps: Deps,
  notification: NotificationDoc,
  /** The workshop and registration when the caller read them already (the delivery job, once per batch). */
  known?: Subjects,
): Promise<Composed> {
  const { workshop, registration, seats } = known ?? (await subjectsOf(deps, notification));
  const skip = reasonToSkip(notification, workshop, registration, deps.clock.now()) ?? (await invitationClosed(deps, notification));
  if (skip) return { skip };
  const { recipient } = notification;
  const language = templateLanguage(recipient.language);
  const facts = factsOf(deps, notification, workshop, registration, language);
  if (registration?.status === 'WAITLISTED' && !registration.offerExpiresAt) facts.waitlistPosition = await waitlistPosition(deps, seats, registration);
  if (notification.kind === 'WORKSHOP_FOLLOW_UP' && workshop) {
    facts.materials = await workshopMaterials(deps, workshop._id, { language, organizationId: registration?.organizationId ?? null });
  }
  const category = OPTIONAL_CATEGORY[notification.kind];
  const unsubscribe = category ? unsubscribeUrl(deps.config, recipient.key, category) : null;
  const rendered = renderNotification(notification.kind, facts, language, { manageUrl: manageNotificationsUrl(deps.config), unsubscribeUrl: unsubscribe });
  return {
    mail: {
      to: { name: recipient.name, address: recipient.email },
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      attachments: eventAttachment(deps, notification.kind, workshop, registration),
      headers: {
        'Content-Language': language,
        ...(unsubscribe ? { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
      },
    },
  };
}

/** A message's workshop (the programme) and registration (the seat tally), each proven current. */
async function subjectsOf(deps: Deps, notification: NotificationDoc): Promise<Subjects> {
  const [workshop, seats] = await Promise.all([
    notification.workshopId ? workshopById(deps, notification.workshopId as Types.ObjectId) : null,
    deps.seatFigures.current(),
  ]);
  return { workshop, registration: notification.registrationId ? seats.registration(String(notification.registrationId)) : null, seats };
}

/**
 * The in-app text of a notification: what the email said once composed, else (still queued) the
 * same template over the workshop alone.
 */
export function notificationContent(deps: Pick<Deps, 'config' | 'clock'>, n: NotificationDoc, workshop: WorkshopDoc | null): { subject: string; text: string } {
  if (n.content?.subject) return { subject: n.content.subject, text: n.content.text ?? '' };
  const language = templateLanguage(n.recipient.language);
  const rendered = renderNotification(n.kind, factsOf(deps, n, workshop, null, language), language, {
    manageUrl: manageNotificationsUrl(deps.config),
    unsubscribeUrl: null,
  });
  return { subject: rendered.subject, text: rendered.text };
}

async function invitationClosed(deps: Deps, n: NotificationDoc): Promise<string | null> {
  if (n.kind !== 'INVITATION') return null;
  const invitation = await invitationById(deps.database, (n.data as { invitationId?: string }).invitationId);
  if (!invitation || invitation.acceptedAt || invitation.supersededAt || invitation.expiresAt <= deps.clock.now()) return 'invitation no longer open';
  return null;
}

function eventAttachment(deps: Deps, kind: NotificationKind, workshop: WorkshopDoc | null, registration: RegistrationFacts | null) {
  if (!workshop || !ATTACHES_EVENT.includes(kind)) return undefined;
  const confirmed = registration?.status === 'CONFIRMED';
  if (kind !== 'WORKSHOP_CANCELLED' && !confirmed) return undefined;
  const ics = workshopIcs(workshop, { publicUrl: publicBaseUrl(deps.config), includeJoiningLink: confirmed, now: deps.clock.now() });
  return [{ filename: 'workshop.ics', content: ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }];
}

/** The account-link messages (ACCOUNT_LINK_KINDS), by what their single-use link is for. */
const ACCOUNT_LINKS: Partial<Record<NotificationKind, string>> = {
  INVITATION: 'invitation',
  EMAIL_CONFIRMATION: 'confirmation',
  PASSWORD_RESET: 'reset',
  ANSWERS_NEEDED: 'answer',
};

/** The single-use link an account-link message carries until it is sent (delivery.service drops it then). */
function accountLinkOf(n: NotificationDoc): string | undefined {
  const data = n.data as { inviteUrl?: string; confirmUrl?: string; resetUrl?: string; answerUrl?: string } | null;
  return data?.inviteUrl ?? data?.confirmUrl ?? data?.resetUrl ?? data?.answerUrl;
}

function reasonToSkip(n: NotificationDoc, workshop: WorkshopDoc | null, registration: RegistrationFacts | null, now: Date): string | null {
  if (n.workshopId && !workshop) return 'workshop gone';
  if (n.registrationId && !registration) return 'registration gone';
  if (registration?.anonymised) return 'participant erased';
  if (NEEDS_CONFIRMED.includes(n.kind) && registration?.status !== 'CONFIRMED') return 'no longer confirmed';
  if (NEEDS_ACTIVE.includes(n.kind) && !['CONFIRMED', 'WAITLISTED', 'PENDING_APPROVAL'].includes(registration?.status ?? '')) return 'no longer registered';
  if (n.kind === 'WORKSHOP_REMINDER' && (workshop!.status !== 'PUBLISHED' || workshop!.startsAt <= now)) return 'workshop started or not on';
  if (n.kind === 'WORKSHOP_CHANGED' && workshop!.status === 'CANCELLED') return 'workshop cancelled since';
  if (n.kind === 'SEAT_OFFERED' && (!registration?.offerExpiresAt || registration.offerExpiresAt <= now)) return 'offer no longer open';
  if (n.kind === 'REGISTRATION_DEADLINE' && (workshop!.status !== 'PUBLISHED' || workshop!.registrationClosesAt <= now)) return 'registration closed';
  const link = ACCOUNT_LINKS[n.kind];
  if (link && !accountLinkOf(n)) return `${link} link no longer kept`;
  return null;
}

function factsOf(
  deps: Pick<Deps, 'config' | 'clock'>,
  n: NotificationDoc,
  workshop: WorkshopDoc | null,
  registration: RegistrationFacts | null,
  language: string,
): Facts {
  const zone = n.recipient.timeZone;
  const data = (n.data ?? {}) as {
    reason?: string;
    organizationName?: string;
    digest?: DigestFacts;
    expiresAt?: string;
  };
  const singleUseLink = accountLinkOf(n);
  const confirmed = registration?.status === 'CONFIRMED';
  return {
    recipientName: n.recipient.name,
    workshopTitle: workshop?.title ?? '',
    when: workshop ? formatSpan(workshop.startsAt, workshop.endsAt, zone, language) : '',
    whenAtVenue: workshop && workshop.timeZone !== zone ? formatSpan(workshop.startsAt, workshop.endsAt, workshop.timeZone, language) : null,
    place: workshop ? placeOf(workshop, language) : null,
    joiningLink: workshop?.onlineUrl && confirmed && SHOWS_JOINING_LINK.includes(n.kind) ? workshop.onlineUrl : null,
    workshopUrl: workshop ? workshopPageUrl(deps.config, String(workshop._id)) : '',
    waitlistPosition: null,
    offerExpires: registration?.offerExpiresAt ? formatInstant(registration.offerExpiresAt, zone, language) : null,
    reason: data.reason ?? null,
    startsIn: workshop ? formatStartsIn(workshop.startsAt, deps.clock.now(), language) : null,
    registrationCloses: workshop ? formatInstant(workshop.registrationClosesAt, zone, language) : null,
    organizationName: data.organizationName ?? null,
    materials: [],
    digest: data.digest ?? null,
    invitation: singleUseLink && data.expiresAt ? { url: singleUseLink, expires: formatInstant(new Date(data.expiresAt), zone, language) } : null,
  };
}

/** The venue line of a message, in the reader's language (country names from the same list as the feeds). */
export function placeOf(workshop: Pick<WorkshopDoc, 'venue' | 'format'>, language: string): string | null {
  const venue = workshop.venue
    ? [workshop.venue.name, workshop.venue.address, workshop.venue.city, countryNameFor(workshop.venue.country, language)].filter(Boolean).join(', ')
    : null;
  const online = workshop.format !== 'IN_PERSON' ? ({ en: 'Online', fr: 'En ligne', es: 'En línea' }[language] ?? 'Online') : null;
  return [venue, online].filter(Boolean).join(' + ') || null;
}

/** The same live rank the API shows (`Registration.waitlistPosition`), from the tally's ticket holders. */
async function waitlistPosition(deps: Deps, seats: SeatTally, registration: RegistrationFacts): Promise<number | null> {
  if (registration.waitTicket === null) return null;
  return (await waitingRanksOf(deps.database, seats, registration.workshopId)).get(registration.waitTicket) ?? null;
}
