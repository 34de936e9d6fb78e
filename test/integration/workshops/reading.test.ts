import { countCommands } from '../../helpers/command-counter';
import { givenOrganization, givenUser, givenWorkshop, signInAs, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { errorCodes, graphql } from '../../helpers/graphql';

const LIST = operation(`query ReadingList($filter: WorkshopFilter, $first: Int, $after: String) {
  workshops(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id title status onlineUrl startsAt } }
    pageInfo { hasNextPage endCursor }
  }
}`);
const ONE = operation(`query ReadingOne($id: ID!) { workshop(id: $id) {
  id title onlineUrl
  times { venueStartsAt { iso local timeZone offset abbreviation } viewerStartsAt { iso local timeZone offset } }
  sessions { title location times { venueStartsAt { local } viewerStartsAt { local } } }
} }`);

describe('reading workshops', () => {
  const env = useNetworkApp();
  let titles: Record<string, string>;

  beforeAll(async () => {
    const db = env.db.current;
    const hidden = 'https://meet.example.org/secret-room';
    const africa = await givenOrganization(db, { name: 'Ghana Group', country: 'GH', region: 'AFRICA' });
    titles = {
      draft: (await givenWorkshop(db, { title: 'Draft planning retreat', status: 'DRAFT', startsAt: new Date('2026-04-01T02:00:00Z') })).title,
      past: (await givenWorkshop(db, { title: 'Past forum', startsAt: new Date('2026-02-01T02:00:00Z') })).title,
      online: (
        await givenWorkshop(db, {
          title: 'Online safety webinar',
          kind: 'WEBINAR',
          format: 'ONLINE',
          venue: null,
          onlineUrl: hidden,
          languages: ['es'],
          topics: ['ONLINE_SEXUAL_EXPLOITATION'],
          startsAt: new Date('2026-03-20T15:00:00Z'),
          sessions: [{ title: 'Part 1', startsAt: new Date('2026-03-20T15:00:00Z'), endsAt: new Date('2026-03-20T16:00:00Z'), location: hidden }] as never,
        })
      ).title,
      africa: (
        await givenWorkshop(db, {
          title: 'Regional forum for Africa',
          kind: 'FORUM',
          openToAll: false,
          eligibility: { regions: ['AFRICA'], organizationIds: [] },
          startsAt: new Date('2026-04-10T08:00:00Z'),
          timeZone: 'Africa/Accra',
          venue: { name: 'Conference Centre', address: null, city: 'Accra', country: 'GH' },
        })
      ).title,
      ghanaOnly: (
        await givenWorkshop(db, {
          title: 'Invitation-only clinic',
          openToAll: false,
          eligibility: { regions: [], organizationIds: [africa._id] },
          startsAt: new Date('2026-04-12T08:00:00Z'),
        })
      ).title,
      cancelled: (
        await givenWorkshop(db, {
          title: 'Cancelled workshop',
          status: 'CANCELLED',
          publishedAt: new Date('2026-02-01T00:00:00Z'),
          startsAt: new Date('2026-04-15T02:00:00Z'),
        })
      ).title,
    };
  });

  const list = (variables: Record<string, unknown>, token?: string) => graphql(env.app.url, LIST, variables, { token });
  const titlesOf = (page: Awaited<ReturnType<typeof list>>) => {
    expect(page.errors).toBeUndefined();
    return page.data!.workshops.edges.map((e) => e.node.title);
  };

  it('shows the public programme without a token: upcoming, published, in start order, no joining links', async () => {
    const page = await list({ first: 50 });
    expect(titlesOf(page)).toEqual([titles.online, titles.africa, titles.ghanaOnly]);
    expect(page.data!.workshops.edges.every((e) => e.node.onlineUrl === null)).toBe(true);
  });

  it('keeps drafts to the Secretariat, also by id', async () => {
    expect(titlesOf(await list({ first: 50 }, env.network.tokens.staff))).toContain(titles.draft);
    expect(titlesOf(await list({ first: 50, filter: { status: 'DRAFT' } }, env.network.tokens.member))).toEqual([]);
    const draft = await env.db.current.models.Workshop.findOne({ title: titles.draft }).lean();
    expect(errorCodes(await graphql(env.app.url, ONE, { id: String(draft!._id) }, { token: env.network.tokens.coordinator }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await graphql(env.app.url, ONE, { id: String(draft!._id) }))).toEqual(['NOT_FOUND']);
  });

  it('shows the joining link, also in sessions, to the Secretariat only (until registrations exist)', async () => {
    const online = await env.db.current.models.Workshop.findOne({ title: titles.online }).lean();
    const asMember = await graphql(env.app.url, ONE, { id: String(online!._id) }, { token: env.network.tokens.member });
    expect(asMember.data?.workshop?.onlineUrl).toBeNull();
    expect(asMember.data?.workshop?.sessions[0]?.location).toBeNull();
    const asStaff = await graphql(env.app.url, ONE, { id: String(online!._id) }, { token: env.network.tokens.staff });
    expect(asStaff.data?.workshop?.onlineUrl).toBe('https://meet.example.org/secret-room');
  });

  it('filters by kind, format, language, topic, region, text and time range', async () => {
    expect(titlesOf(await list({ filter: { kind: 'WEBINAR' } }))).toEqual([titles.online]);
    expect(titlesOf(await list({ filter: { format: 'ONLINE', language: 'ES' } }))).toEqual([titles.online]);
    expect(titlesOf(await list({ filter: { topic: 'ONLINE_SEXUAL_EXPLOITATION' } }))).toEqual([titles.online]);
    expect(titlesOf(await list({ filter: { text: 'SAFETY online' } }))).toEqual([titles.online]);
    // Open to the whole network, or to the region named.
    expect(titlesOf(await list({ filter: { region: 'AFRICA' }, first: 50 }))).toEqual(expect.arrayContaining([titles.online, titles.africa]));
    expect(titlesOf(await list({ filter: { region: 'EUROPE' }, first: 50 }))).not.toContain(titles.africa);
    expect(titlesOf(await list({ filter: { from: '2026-01-01T00:00:00Z', to: '2026-03-01T00:00:00Z' } }))).toEqual([titles.past]);
    expect(titlesOf(await list({ filter: { status: 'CANCELLED' } }))).toEqual([titles.cancelled]);
  });

  it('tells where a workshop is held apart from who may register for it', async () => {
    // Open to Africa's groups but held in Bangkok (the fixtures' venue) is not held in Africa.
    expect(titlesOf(await list({ filter: { heldInRegion: 'AFRICA' }, first: 50 }))).toEqual([titles.africa]);
    expect(titlesOf(await list({ filter: { heldInCountry: 'gh' }, first: 50 }))).toEqual([titles.africa]);
    expect(titlesOf(await list({ filter: { heldInRegion: 'SOUTHEAST_ASIA' }, first: 50 }))).toEqual([titles.ghanaOnly]);
    expect(titlesOf(await list({ filter: { heldInCountry: 'TH', heldInRegion: 'SOUTHEAST_ASIA' }, first: 50 }))).toEqual([titles.ghanaOnly]);
    // Both narrow: Ghana is not in South-East Asia. An online workshop is held nowhere.
    expect(titlesOf(await list({ filter: { heldInCountry: 'GH', heldInRegion: 'SOUTHEAST_ASIA' }, first: 50 }))).toEqual([]);
    expect(titlesOf(await list({ filter: { heldInRegion: 'EUROPE', region: 'EUROPE' }, first: 50 }))).toEqual([]);
    expect(errorCodes(await list({ filter: { heldInCountry: 'Atlantis' } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await list({ filter: { heldInRegion: 'NARNIA' } }))).toEqual(['BAD_USER_INPUT']);
  });

  it("lists what the caller's group may join", async () => {
    const ghana = await env.db.current.models.Organization.findOne({ name: 'Ghana Group' }).lean();
    const person = await givenUser(env.db.current, { role: 'GROUP_COORDINATOR', organizationId: ghana!._id });
    const token = await signInAs(env.app.url, person.email);
    expect(titlesOf(await list({ filter: { eligibleForMyGroup: true }, first: 50 }, token))).toEqual(
      expect.arrayContaining([titles.online, titles.africa, titles.ghanaOnly]),
    );
    const kenya = titlesOf(await list({ filter: { eligibleForMyGroup: true }, first: 50 }, env.network.tokens.coordinator));
    expect(kenya).toContain(titles.africa); // Kenya is in AFRICA too
    expect(kenya).not.toContain(titles.ghanaOnly);
    expect(errorCodes(await list({ filter: { eligibleForMyGroup: true } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('pages through in start order with stable cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const page: Awaited<ReturnType<typeof list>> = await list({ first: 1, after, filter: { from: '2026-01-01T00:00:00Z' } }, env.network.tokens.staff);
      seen.push(...titlesOf(page));
      if (!page.data!.workshops.pageInfo.hasNextPage) break;
      after = page.data!.workshops.pageInfo.endCursor;
    }
    const all = await env.db.current.models.Workshop.find({ endsAt: { $gt: new Date('2026-01-01T00:00:00Z') } })
      .sort({ startsAt: 1, _id: 1 })
      .lean();
    expect(seen).toEqual(all.map((w) => w.title));
  });

  it.each([
    [{ first: 101 }, 'first'],
    [{ after: 'garbage' }, 'after'],
    [{ filter: { text: 'x'.repeat(201) } }, 'filter.text'],
  ])('refuses %j', async (variables, field) => {
    const response = await list(variables);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.field).toBe(field);
  });
});

/**
 * Tests that store workshops of their own, in a database of their own: the programme above is read
 * whole (the public list, every page), so what these add stays out of it.
 */
describe('reading workshops stored by the test', () => {
  const env = useNetworkApp();

  it("shows times in the venue's zone and in the viewer's own", async () => {
    const mexico = await givenUser(env.db.current, { role: 'MEMBER', organizationId: env.network.group._id });
    await env.db.current.models.User.updateOne({ _id: mexico._id }, { $set: { timeZone: 'America/Mexico_City' } });
    const token = await signInAs(env.app.url, mexico.email);
    const bangkok = await givenWorkshop(env.db.current, { title: 'Bangkok morning', startsAt: new Date('2026-05-04T02:00:00Z'), timeZone: 'Asia/Bangkok' });
    const response = await graphql(env.app.url, ONE, { id: String(bangkok._id) }, { token });
    expect(response.data?.workshop?.times).toEqual({
      venueStartsAt: { iso: '2026-05-04T09:00:00+07:00', local: '2026-05-04T09:00', timeZone: 'Asia/Bangkok', offset: '+07:00', abbreviation: '+07' },
      viewerStartsAt: { iso: '2026-05-03T20:00:00-06:00', local: '2026-05-03T20:00', timeZone: 'America/Mexico_City', offset: '-06:00' },
    });
    const anonymous = await graphql(env.app.url, ONE, { id: String(bangkok._id) });
    expect(anonymous.data?.workshop?.times.viewerStartsAt).toBeNull();
  });

  it('costs the same database commands for 50 workshops with sessions and facilitators as for 5', async () => {
    const many = Array.from({ length: 55 }, (_, i) => ({
      title: `Bulk workshop ${String(i).padStart(2, '0')}`,
      startsAt: new Date(Date.UTC(2026, 5, 1 + i, 2)),
      sessions: [{ title: 'Only session', startsAt: new Date(Date.UTC(2026, 5, 1 + i, 2)), endsAt: new Date(Date.UTC(2026, 5, 1 + i, 4)) }] as never,
      facilitators: [{ name: 'A Facilitator', organization: 'Secretariat', userId: null }] as never,
    }));
    for (const fields of many) await givenWorkshop(env.db.current, fields);
    const query = operation(`query ReadingQuery($first: Int) { workshops(first: $first, filter: { from: "2026-05-31T00:00:00Z" }) { edges { node {
      id title seats { capacity confirmed waitlisted available } facilitators { name }
      sessions { title times { venueStartsAt { local } viewerStartsAt { local } } }
      times { venueStartsAt { iso } viewerStartsAt { iso } } } } } }`);
    // The first read after the writes applies them to the process's programme (workshops.reads.ts).
    await graphql(env.app.url, query, { first: 1 }, { token: env.network.tokens.member });
    const five = await countCommands(env.db.current.client, () => graphql(env.app.url, query, { first: 5 }, { token: env.network.tokens.member }));
    const fifty = await countCommands(env.db.current.client, () => graphql(env.app.url, query, { first: 50 }, { token: env.network.tokens.member }));
    expect(fifty.result.data?.workshops.edges).toHaveLength(50);
    expect(fifty.count).toBe(five.count);
    // The session and account come from memory, the page from the programme and its seats from
    // the seat figures: all proven current by one read of the change log (change-log.ts: the models
    // of a request read it together).
    expect(fifty.commands).toEqual(['find changes']);
    expect(fifty.count).toBe(1);
  });
});
