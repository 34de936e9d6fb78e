import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import ICAL from 'ical.js';
import type { Database } from '../../../src/db/database';
import { changeOf, databaseLog } from '../../../src/db/change-log';
import type { StampKind } from '../../../src/modules/calendar/feed-stamps';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as sent (gzipped when Content-Encoding says so). */
  raw: Buffer;
  /** The body decoded (gunzipped if needed). */
  text: string;
}

/** A plain HTTP request (no automatic decompression), as a calendar client sends it. */
export function fetchRaw(url: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = res.headers['content-encoding'] === 'gzip' && raw.length > 0 ? gunzipSync(raw) : raw;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, raw, text: body.toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Runs `change` and checks that its stream's change log had moved by the time it answered: the
 * feeds' stamps are the read models' log positions (feed-stamps.ts), so no process can serve a
 * feed from before it.
 */
export async function afterLogged<T>(database: Database, kind: StampKind, change: () => Promise<T>): Promise<T> {
  const log = databaseLog(database.db);
  const before = await log.head();
  const result = await change();
  const since = await log.after(before, 1_000);
  expect(since.some((entry) => changeOf(entry, kind).ids.length > 0)).toBe(true);
  return result;
}

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  status: string | null;
  sequence: number;
  categories: string[];
  start: ICAL.Time;
  end: ICAL.Time;
  dtstamp: string;
  lastModified: string | null;
}

/**
 * Parses a feed with ical.js, resolving TZIDs only through the feed's own VTIMEZONEs (ical.js has
 * no zone data of its own), so right instants prove the VTIMEZONEs right.
 */
export function parseWithIcalJs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  const zones = calendar.getAllSubcomponents('vtimezone').map((vtz) => new ICAL.Timezone(vtz));
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const events: ParsedEvent[] = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const text = (name: string) => (vevent.getFirstPropertyValue(name) as string | null) ?? null;
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      location: event.location ?? null,
      url: text('url'),
      status: text('status'),
      sequence: event.sequence,
      categories: vevent.getAllProperties('categories').flatMap((p) => p.getValues() as string[]),
      start: event.startDate,
      end: event.endDate,
      dtstamp: vevent.getFirstProperty('dtstamp')!.toICALString(),
      lastModified: vevent.getFirstProperty('last-modified')?.toICALString() ?? null,
    };
  });
  return {
    name: calendar.getFirstPropertyValue('x-wr-calname') as string | null,
    refresh: calendar.getFirstProperty('refresh-interval')?.toICALString() ?? null,
    ttl: calendar.getFirstPropertyValue('x-published-ttl') as string | null,
    zones: zones.map((z) => z.tzid),
    events,
  };
}
