import { DateTime } from 'luxon';
import { ACCOUNT_LINK_KINDS, type NotificationKind } from '../notification.model';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { renderHtml, renderText, type Block, type DigestFacts, type Facts, type Message } from './message';

export interface Catalog {
  labels: { when: string; atVenue: string; where: string; join: string; workshop: string; position: string; online: string };
  footer: { why: string; unsubscribe: string; manage: string };
  kinds: Record<NotificationKind, (facts: Facts) => Message>;
  digestLine(workshop: DigestFacts['workshops'][number]): string;
}

const CATALOGS: Record<string, Catalog> = { en, fr, es };
export const TEMPLATE_LANGUAGES = Object.keys(CATALOGS);

/** The recipient's language where a template exists ("fr-CA" reads French), else English. */
export function templateLanguage(language: string | null | undefined): string {
  const base = (language ?? 'en').toLowerCase().split('-')[0]!;
  return base in CATALOGS ? base : 'en';
}

/**
 * Date texts already made: a batch of reminders formats the same workshop times in the same few
 * zones and languages hundreds of times, and Intl formatting is the costly part of a message.
 * Pure functions of their arguments, so a text is kept until the map is full, then all start over.
 */
const texts = new Map<string, string>();
function remembered(key: string, make: () => string): string {
  let text = texts.get(key);
  if (text === undefined) {
    if (texts.size >= 5_000) texts.clear();
    text = make();
    texts.set(key, text);
  }
  return text;
}

/** "Monday 4 May 2026, 09:00 CEST (Europe/Paris)": the zone is always named. */
export function formatInstant(instant: Date, zone: string, language: string): string {
  return remembered(`i|${instant.getTime()}|${zone}|${language}`, () => instantText(instant, zone, language));
}

function instantText(instant: Date, zone: string, language: string): string {
  const local = DateTime.fromJSDate(instant, { zone }).setLocale(language);
  const text = local.toLocaleString({
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  return `${text} (${zone})`;
}

/** Start to end in one zone; the end shows only its time when it falls on the same local day. */
export function formatSpan(startsAt: Date, endsAt: Date, zone: string, language: string): string {
  return remembered(`s|${startsAt.getTime()}|${endsAt.getTime()}|${zone}|${language}`, () => spanText(startsAt, endsAt, zone, language));
}

function spanText(startsAt: Date, endsAt: Date, zone: string, language: string): string {
  const start = DateTime.fromJSDate(startsAt, { zone });
  const end = DateTime.fromJSDate(endsAt, { zone }).setLocale(language);
  const endText = start.hasSame(end, 'day')
    ? end.toLocaleString({ hour: '2-digit', minute: '2-digit', timeZoneName: 'short' })
    : end.toLocaleString({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
  return `${formatInstant(startsAt, zone, language).replace(/ \([^)]*\)$/, '')} – ${endText} (${zone})`;
}

/** "tomorrow", "in 7 days", "in 3 hours" in the recipient's language, from the time left. */
export function formatStartsIn(startsAt: Date, now: Date, language: string): string {
  const hours = Math.max(1, Math.round((startsAt.getTime() - now.getTime()) / 3_600_000));
  return remembered(`r|${hours}|${language}`, () => {
    const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
    return hours >= 20 ? format.format(Math.max(1, Math.round(hours / 24)), 'day') : format.format(hours, 'hour');
  });
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/**
 * The whole message in the recipient's language: the kind's wording, then the workshop's facts
 * (times in the recipient's zone, and at the venue), links, and a footer (with an unsubscribe
 * link for optional messages).
 */
export function renderNotification(
  kind: NotificationKind,
  facts: Facts,
  language: string,
  links: { manageUrl: string; unsubscribeUrl: string | null },
): RenderedMail {
  const catalog = CATALOGS[templateLanguage(language)]!;
  const message = catalog.kinds[kind](facts);
  const details: [string, string][] = [];
  if (kind !== 'SECRETARIAT_DIGEST' && !ACCOUNT_LINK_KINDS.includes(kind)) {
    details.push([catalog.labels.when, facts.when]);
    if (facts.whenAtVenue) details.push([catalog.labels.atVenue, facts.whenAtVenue]);
    if (facts.place) details.push([catalog.labels.where, facts.place]);
    if (facts.joiningLink) details.push([catalog.labels.join, facts.joiningLink]);
    if (facts.waitlistPosition && kind !== 'REGISTRATION_APPROVED') details.push([catalog.labels.position, String(facts.waitlistPosition)]);
  }
  const blocks: Block[] = [...message.blocks];
  if (facts.materials.length > 0) blocks.push({ list: facts.materials.map((m) => ({ text: m.title, url: m.url })) });
  if (facts.digest && facts.digest.workshops.length > 0)
    blocks.push({ list: facts.digest.workshops.map((w) => ({ text: catalog.digestLine(w), url: w.url })) });
  if (details.length > 0) blocks.push({ facts: details });
  if (facts.workshopUrl) blocks.push({ link: catalog.labels.workshop, url: facts.workshopUrl });
  const footer: Block[] = [{ p: catalog.footer.why }, { link: catalog.footer.manage, url: links.manageUrl }];
  if (links.unsubscribeUrl) footer.push({ link: catalog.footer.unsubscribe, url: links.unsubscribeUrl });
  const full = { subject: message.subject, blocks };
  return { subject: message.subject, text: renderText(full, footer), html: renderHtml(full, footer, templateLanguage(language)) };
}
