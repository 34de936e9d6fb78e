import { DateTime, IANAZone } from 'luxon';

// Pure wall-clock <-> instant conversions for workshops, which happen in their venue's IANA zone.

export type LocalTimeProblem = 'INVALID_FORMAT' | 'INVALID_ZONE' | 'NONEXISTENT' | 'AMBIGUOUS';

export class LocalTimeError extends Error {
  constructor(
    readonly problem: LocalTimeProblem,
    message: string,
  ) {
    super(message);
    this.name = 'LocalTimeError';
  }
}

const MAX_ZONE_LENGTH = 64;
// Shape of tz database names ('Europe/Paris', 'America/Argentina/Buenos_Aires', 'Etc/GMT+2', 'UTC'),
// capitalised as the database spells them, so the stored name is the canonical one (luxon also
// accepts 'europe/paris'). Rules out '+01:00', which newer ICU versions accept as an offset "zone".
const ZONE_NAME = /^[A-Z][A-Za-z0-9_+-]*(?:\/[A-Z0-9][A-Za-z0-9_+-]*)*$/;
// 'UTC+1' and 'GMT+2' look like names but are fixed offsets; some ICU versions accept them.
const OFFSET_ALIAS = /^(?:UTC|GMT|UT)[+-]/i;

export function isIanaTimeZone(zone: string): boolean {
  if (zone.length === 0 || zone.length > MAX_ZONE_LENGTH) return false;
  if (!ZONE_NAME.test(zone) || OFFSET_ALIAS.test(zone)) return false;
  // 'local' and 'system' mean the server's zone to luxon, never a venue's.
  const lower = zone.toLowerCase();
  if (lower === 'local' || lower === 'system') return false;
  return IANAZone.isValidZone(zone);
}

const knownZones = new Map<string, IANAZone>();

function ianaZone(zone: string): IANAZone {
  const known = knownZones.get(zone);
  if (known) return known;
  if (!isIanaTimeZone(zone)) {
    throw new LocalTimeError('INVALID_ZONE', `${JSON.stringify(zone.slice(0, MAX_ZONE_LENGTH))} is not an IANA time zone such as Europe/Paris.`);
  }
  const created = IANAZone.create(zone);
  if (knownZones.size < 1_000) knownZones.set(zone, created);
  return created;
}

// Explicit 'T', minutes required, seconds optional, no fractions, no offset, hours 00-23
// (luxon itself accepts 24:00, 'T09', fractions and offsets).
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
// Offsets in use range from -12:00 to +14:00, so the instant a wall time denotes lies within this
// window around the wall time read as if it were UTC.
const WINDOW_BEFORE_HOURS = 15;
const WINDOW_AFTER_HOURS = 13;

// Formatting pinned to Latin digits whatever Settings.defaultLocale says.
const FIXED_FORMAT = { locale: 'en-US', numberingSystem: 'latn' } as const;

function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.round(Math.abs(offsetMinutes));
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function wallClock(epochMs: number, offsetMinutes: number, pattern: string): string {
  return DateTime.fromMillis(epochMs + offsetMinutes * MINUTE, { zone: 'utc', ...FIXED_FORMAT }).toFormat(pattern);
}

// First instant in (from, to] whose offset differs from the offset at `from`, to the second
// (the zone's offset function works in whole seconds).
function transitionBetween(zone: IANAZone, from: number, to: number): number {
  const before = zone.offset(from);
  let lo = from;
  let hi = to;
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (zone.offset(mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

function gapDescription(zone: IANAZone, wall: number): string {
  for (let h = -WINDOW_BEFORE_HOURS; h < WINDOW_AFTER_HOURS; h++) {
    const from = wall + h * HOUR;
    const to = from + HOUR;
    const before = zone.offset(from);
    const after = zone.offset(to);
    if (after <= before) continue;
    const at = transitionBetween(zone, from, to);
    const gapStart = at + before * MINUTE;
    const gapEnd = at + after * MINUTE;
    if (wall < gapStart || wall >= gapEnd) continue;
    const sameDay = wallClock(at, before, 'yyyy-MM-dd') === wallClock(at, after, 'yyyy-MM-dd');
    return sameDay
      ? `clocks jump from ${wallClock(at, before, 'HH:mm')} to ${wallClock(at, after, 'HH:mm')} that day`
      : `clocks jump from ${wallClock(at, before, "yyyy-MM-dd'T'HH:mm")} to ${wallClock(at, after, "yyyy-MM-dd'T'HH:mm")}`;
  }
  return 'clocks jump forward over it';
}

export function localToInstant(local: string, zone: string): Date {
  const asUtc = LOCAL_DATE_TIME.test(local) ? DateTime.fromISO(local, { zone: 'utc' }) : null;
  if (!asUtc?.isValid) {
    throw new LocalTimeError('INVALID_FORMAT', `${JSON.stringify(local.slice(0, 40))} is not a local date-time like 2026-05-04T09:00 (no offset).`);
  }
  const iana = ianaZone(zone);
  const wall = asUtc.toMillis();

  // Luxon silently resolves gaps (shifting forward) and overlaps (to either side, depending on
  // the zone), so find every instant that shows this wall time: try each offset the zone uses
  // near it and keep those that are self-consistent.
  const offsets = new Set<number>();
  for (let h = -WINDOW_BEFORE_HOURS; h <= WINDOW_AFTER_HOURS; h++) offsets.add(iana.offset(wall + h * HOUR));
  const matching = [...offsets].filter((offset) => iana.offset(wall - offset * MINUTE) === offset).sort((a, b) => b - a);

  if (matching.length === 0) {
    throw new LocalTimeError('NONEXISTENT', `${local} does not exist in ${zone}: ${gapDescription(iana, wall)}. Choose another time or give an offset.`);
  }
  if (matching.length > 1) {
    const list = matching.map(formatOffset);
    const spelled = list.length === 2 ? `${list[0]} and ${list[1]}` : list.join(', ');
    throw new LocalTimeError('AMBIGUOUS', `${local} happens twice in ${zone} (${spelled}). Give the time with its offset.`);
  }
  const instant = DateTime.fromISO(local, { zone: iana });
  // Independent check against luxon's own reading of the wall time.
  if (instant.toMillis() !== wall - matching[0]! * MINUTE) {
    throw new Error(`Internal error converting ${local} in ${zone}.`);
  }
  return instant.toJSDate();
}

function zonedDateTime(instant: Date, zone: string): DateTime {
  const iana = ianaZone(zone);
  const dt = DateTime.fromJSDate(instant, { zone: iana, ...FIXED_FORMAT });
  if (!dt.isValid) throw new RangeError('Invalid instant.');
  return dt;
}

// ICU has English abbreviations for some zones only in en-US (EST, CST) and for others only in
// en-GB (CET, CEST, BST); elsewhere it says 'GMT+7', which the tz database writes '+07'.
const ALPHABETIC = /^[A-Z]{2,5}$/;

function abbreviation(dt: DateTime): string {
  for (const locale of ['en-US', 'en-GB']) {
    const name = dt.setLocale(locale).offsetNameShort;
    if (name && ALPHABETIC.test(name)) return name;
  }
  // '+07:00' -> '+07', '+05:45' -> '+0545'
  const [hours, minutes] = formatOffset(dt.offset).split(':');
  return minutes === '00' ? hours! : `${hours}${minutes}`;
}

// A page of 50 workshops shows ~200 zoned times; formatting each through luxon and ICU cost
// ~0.4 ms. The offset comes from the zone directly, and names are cached per zone and offset.
const abbreviations = new Map<string, string>();

export function instantToZoned(instant: Date, zone: string): { local: string; offset: string; iso: string; zone: string; abbreviation: string } {
  const epochMs = instant.getTime();
  if (Number.isNaN(epochMs)) throw new RangeError('Invalid instant.');
  const offsetMinutes = ianaZone(zone).offset(epochMs);
  const wall = new Date(epochMs + offsetMinutes * MINUTE).toISOString(); // 2026-05-04T09:00:00.000Z
  const offset = formatOffset(offsetMinutes);
  const key = `${zone}|${offsetMinutes}`;
  let name = abbreviations.get(key);
  if (name === undefined) {
    name = abbreviation(zonedDateTime(instant, zone));
    abbreviations.set(key, name);
  }
  return { local: wall.slice(0, 16), offset, iso: `${wall.slice(0, 19)}${offset}`, zone, abbreviation: name };
}

export function describeInZone(instant: Date, zone: string, locale: string = 'en'): string {
  const dt = zonedDateTime(instant, zone);
  const text = dt.setLocale(locale).toLocaleString({
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${text} (${zone}, ${abbreviation(dt)})`;
}
