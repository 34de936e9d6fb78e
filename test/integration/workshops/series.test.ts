import { useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import type { CreateWorkshopInput } from '../../gql/graphql';
import { errorCodes, graphql } from '../../helpers/graphql';

const CREATE_SERIES = operation(`mutation SeriesCreateSeries($input: CreateWorkshopSeriesInput!) {
  createWorkshopSeries(input: $input) { seriesId workshops { id seriesId status startsAt endsAt registrationClosesAt
    times { venueStartsAt { local } } sessions { title times { venueStartsAt { local } venueEndsAt { local } } } } }
}`);
const UPDATE = operation(`mutation SeriesUpdate($input: UpdateWorkshopInput!) {
  updateWorkshop(input: $input) { workshop { id title sequence times { venueStartsAt { local } } } alsoUpdated { id title sequence times { venueStartsAt { local } } } }
}`);

const webinar: CreateWorkshopInput = {
  kind: 'WEBINAR',
  title: 'Monthly exchange on online safety',
  format: 'ONLINE',
  onlineUrl: 'https://meet.example.org/monthly',
  timeZone: 'Europe/Paris',
  startsAtLocal: '2026-09-29T09:00',
  endsAtLocal: '2026-09-29T10:30',
  capacity: 100,
  sessions: [{ title: 'Talk', startsAtLocal: '2026-09-29T09:00', endsAtLocal: '2026-09-29T09:45' }],
};

describe('workshop series', () => {
  const env = useNetworkApp();
  const createSeries = (rrule: string, workshop: CreateWorkshopInput = webinar) =>
    graphql(env.app.url, CREATE_SERIES, { input: { workshop, rrule } }, { token: env.network.tokens.staff });

  it('creates separate draft workshops that keep their local time across a DST change', async () => {
    const response = await createSeries('FREQ=WEEKLY;COUNT=6');
    expect(response.errors).toBeUndefined();
    const { seriesId, workshops } = response.data!.createWorkshopSeries;
    expect(workshops).toHaveLength(6);
    expect(new Set(workshops.map((w) => w.id)).size).toBe(6);
    expect(workshops.every((w) => w.seriesId === seriesId)).toBe(true);
    expect(workshops.map((w) => w.times.venueStartsAt.local)).toEqual([
      '2026-09-29T09:00',
      '2026-10-06T09:00',
      '2026-10-13T09:00',
      '2026-10-20T09:00',
      '2026-10-27T09:00',
      '2026-11-03T09:00',
    ]);
    // Summer time until 25 October, then winter time: the UTC hour moves, the local one does not.
    expect(workshops[3]!.startsAt).toBe('2026-10-20T07:00:00.000Z');
    expect(workshops[4]!.startsAt).toBe('2026-10-27T08:00:00.000Z');
    expect(workshops[4]!.sessions[0]!.times.venueStartsAt.local).toBe('2026-10-27T09:00');
  });

  it.each([
    ['a rule without an end', 'FREQ=WEEKLY'],
    ['too many occurrences', 'FREQ=DAILY;COUNT=53'],
    ['an hourly rule', 'FREQ=HOURLY;COUNT=3'],
    ['garbage', 'every other tuesday'],
  ])('refuses %s with BAD_USER_INPUT on rrule, storing nothing', async (_name, rrule) => {
    const before = await env.db.current.models.Workshop.countDocuments({});
    const response = await createSeries(rrule);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.field).toBe('rrule');
    expect(await env.db.current.models.Workshop.countDocuments({})).toBe(before);
  });

  it('refuses a bad first occurrence with the field inside `workshop`', async () => {
    const response = await createSeries('FREQ=WEEKLY;COUNT=2', { ...webinar, timeZone: 'Nowhere/Land' });
    expect(response.errors?.[0]?.extensions?.field).toBe('workshop.timeZone');
  });

  it('edits one occurrence, or this and every later one with the same wall-clock shift', async () => {
    const { workshops } = (await createSeries('FREQ=MONTHLY;BYDAY=-1TU;COUNT=4')).data!.createWorkshopSeries;
    for (const w of workshops) {
      await graphql(
        env.app.url,
        operation(`mutation SeriesPublishWorkshop($id: ID!) { publishWorkshop(input: { id: $id }) { workshop { id } } }`),
        { id: w.id },
        { token: env.network.tokens.staff },
      );
    }
    const single = await graphql(env.app.url, UPDATE, { input: { id: workshops[0]!.id, title: 'Only the first' } }, { token: env.network.tokens.staff });
    expect(single.data?.updateWorkshop.alsoUpdated).toEqual([]);

    const future = await graphql(
      env.app.url,
      UPDATE,
      {
        input: { id: workshops[1]!.id, scope: 'THIS_AND_FUTURE', title: 'Moved to 10:00', startsAtLocal: '2026-10-27T10:00', endsAtLocal: '2026-10-27T11:30' },
      },
      { token: env.network.tokens.staff },
    );
    expect(future.errors).toBeUndefined();
    const { workshop, alsoUpdated } = future.data!.updateWorkshop;
    expect(workshop).toMatchObject({ title: 'Moved to 10:00', sequence: 1, times: { venueStartsAt: { local: '2026-10-27T10:00' } } });
    expect(alsoUpdated.map((w) => [w.title, w.sequence, w.times.venueStartsAt.local])).toEqual([
      ['Moved to 10:00', 1, '2026-11-24T10:00'],
      ['Moved to 10:00', 1, '2026-12-29T10:00'],
    ]);
    const first = await env.db.current.models.Workshop.findById(workshops[0]!.id).lean();
    expect(first).toMatchObject({ title: 'Only the first', sequence: 0 });
  });
});
