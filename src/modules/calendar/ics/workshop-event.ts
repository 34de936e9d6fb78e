import ical, { escape as escapeText, foldLines, ICalCalendarMethod, ICalEvent, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { DateTime, IANAZone } from 'luxon';
import { countryName } from '../../organizations/reference/countries';
import { languageName } from '../../organizations/reference/languages';
import { topicLabel } from '../../organizations/reference/topics';
import type { WorkshopDoc } from '../../workshops/workshop.model';
import { vtimezone } from './vtimezone';

/*
 * One workshop as one iCalendar VEVENT, independent of HTTP: the feeds use it and so can mail
 * (a confirmation's .ics attachment). The exported API:
 *
 *   workshopIcs(workshop, { publicUrl, includeJoiningLink, now?, tentative? }): string
 *       A whole VCALENDAR (METHOD:PUBLISH) with the event and its VTIMEZONE, CRLF, folded.
 *   addWorkshopEvent(calendar, workshop, options): ICalEvent
 *       Adds the event to an ical-generator calendar made by newWorkshopCalendar(name, method?).
 *   workshopEventText(workshop, options): string
 *       The folded VEVENT alone (the feeds cache these per workshop revision).
 *   workshopUid(workshopId, publicUrl): string
 *
 * `workshop` is the lean WorkshopDoc (or any object with the fields of CalendarWorkshop).
 * `publicUrl`: pass publicBaseUrl(config) (src/http/public-url.ts) so UIDs and URLs match the feeds'.
 * Choices calendar apps rely on:
 * - One VEVENT per workshop, UID `workshop-<id>@<PUBLIC_URL host>`, stable for its whole life.
 *   Sessions are listed in DESCRIPTION rather than exported as events of their own: sessions are
 *   stored anew on each edit (no stable id to build a UID from), and the span they lie in is the
 *   workshop. A series is stored as separate workshops, so it is exported as separate events
 *   (no RRULE), each with its own UID, consistently with how it is edited.
 * - DTSTART/DTEND carry TZID = the venue's zone, with a VTIMEZONE generated from the same tz data
 *   (see vtimezone.ts); UTC workshops are written in UTC ("Z"), and so is a workshop that starts
 *   or ends in an hour that the end of DST repeats: RFC 5545 reads such a local time as its first
 *   occurrence, some clients (ical.js) as the second, so only UTC is unambiguous there.
 * - SEQUENCE is the workshop's `sequence` (it rises with time, place and cancellation changes).
 *   STATUS: CANCELLED for a cancelled workshop, TENTATIVE when `tentative` (a waitlisted or
 *   pending registration), CONFIRMED otherwise.
 * - LAST-MODIFIED is the workshop's last stored revision (`revisedAt`, else publication or
 *   creation), not `updatedAt`, which seat recounts move. DTSTAMP is `now` when given (a mailed
 *   object), else that same instant, in UTC: a feed's bytes stay a function of the workshop's
 *   revisions, so cached events and ETags stay honest.
 * - The joining link (onlineUrl) is written only with includeJoiningLink: callers decide who may
 *   see it (confirmed participants, the Secretariat), never public feeds. No participant data.
 */

export type CalendarWorkshop = Pick<
  WorkshopDoc,
  | '_id'
  | 'kind'
  | 'title'
  | 'summary'
  | 'description'
  | 'topics'
  | 'languages'
  | 'format'
  | 'venue'
  | 'onlineUrl'
  | 'timeZone'
  | 'startsAt'
  | 'endsAt'
  | 'status'
  | 'sequence'
  | 'cancellationReason'
> &
  Partial<Pick<WorkshopDoc, 'revision' | 'revisedAt' | 'publishedAt'>> & {
    sessions?: readonly { title: string; startsAt: Date; endsAt: Date }[] | null;
    createdAt?: Date | null;
  };

export interface WorkshopEventOptions {
  /** PUBLIC_URL without a trailing slash: the UID's host and the event's URL come from it. */
  publicUrl: string;
  /** Write the joining link into DESCRIPTION: only for confirmed participants and the Secretariat. */
  includeJoiningLink: boolean;
  /** DTSTAMP (UTC); defaults to the workshop's last change. */
  now?: Date;
  /** STATUS:TENTATIVE (a waitlisted or pending registration) unless the workshop is cancelled. */
  tentative?: boolean;
}

const PRODUCT = { company: 'Knowledge Exchange', product: 'Workshops', language: 'EN' } as const;

export function workshopUid(workshopId: unknown, publicUrl: string): string {
  return `workshop-${String(workshopId)}@${new URL(publicUrl).hostname}`;
}

/** An ical-generator calendar set up as these events need: no calendar zone (DTSTAMP stays UTC) and VTIMEZONEs. */
export function newWorkshopCalendar(name: string, method: ICalCalendarMethod | null = null): ICalCalendar {
  // ical-generator writes NAME and X-WR-CALNAME unescaped.
  const calendar = ical({ prodId: PRODUCT, name: escapeText(name, false), ...(method ? { method } : {}) });
  calendar.timezone({
    name: null,
    generator: (zone) => {
      const years = calendar
        .events()
        .filter((event) => event.timezone() === zone)
        .flatMap((event) => [event.start(), event.end()])
        .map((at) => (DateTime.isDateTime(at) ? at.toUTC().year : new Date(String(at)).getUTCFullYear()));
      return years.length ? vtimezone(zone, Math.min(...years), Math.max(...years)) : null;
    },
  });
  return calendar;
}

export function addWorkshopEvent(calendar: ICalCalendar, workshop: CalendarWorkshop, options: WorkshopEventOptions): ICalEvent {
  return calendar.createEvent(eventData(workshop, options));
}

// A calendar with no zone and no events, used only as the parent of standalone events.
const detached = ical({ prodId: PRODUCT });

/** The event alone, folded, CRLF-terminated: what a feed concatenates. */
export function workshopEventText(workshop: CalendarWorkshop, options: WorkshopEventOptions): string {
  return foldLines(new ICalEvent(eventData(workshop, options), detached).toString());
}

/** A complete .ics for one workshop (METHOD:PUBLISH), e.g. to attach to a confirmation email. */
export function workshopIcs(workshop: CalendarWorkshop, options: WorkshopEventOptions): string {
  const calendar = newWorkshopCalendar(workshop.title, ICalCalendarMethod.PUBLISH);
  addWorkshopEvent(calendar, workshop, options);
  return `${calendar.toString()}\r\n`;
}

function eventData(workshop: CalendarWorkshop, options: WorkshopEventOptions) {
  const zone = workshop.timeZone;
  const utc = zone === 'UTC' || zone === 'Etc/UTC' || repeatedWallTime(workshop.startsAt, zone) || repeatedWallTime(workshop.endsAt, zone);
  const at = (instant: Date) => DateTime.fromJSDate(instant, { zone: utc ? 'utc' : zone });
  const revised = lastRevised(workshop);
  const stamp = options.now ?? revised;
  const cancelled = workshop.status === 'CANCELLED';
  const id = String(workshop._id);
  return {
    id: workshopUid(id, options.publicUrl),
    sequence: workshop.sequence ?? 0,
    stamp: DateTime.fromJSDate(stamp, { zone: 'utc' }),
    start: at(workshop.startsAt),
    end: at(workshop.endsAt),
    timezone: utc ? null : zone,
    summary: cancelled ? `Cancelled: ${workshop.title}` : workshop.title,
    description: describe(workshop, options.includeJoiningLink),
    location: locationOf(workshop),
    url: `${options.publicUrl}/calendar/workshops/${id}.ics`,
    categories: (workshop.topics ?? []).map((code) => ({ name: topicLabel(code) })),
    status: cancelled ? ICalEventStatus.CANCELLED : options.tentative ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    lastModified: DateTime.fromJSDate(revised, { zone: 'utc' }),
  };
}

/** Whether the wall-clock time of `instant` in `zone` also names another instant (DST ending). */
export function repeatedWallTime(instant: Date, zone: string): boolean {
  const tz = IANAZone.create(zone);
  if (!tz.isValid) return false;
  const at = instant.getTime();
  const wall = at + tz.offset(at) * 60_000;
  for (const probe of [at - 3 * 3_600_000, at + 3 * 3_600_000]) {
    const offset = tz.offset(probe);
    const other = wall - offset * 60_000;
    if (other !== at && tz.offset(other) === offset) return true;
  }
  return false;
}

/** The last change calendar readers could see: the last stored revision, else publication or creation. */
export function lastRevised(workshop: CalendarWorkshop): Date {
  return workshop.revisedAt ?? workshop.publishedAt ?? workshop.createdAt ?? workshop.startsAt;
}

const FORMATS: Record<string, string> = { IN_PERSON: 'In person', ONLINE: 'Online', HYBRID: 'In person and online' };

function locationOf(workshop: CalendarWorkshop): string | null {
  const venue = workshop.venue;
  if (workshop.format === 'ONLINE' || !venue) return workshop.format === 'IN_PERSON' ? null : 'Online';
  const place = [venue.name, venue.address, venue.city, countryName(venue.country)].filter(Boolean).join(', ');
  return workshop.format === 'HYBRID' ? `${place} (and online)` : place;
}

/** Plain text: what, when (sessions in the venue's zone), how, and the link where allowed. */
function describe(workshop: CalendarWorkshop, includeJoiningLink: boolean): string {
  const parts: string[] = [];
  if (workshop.status === 'CANCELLED')
    parts.push(`This ${kindName(workshop.kind)} is cancelled.${workshop.cancellationReason ? ` ${workshop.cancellationReason}` : ''}`);
  if (workshop.summary) parts.push(workshop.summary);
  if (workshop.description) parts.push(workshop.description);
  if (workshop.sessions?.length) {
    const local = (instant: Date, format: string) => DateTime.fromJSDate(instant, { zone: workshop.timeZone }).setLocale('en-GB').toFormat(format);
    parts.push(
      [
        `Sessions (${workshop.timeZone}):`,
        ...workshop.sessions.map((s) => `- ${local(s.startsAt, 'ccc d LLL yyyy, HH:mm')}-${local(s.endsAt, 'HH:mm')} ${s.title}`),
      ].join('\n'),
    );
  }
  const facts = [`Format: ${FORMATS[workshop.format] ?? workshop.format}`];
  if (workshop.languages?.length) facts.push(`Languages: ${workshop.languages.map((code) => languageName(code)).join(', ')}`);
  parts.push(facts.join('\n'));
  if (includeJoiningLink && workshop.onlineUrl && workshop.format !== 'IN_PERSON') parts.push(`Joining link: ${workshop.onlineUrl}`);
  return parts.join('\n\n');
}

const kindName = (kind: string) => (kind === 'FORUM' ? 'forum' : kind === 'WEBINAR' ? 'webinar' : 'workshop');
