import type { CommandStartedEvent } from 'mongodb';
import ical, { type VEvent } from 'node-ical';
import { countCommands } from '../../helpers/command-counter';
import { givenWorkshop, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import type { CreateWorkshopInput } from '../../gql/graphql';
import { graphql } from '../../helpers/graphql';
import { quiesce } from '../../../src/quiesce';
import { afterLogged, fetchRaw, parseWithIcalJs } from './calendar-helpers';

const CREATE = operation(`mutation PublicFeedsCreate($input: CreateWorkshopInput!) { createWorkshop(input: $input) { workshop { id sequence } } }`);
const PUBLISH = operation(`mutation PublicFeedsPublish($id: ID!) { publishWorkshop(input: { id: $id }) { workshop { id sequence } } }`);
const UPDATE = operation(`mutation PublicFeedsUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id sequence } } }`);
const CANCEL = operation(
  `mutation PublicFeedsCancel($id: ID!) { cancelWorkshop(input: { id: $id, reason: "The venue closed." }) { workshop { id sequence status } } }`,
);
const REGISTER = operation(`mutation PublicFeedsRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }`);

const JOINING_LINK = 'https://meet.example.org/secret-room-4242';

// Across the European DST change (29 March 2026): starts at +01:00, ends at +02:00.
const PARIS: CreateWorkshopInput = {
  kind: 'WORKSHOP',
  title: 'Child participation, in practice',
  summary: 'Three days with youth advisers.',
  description: 'Bring your own case studies.',
  format: 'HYBRID',
  venue: { name: 'Maison des associations', address: '12 rue Exemple', city: 'Paris', country: 'FR' },
  onlineUrl: JOINING_LINK,
  timeZone: 'Europe/Paris',
  startsAtLocal: '2026-03-28T09:00',
  endsAtLocal: '2026-03-30T17:00',
  sessions: [
    { title: 'Opening', startsAtLocal: '2026-03-28T09:00', endsAtLocal: '2026-03-28T12:00' },
    { title: 'Closing', startsAtLocal: '2026-03-30T14:00', endsAtLocal: '2026-03-30T17:00' },
  ],
  capacity: 20,
  topics: ['CHILD_PARTICIPATION', 'SURVIVOR_SUPPORT'],
  languages: ['fr', 'en'],
  eligibility: { regions: ['EUROPE'] },
};
// A zone without DST.
const NAIROBI: CreateWorkshopInput = {
  kind: 'FORUM',
  title: 'Regional forum on access to justice',
  format: 'IN_PERSON',
  venue: { name: 'Conference Centre', city: 'Nairobi', country: 'KE' },
  timeZone: 'Africa/Nairobi',
  startsAtLocal: '2026-04-14T09:00',
  endsAtLocal: '2026-04-14T17:00',
  capacity: 50,
  topics: ['ACCESS_TO_JUSTICE'],
  eligibility: { regions: ['AFRICA'] },
};

/** Planning and fetching over the app and network of one describe. */
function feedTools(env: ReturnType<typeof useNetworkApp>) {
  const staff = () => env.network.tokens.staff;

  const plan = async (input: CreateWorkshopInput, publish = true) => {
    const created = await graphql(env.app.url, CREATE, { input }, { token: staff() });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createWorkshop.workshop.id;
    if (publish) {
      await afterLogged(env.db.current, 'workshops', async () => {
        const published = await graphql(env.app.url, PUBLISH, { id }, { token: staff() });
        expect(published.errors).toBeUndefined();
      });
    }
    return id;
  };
  const feed = (path = '/calendar/public.ics', headers: Record<string, string> = {}, method = 'GET') => fetchRaw(`${env.app.url}${path}`, { headers, method });
  const client = () => env.db.current.connection.getClient();
  return { staff, plan, feed, client };
}

describe('public calendar feeds', () => {
  const env = useNetworkApp();
  const { plan, feed, client } = feedTools(env);
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ids.paris = await plan(PARIS);
    // Across the US DST change (8 March 2026), online only.
    ids.newYork = await plan({
      kind: 'WEBINAR',
      title: 'Reporting online exploitation',
      format: 'ONLINE',
      onlineUrl: JOINING_LINK,
      timeZone: 'America/New_York',
      startsAtLocal: '2026-03-07T10:00',
      endsAtLocal: '2026-03-09T12:00',
      capacity: 100,
      topics: ['ONLINE_SEXUAL_EXPLOITATION'],
    });
    ids.nairobi = await plan(NAIROBI);
    ids.draft = await plan(
      {
        kind: 'WORKSHOP',
        title: 'Unannounced draft',
        format: 'ONLINE',
        onlineUrl: JOINING_LINK,
        timeZone: 'UTC',
        startsAt: '2026-06-01T09:00:00Z',
        endsAt: '2026-06-01T10:00:00Z',
        capacity: 5,
      },
      false,
    );
    // A participant whose name and email must never reach a public feed.
    const registered = await graphql(
      env.app.url,
      REGISTER,
      { input: { workshopId: ids.nairobi, participants: [{ name: 'Amina Participant', email: 'amina.participant@example.org' }] } },
      { token: env.network.tokens.coordinator },
    );
    expect(registered.errors).toBeUndefined();
    // A registration's follow-up work (queued emails, a seat recount a moment later) lands before commands are counted.
    await quiesce(env.app.deps);
  });

  it('serves the published programme, each event right field by field for ical.js and node-ical', async () => {
    const response = await feed();
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    const parsed = parseWithIcalJs(response.text);
    expect(parsed.name).toBe('Workshops: public programme');
    expect(parsed.refresh).toBe('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
    expect(parsed.ttl).toBe('PT1H');
    expect(parsed.zones.sort()).toEqual(['Africa/Nairobi', 'America/New_York', 'Europe/Paris']);
    expect(parsed.events.map((e) => e.uid).sort()).toEqual([ids.paris, ids.newYork, ids.nairobi].map((id) => `workshop-${id}@localhost`).sort());

    const paris = parsed.events.find((e) => e.uid === `workshop-${ids.paris}@localhost`)!;
    // The same wall clock on both sides of the DST change, on the right instants.
    expect(paris.start.zone?.tzid).toBe('Europe/Paris');
    expect([paris.start.hour, paris.end.hour]).toEqual([9, 17]);
    expect(paris.start.toJSDate().toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(paris.end.toJSDate().toISOString()).toBe('2026-03-30T15:00:00.000Z');
    expect(paris).toMatchObject({
      summary: 'Child participation, in practice',
      location: 'Maison des associations, 12 rue Exemple, Paris, France (and online)',
      url: `http://localhost:4000/calendar/workshops/${ids.paris}.ics`,
      status: 'CONFIRMED',
      sequence: 0,
      categories: ['Child participation', 'Support to survivors'].map((label) => expect.stringContaining(label.split(' ')[0]!)),
    });
    expect(paris.description).toContain('Three days with youth advisers.');
    expect(paris.description).toContain('Sessions (Europe/Paris):\n- Sat 28 Mar 2026, 09:00-12:00 Opening\n- Mon 30 Mar 2026, 14:00-17:00 Closing');
    expect(paris.dtstamp).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
    expect(paris.lastModified).toMatch(/^LAST-MODIFIED:\d{8}T\d{6}Z$/);

    const newYork = parsed.events.find((e) => e.uid === `workshop-${ids.newYork}@localhost`)!;
    expect(newYork.start.toJSDate().toISOString()).toBe('2026-03-07T15:00:00.000Z'); // EST, -05:00
    expect(newYork.end.toJSDate().toISOString()).toBe('2026-03-09T16:00:00.000Z'); // EDT, -04:00
    expect(newYork.location).toBe('Online');
    const nairobi = parsed.events.find((e) => e.uid === `workshop-${ids.nairobi}@localhost`)!;
    expect(nairobi.start.toJSDate().toISOString()).toBe('2026-04-14T06:00:00.000Z');

    // node-ical resolves TZIDs with its own zone data: the same instants.
    const other = Object.values(ical.sync.parseICS(response.text)).filter((c) => c?.type === 'VEVENT') as VEvent[];
    const byUid = new Map(other.map((e) => [e.uid, e]));
    expect(byUid.get(`workshop-${ids.paris}@localhost`)).toMatchObject({ sequence: 0, status: 'CONFIRMED', summary: 'Child participation, in practice' });
    expect(byUid.get(`workshop-${ids.paris}@localhost`)!.start.toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(byUid.get(`workshop-${ids.paris}@localhost`)!.end!.toISOString()).toBe('2026-03-30T15:00:00.000Z');
    expect(byUid.get(`workshop-${ids.newYork}@localhost`)!.end!.toISOString()).toBe('2026-03-09T16:00:00.000Z');
    expect(byUid.get(`workshop-${ids.nairobi}@localhost`)!.start.toISOString()).toBe('2026-04-14T06:00:00.000Z');
  });

  it('keeps joining links, drafts and participants out of public feeds', async () => {
    for (const path of [
      '/calendar/public.ics',
      '/calendar/public.ics?region=EUROPE',
      `/calendar/workshops/${ids.paris}.ics`,
      `/calendar/workshops/${ids.newYork}.ics`,
    ]) {
      const { status, text } = await feed(path);
      expect(status).toBe(200);
      expect(text).not.toContain('meet.example.org');
      expect(text).not.toContain('Joining link');
      expect(text).not.toContain('Unannounced draft');
      expect(text.toLowerCase()).not.toContain('amina');
      expect(text).not.toContain('@example.org');
    }
  });

  it('filters by region (open to all or to that region) and topic, and refuses unknown codes', async () => {
    const uids = async (path: string) =>
      parseWithIcalJs((await feed(path)).text)
        .events.map((e) => e.uid.slice(9, 33))
        .sort();
    expect(await uids('/calendar/public.ics?region=AFRICA')).toEqual([ids.newYork, ids.nairobi].sort());
    expect(await uids('/calendar/public.ics?region=europe')).toEqual([ids.paris, ids.newYork].sort());
    expect(await uids('/calendar/public.ics?topic=ACCESS_TO_JUSTICE')).toEqual([ids.nairobi]);
    expect(await uids('/calendar/public.ics?region=EUROPE&topic=ACCESS_TO_JUSTICE')).toEqual([]);
    expect(parseWithIcalJs((await feed('/calendar/public.ics?region=AFRICA')).text).name).toBe('Workshops: Africa');

    const unknown = await feed('/calendar/public.ics?region=ATLANTIS');
    expect(unknown.status).toBe(400);
    expect(JSON.parse(unknown.text).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'region' });
    expect((await feed('/calendar/public.ics?topic=NOPE')).status).toBe(400);
    expect((await feed('/calendar/public.ics?region=AFRICA&region=EUROPE')).status).toBe(400);
  });

  it('answers conditional requests with 304 from one database command, and HEAD with the headers alone', async () => {
    const first = await feed();
    const etag = String(first.headers.etag);
    const lastModified = String(first.headers['last-modified']);
    expect(etag).toMatch(/^W\/".+"$/);
    expect(new Date(lastModified).toUTCString()).toBe(lastModified);

    const conditional = await countCommands(client(), () => feed('/calendar/public.ics', { 'If-None-Match': etag }));
    expect(conditional.result.status).toBe(304);
    expect(conditional.result.raw.length).toBe(0);
    expect(conditional.result.headers.etag).toBe(etag);
    expect(conditional.commands).toEqual(['find changes']);

    expect((await feed('/calendar/public.ics', { 'If-None-Match': `"other", ${etag}` })).status).toBe(304);
    expect((await feed('/calendar/public.ics', { 'If-None-Match': '"stale"' })).status).toBe(200);
    expect((await feed('/calendar/public.ics', { 'If-Modified-Since': lastModified })).status).toBe(304);
    const earlier = new Date(new Date(lastModified).getTime() - 1000).toUTCString();
    expect((await feed('/calendar/public.ics', { 'If-Modified-Since': earlier })).status).toBe(200);

    // A warm full GET: the stamps, then the built feed from memory.
    const warm = await countCommands(client(), () => feed());
    expect(warm.result.text).toBe(first.text);
    expect(warm.commands).toEqual(['find changes']);

    const head = await feed('/calendar/public.ics', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.raw.length).toBe(0);
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(first.text)));
    expect(head.headers.etag).toBe(etag);
    expect(head.headers['content-type']).toBe('text/calendar; charset=utf-8');
  });

  it('compresses with gzip for clients that accept it', async () => {
    const plain = await feed('/calendar/public.ics', { 'Accept-Encoding': 'identity' });
    expect((await feed('/calendar/public.ics')).headers['content-encoding']).toBeUndefined();
    expect((await feed('/calendar/public.ics', { 'Accept-Encoding': 'gzip;q=0, identity' })).headers['content-encoding']).toBeUndefined();
    const zipped = await feed('/calendar/public.ics', { 'Accept-Encoding': 'gzip, deflate' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(zipped.raw.length).toBeLessThan(plain.raw.length);
    expect(zipped.text).toBe(plain.text);
    expect(plain.headers['content-length']).toBe(String(plain.raw.length));
    const head = await feed('/calendar/public.ics', { 'Accept-Encoding': 'identity' }, 'HEAD');
    expect(head.headers['content-length']).toBe(String(plain.raw.length));
    expect(head.raw.length).toBe(0);
    const zippedHead = await feed('/calendar/public.ics', { 'Accept-Encoding': 'gzip' }, 'HEAD');
    expect(zippedHead.headers['content-length']).toBe(String(zipped.raw.length));
  });

  it('serves one workshop; drafts only to the Secretariat and never cached; unknown and malformed ids 404', async () => {
    const one = await feed(`/calendar/workshops/${ids.nairobi}.ics`);
    expect(one.status).toBe(200);
    const parsed = parseWithIcalJs(one.text);
    expect(parsed.events.map((e) => e.uid)).toEqual([`workshop-${ids.nairobi}@localhost`]);
    expect(parsed.zones).toEqual(['Africa/Nairobi']);
    expect((await feed(`/calendar/workshops/${ids.nairobi}.ics`, { 'If-None-Match': String(one.headers.etag) })).status).toBe(304);
    const warm = await countCommands(client(), () => feed(`/calendar/workshops/${ids.nairobi}.ics`));
    expect(warm.result.text).toBe(one.text);
    expect(warm.commands).toEqual(['find changes']);

    const hidden = await feed(`/calendar/workshops/${ids.draft}.ics`);
    expect(hidden.status).toBe(404);
    expect((await feed(`/calendar/workshops/${ids.draft}.ics`, { Authorization: `Bearer ${env.network.tokens.coordinator}` })).status).toBe(404);
    const draft = await feed(`/calendar/workshops/${ids.draft}.ics`, { Authorization: `Bearer ${env.network.tokens.staff}` });
    expect(draft.status).toBe(200);
    expect(draft.headers['cache-control']).toBe('private, no-store');
    expect(draft.headers.etag).toBeUndefined();
    expect(parseWithIcalJs(draft.text).events[0]).toMatchObject({ summary: 'Unannounced draft' });
    expect(draft.text).not.toContain('meet.example.org');

    const unknown = await feed('/calendar/workshops/0123456789abcdef01234567.ics');
    expect(unknown.status).toBe(404);
    expect(unknown.text).toBe(hidden.text);
    expect((await feed('/calendar/workshops/not-an-id.ics')).text).toBe(hidden.text);
    expect((await feed(`/calendar/workshops/${ids.nairobi}`)).status).toBe(404);
  });
});

/**
 * Changes to the programme, each on workshops of its own and in a database of its own: what they
 * add (a cancellation kept for the retention period, workshops stored directly, ended ones) stays
 * out of the programme the tests above read whole.
 */
describe('public calendar feeds as the programme changes', () => {
  const env = useNetworkApp();
  const { staff, plan, feed, client } = feedTools(env);

  it('raises SEQUENCE on a change and changes the ETag, while a registration leaves public ETags alone', async () => {
    const ids = { paris: await plan(PARIS), nairobi: await plan(NAIROBI) };
    const before = await feed();
    const africa = await feed('/calendar/public.ics?region=AFRICA');
    const updated = await afterLogged(env.db.current, 'workshops', async () => {
      const answer = await graphql(
        env.app.url,
        UPDATE,
        { input: { id: ids.paris, startsAtLocal: '2026-03-28T10:00', endsAtLocal: '2026-03-30T18:00' } },
        { token: staff() },
      );
      expect(answer.errors).toBeUndefined();
      return answer;
    });
    expect(updated.data?.updateWorkshop.workshop.sequence).toBe(1);
    // A move emits workshop.updated and workshop.rescheduled: each bumps the stamp. Let both land, or
    // the second could change the ETag after `after` was read (seen on a loaded machine).
    await quiesce(env.app.deps);
    expect((await feed('/calendar/public.ics', { 'If-None-Match': String(before.headers.etag) })).status).toBe(200);
    const after = await feed();
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const paris = parseWithIcalJs(after.text).events.find((e) => e.uid === `workshop-${ids.paris}@localhost`)!;
    expect(paris.sequence).toBe(1);
    expect(paris.start.toJSDate().toISOString()).toBe('2026-03-28T09:00:00.000Z');
    // Untouched events are the very same bytes (cached fragments).
    const eventText = (text: string, id: string | undefined) =>
      text.slice(text.indexOf(`UID:workshop-${id}`), text.indexOf('END:VEVENT', text.indexOf(`UID:workshop-${id}`)));
    expect(eventText(after.text, ids.nairobi)).toBe(eventText(before.text, ids.nairobi));

    // A registration changes no public feed: the new ETags still hold.
    const current = String(after.headers.etag);
    const africaNow = await feed('/calendar/public.ics?region=AFRICA');
    expect(africaNow.headers.etag).not.toBe(africa.headers.etag);
    await afterLogged(env.db.current, 'registrations', () =>
      graphql(
        env.app.url,
        REGISTER,
        { input: { workshopId: ids.nairobi, participants: [{ name: 'Other Person', email: 'other.person@example.org' }] } },
        { token: env.network.tokens.coordinator },
      ),
    );
    // A registration's follow-up work (queued emails, a seat recount a moment later) lands before commands are counted.
    await quiesce(env.app.deps);
    expect((await feed('/calendar/public.ics', { 'If-None-Match': current })).status).toBe(304);
    expect((await feed('/calendar/public.ics?region=AFRICA', { 'If-None-Match': String(africaNow.headers.etag) })).status).toBe(304);
  });

  it('shows a cancellation with a raised SEQUENCE for the retention period, then drops it', async () => {
    const id = await plan({
      kind: 'WORKSHOP',
      title: 'To be cancelled',
      format: 'IN_PERSON',
      venue: { name: 'Hall', city: 'Accra', country: 'GH' },
      timeZone: 'Africa/Accra',
      startsAtLocal: '2026-05-10T09:00',
      endsAtLocal: '2026-05-10T12:00',
      capacity: 10,
    });
    const before = await feed();
    const cancelled = await afterLogged(env.db.current, 'workshops', () => graphql(env.app.url, CANCEL, { id }, { token: staff() }));
    expect(cancelled.data?.cancelWorkshop.workshop.sequence).toBe(1);
    const after = await feed('/calendar/public.ics', { 'If-None-Match': String(before.headers.etag) });
    expect(after.status).toBe(200);
    const event = parseWithIcalJs(after.text).events.find((e) => e.uid === `workshop-${id}@localhost`)!;
    expect(event).toMatchObject({ status: 'CANCELLED', sequence: 1, summary: 'Cancelled: To be cancelled' });
    expect(event.description).toContain('This workshop is cancelled. The venue closed.');
    const nodeEvent = Object.values(ical.sync.parseICS(after.text)).find(
      (c) => c?.type === 'VEVENT' && (c as VEvent).uid === `workshop-${id}@localhost`,
    ) as VEvent;
    expect(nodeEvent.status).toBe('CANCELLED');
    expect((await feed(`/calendar/workshops/${id}.ics`)).text).toContain('STATUS:CANCELLED');

    // Still there on day 29; gone on day 31 (the day is part of the ETag, so old copies revalidate).
    const start = env.app.clock.now();
    try {
      env.app.clock.advance(29 * 86_400_000);
      const day29 = await feed();
      expect(day29.text).toContain(`UID:workshop-${id}@localhost`);
      env.app.clock.advance(2 * 86_400_000);
      expect((await feed('/calendar/public.ics', { 'If-None-Match': String(day29.headers.etag) })).status).toBe(200);
      expect((await feed()).text).not.toContain(`UID:workshop-${id}@localhost`);
    } finally {
      env.app.clock.set(start);
    }
  });

  it('builds a feed once for concurrent requests, and shows a workshop stored without any event at once', async () => {
    const forum = await plan(NAIROBI);
    const before = await feed();
    await afterLogged(env.db.current, 'workshops', () =>
      givenWorkshop(env.db.current, { title: 'Seeded directly', startsAt: new Date('2026-07-01T02:00:00Z') }),
    );
    // No event fired, but the write is logged: the stamp (the programme's log position) moved.
    const seeded = await feed('/calendar/public.ics', { 'If-None-Match': String(before.headers.etag) });
    expect(seeded.status).toBe(200);
    expect(seeded.text).toContain('Seeded directly');
    await afterLogged(env.db.current, 'workshops', () =>
      graphql(env.app.url, UPDATE, { input: { id: forum, title: 'Regional forum on access to justice (updated)' } }, { token: staff() }),
    );
    // Every read of the workshops meanwhile, with its filter.
    const workshopReads: unknown[] = [];
    const listener = (event: CommandStartedEvent) => {
      if (event.commandName === 'find' && event.command.find === 'workshops') workshopReads.push(event.command.filter);
    };
    client().on('commandStarted', listener);
    const answers = await countCommands(client(), () => Promise.all(Array.from({ length: 5 }, () => feed()))).finally(() =>
      client().off('commandStarted', listener),
    );
    expect(new Set(answers.result.map((a) => a.text)).size).toBe(1);
    expect(answers.result[0]!.text).toContain('Seeded directly');
    expect(answers.result[0]!.text).toContain('(updated)');
    // Five stamp reads, and the workshops from the programme in memory, proven current by the
    // change log: at most the two workshops written since are read, by id (the programme may have
    // caught up on them already, for an event subscriber), nothing else of the collection.
    expect(answers.commands).toContain('find changes');
    expect(workshopReads.length).toBeLessThanOrEqual(2);
    for (const filter of workshopReads) expect(Object.keys(filter as object)).toEqual(['_id']);
  });

  it('keeps workshops that ended within the history window, completed ones too, in start order, and drops older ones', async () => {
    const now = env.app.clock.now().getTime();
    const day = 86_400_000;
    const at = (days: number) => new Date(now + days * day);
    const recent = await givenWorkshop(env.db.current, { title: 'Ended last week', status: 'COMPLETED', startsAt: at(-8), endsAt: at(-7) });
    const older = await givenWorkshop(env.db.current, { title: 'Ended long ago', status: 'COMPLETED', startsAt: at(-401), endsAt: at(-400) });
    const earlier = await givenWorkshop(env.db.current, { title: 'Ended a month ago', status: 'PUBLISHED', startsAt: at(-31), endsAt: at(-30) });
    const response = await feed();
    const uids = parseWithIcalJs(response.text).events.map((e) => e.uid);
    const position = (id: unknown) => uids.findIndex((uid) => uid.includes(String(id)));
    expect(position(recent._id)).toBeGreaterThanOrEqual(0);
    expect(position(earlier._id)).toBeGreaterThanOrEqual(0);
    expect(position(older._id)).toBe(-1);
    expect(position(earlier._id)).toBeLessThan(position(recent._id));
  });
});
