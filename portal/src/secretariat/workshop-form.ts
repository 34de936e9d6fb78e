import type { CreateWorkshopInput, SecretariatWorkshopQuery, WorkshopFormat, WorkshopKind } from '../gql/graphql';
import { KNOWN_LANGUAGES, otherTags } from '../pickers';

/** The editor's fields as typed (numbers and lists as text), to and from the API's workshop. */
export type WorkshopDetail = NonNullable<SecretariatWorkshopQuery['workshop']>;

export interface Form {
  kind: WorkshopKind;
  title: string;
  summary: string;
  description: string;
  topics: string[];
  /** Ticked among the network's languages (KNOWN_LANGUAGES). */
  languages: string[];
  /** Any others, as typed: BCP 47 tags separated by commas. */
  otherLanguages: string;
  format: WorkshopFormat;
  venueName: string;
  city: string;
  country: string;
  onlineUrl: string;
  timeZone: string;
  startsAtLocal: string;
  endsAtLocal: string;
  capacity: string;
  perGroupQuota: string;
  requiresApproval: boolean;
  selfRegistration: boolean;
  regions: string[];
  rrule: string;
}

export const BLANK: Form = {
  kind: 'WORKSHOP',
  title: '',
  summary: '',
  description: '',
  topics: [],
  languages: ['en'],
  otherLanguages: '',
  format: 'IN_PERSON',
  venueName: '',
  city: '',
  country: '',
  onlineUrl: '',
  timeZone: 'UTC',
  startsAtLocal: '',
  endsAtLocal: '',
  capacity: '20',
  perGroupQuota: '',
  requiresApproval: false,
  selfRegistration: false,
  regions: [],
  rrule: '',
};

const isKnown = (tag: string) => (KNOWN_LANGUAGES as readonly string[]).includes(tag);

export function toForm(w: WorkshopDetail): Form {
  return {
    kind: w.kind,
    title: w.title,
    summary: w.summary ?? '',
    description: w.description ?? '',
    topics: w.topics,
    languages: w.languages.filter(isKnown),
    otherLanguages: w.languages.filter((l) => !isKnown(l)).join(', '),
    format: w.format,
    venueName: w.venue?.name ?? '',
    city: w.venue?.city ?? '',
    country: w.venue?.country ?? '',
    onlineUrl: w.onlineUrl ?? '',
    timeZone: w.timeZone,
    startsAtLocal: w.times.venueStartsAt.local.slice(0, 16),
    endsAtLocal: w.times.venueEndsAt.local.slice(0, 16),
    capacity: String(w.capacity),
    perGroupQuota: w.perGroupQuota === null ? '' : String(w.perGroupQuota),
    requiresApproval: w.requiresApproval,
    selfRegistration: w.selfRegistration,
    regions: w.eligibility.regions,
    rrule: '',
  };
}

export function toInput(f: Form): CreateWorkshopInput {
  const venue = f.venueName || f.city || f.country ? { name: f.venueName, city: f.city, country: f.country.toUpperCase() } : undefined;
  return {
    kind: f.kind,
    title: f.title,
    summary: f.summary || null,
    description: f.description || null,
    topics: f.topics,
    languages: [...new Set([...f.languages, ...otherTags(f.otherLanguages).tags])],
    format: f.format,
    ...(venue ? { venue } : {}),
    onlineUrl: f.onlineUrl || null,
    timeZone: f.timeZone,
    startsAtLocal: f.startsAtLocal,
    endsAtLocal: f.endsAtLocal,
    capacity: Number(f.capacity),
    perGroupQuota: f.perGroupQuota ? Number(f.perGroupQuota) : null,
    requiresApproval: f.requiresApproval,
    selfRegistration: f.selfRegistration,
    eligibility: { regions: f.regions },
  };
}

/** Only what changed: an unchanged time or venue must not count as a change attendees are told about. */
export function changedFields<T extends object>(after: T, before: T): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) changed[key] = after[key];
  }
  return changed;
}

/** The first workshop moved to another day (YYYY-MM-DD) at the same time, its end moved by as many days. */
export function moveStartTo(f: Form, date: string): Form {
  const day = (local: string) => Date.UTC(Number(local.slice(0, 4)), Number(local.slice(5, 7)) - 1, Number(local.slice(8, 10)));
  const shift = Math.round((day(date) - day(f.startsAtLocal)) / 86_400_000);
  const end = f.endsAtLocal ? new Date(day(f.endsAtLocal) + shift * 86_400_000).toISOString().slice(0, 10) + f.endsAtLocal.slice(10) : '';
  return { ...f, startsAtLocal: date + f.startsAtLocal.slice(10), endsAtLocal: end };
}
