import { IANAZone } from 'luxon';

// VTIMEZONE components from the same tz data Luxon (Node's ICU) uses for the stored instants, so a
// client that knows no zone by its name still puts every event on the right instant. Each offset
// change in the span becomes its own STANDARD/DAYLIGHT observance (no RRULE): exact for any
// year, including zones whose rules changed. A zone without changes gets one observance.

const DAY = 86_400_000;
const MINUTE = 60_000;
const cache = new Map<string, string>();
const CACHE_LIMIT = 2_000;

/** The VTIMEZONE (CRLF lines, unfolded) for `zone`, covering the calendar years fromYear..toYear. */
export function vtimezone(zone: string, fromYear: number, toYear: number): string {
  const key = `${zone}|${fromYear}|${toYear}`;
  const known = cache.get(key);
  if (known) return known;
  const tz = IANAZone.create(zone);
  if (!tz.isValid) throw new Error('not an IANA time zone');
  // Two days of margin either side: the years are UTC years, a local wall time may lie just outside.
  const start = Date.UTC(fromYear, 0, 1) - 2 * DAY;
  const end = Date.UTC(toYear + 1, 0, 1) + 2 * DAY;
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  const first = tz.offset(start);
  lines.push(...observance(tz, start, first, first, standardOffset(tz, fromYear)));
  let previous = first;
  // Offsets change at most a few times a year and never twice within a day: step by days, then
  // find the exact minute by bisection.
  for (let day = start + DAY; day <= end; day += DAY) {
    const offset = tz.offset(day);
    if (offset === previous) continue;
    let low = day - DAY;
    let high = day;
    while (high - low > MINUTE) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (tz.offset(middle) === previous) low = middle;
      else high = middle;
    }
    lines.push(...observance(tz, high, previous, offset, standardOffset(tz, new Date(high).getUTCFullYear())));
    previous = offset;
  }
  lines.push('END:VTIMEZONE');
  const text = `${lines.join('\r\n')}\r\n`;
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, text);
  return text;
}

/** The year's smaller offset of January and July: what the zone keeps outside daylight saving. */
function standardOffset(tz: IANAZone, year: number): number {
  return Math.min(tz.offset(Date.UTC(year, 0, 1)), tz.offset(Date.UTC(year, 6, 1)));
}

function observance(tz: IANAZone, at: number, from: number, to: number, standard: number): string[] {
  const kind = to > standard ? 'DAYLIGHT' : 'STANDARD';
  // DTSTART of an observance is the local time of the change, read in the offset before it.
  const local = new Date(at + from * MINUTE);
  const name = tz.offsetName(at, { format: 'short', locale: 'en-US' }) ?? formatOffset(to);
  return [
    `BEGIN:${kind}`,
    `DTSTART:${localStamp(local)}`,
    `TZOFFSETFROM:${formatOffset(from)}`,
    `TZOFFSETTO:${formatOffset(to)}`,
    `TZNAME:${name.replace(/[\\;,]/g, '')}`,
    `END:${kind}`,
  ];
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function localStamp(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`;
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}
