import ical, { type VEvent } from 'node-ical';
import { tokenHash } from '../../../src/modules/users/secrets';
import { countCommands } from '../../helpers/command-counter';
import { quiesce } from '../../../src/quiesce';
import { givenOrganization, givenRegistration, givenUser, givenWorkshop, signInAs, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import type { ParticipantInput, PrivateCalendarFeed } from '../../gql/graphql';
import { errorCodes, graphql } from '../../helpers/graphql';
import { afterLogged, fetchRaw, parseWithIcalJs } from './calendar-helpers';

const FEEDS = operation(`query PrivateFeedsFeeds { calendarFeeds {
  public { name https webcal } regions { name https } topics { name https }
  personal { feed issuedAt link { name https webcal } }
  group { feed issuedAt link { name https webcal } } } }`);
const ROTATE = operation(`mutation PrivateFeedsRotate($input: RotateCalendarTokenInput!) { rotateCalendarToken(input: $input) { calendarFeeds {
  personal { feed issuedAt link { https } } group { feed issuedAt link { https } } } } }`);
const REGISTER = operation(`mutation PrivateFeedsRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }`);
const CANCEL_REGISTRATION = operation(
  `mutation PrivateFeedsCancelRegistration($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }`,
);
const CANCEL_WORKSHOP = operation(
  `mutation PrivateFeedsCancelWorkshop($id: ID!) { cancelWorkshop(input: { id: $id, reason: "Postponed." }) { workshop { id sequence } } }`,
);

const JOINING_LINK = 'https://meet.example.org/room-for-participants';

describe('private calendar feeds', () => {
  const env = useNetworkApp();
  const w: Record<string, string> = {};
  const path = (https: string) => new URL(https).pathname;
  /** An online workshop in Paris time with the joining link (the link a feed may or may not carry). */
  const onlineWorkshop = async (fields: Parameters<typeof givenWorkshop>[1]) =>
    String((await givenWorkshop(env.db.current, { format: 'ONLINE', venue: null, onlineUrl: JOINING_LINK, timeZone: 'Europe/Paris', ...fields }))._id);
  const feed = (https: string, headers: Record<string, string> = {}) => fetchRaw(`${env.app.url}${path(https)}`, { headers });
  const feedsOf = async (token?: string) => {
    const answer = await graphql(env.app.url, FEEDS, {}, { token });
    expect(answer.errors).toBeUndefined();
    return answer.data!.calendarFeeds;
  };
  const register = async (workshopId: string, participants: ParticipantInput[], token = env.network.tokens.coordinator) => {
    const answer = await afterLogged(env.db.current, 'registrations', () => graphql(env.app.url, REGISTER, { input: { workshopId, participants } }, { token }));
    expect(answer.errors).toBeUndefined();
    return answer.data!.register.registrations;
  };
  const uidOf = (id: string | undefined) => `workshop-${id}@localhost`;
  /** Fresh links for the caller (a link is shown once, so a test that needs one of the network's people asks anew). */
  const freshLinks = async (token: string, input: { feed?: 'PERSONAL' | 'GROUP' } = {}) => {
    const answer = await graphql(env.app.url, ROTATE, { input }, { token });
    expect(answer.errors).toBeUndefined();
    return answer.data!.rotateCalendarToken.calendarFeeds;
  };
  const memberLink = async () => (await freshLinks(env.network.tokens.member, { feed: 'PERSONAL' })).personal!.link!.https;
  /**
   * A member of a group of their own, registered by that group's coordinator: what a test does to
   * their registrations leaves the network member's feed and the network group's feed as set up.
   */
  const personElsewhere = async (name: string) => {
    const group = await givenOrganization(env.db.current, { name, country: 'GH' });
    const coordinator = await givenUser(env.db.current, { role: 'GROUP_COORDINATOR', organizationId: group._id });
    const person = await givenUser(env.db.current, { role: 'MEMBER', organizationId: group._id });
    return { coordinator: await signInAs(env.app.url, coordinator.email), person, token: await signInAs(env.app.url, person.email) };
  };

  beforeAll(async () => {
    const member = { userId: String(env.network.people.member._id) };
    const online = { format: 'ONLINE' as const, venue: null, onlineUrl: JOINING_LINK, timeZone: 'Europe/Paris' };
    const workshop = async (fields: Parameters<typeof givenWorkshop>[1] = {}) => String((await givenWorkshop(env.db.current, { ...online, ...fields }))._id);
    w.confirmed = await workshop({ title: 'Confirmed one', startsAt: new Date('2026-04-01T08:00:00Z') });
    w.waitlisted = await workshop({ title: 'Waitlisted one', capacity: 1, startsAt: new Date('2026-04-02T08:00:00Z') });
    w.pending = await workshop({ title: 'Pending one', requiresApproval: true, startsAt: new Date('2026-04-03T08:00:00Z') });
    w.withdrawn = await workshop({ title: 'Withdrawn one', startsAt: new Date('2026-04-04T08:00:00Z') });
    w.cancelled = await workshop({ title: 'Cancelled one', startsAt: new Date('2026-04-05T08:00:00Z'), publishedAt: new Date('2026-02-01T00:00:00Z') });
    w.colleague = await workshop({ title: 'A colleague’s one', startsAt: new Date('2026-04-06T08:00:00Z') });
    w.otherGroup = await workshop({ title: 'Another group’s one', startsAt: new Date('2026-04-07T08:00:00Z') });
    w.nobody = await workshop({ title: 'Nobody’s one', startsAt: new Date('2026-04-08T08:00:00Z') });

    await register(w.confirmed, [member]);
    await register(w.waitlisted, [{ name: 'Seat Holder', email: 'seat.holder@example.org' }]);
    await register(w.waitlisted, [member]);
    await register(w.pending, [member]);
    const [withdrawn] = await register(w.withdrawn, [member]);
    await afterLogged(env.db.current, 'registrations', () =>
      graphql(env.app.url, CANCEL_REGISTRATION, { id: withdrawn!.id }, { token: env.network.tokens.coordinator }),
    );
    await register(w.cancelled, [member]);
    await register(w.colleague, [{ name: 'Colleague Person', email: 'colleague.person@example.org' }]);

    const otherGroup = await givenOrganization(env.db.current, { name: 'Other Group', country: 'BR' });
    const otherCoordinator = await givenUser(env.db.current, { role: 'GROUP_COORDINATOR', organizationId: otherGroup._id });
    await register(w.otherGroup, [{ name: 'Outsider Person', email: 'outsider.person@example.org' }], await signInAs(env.app.url, otherCoordinator.email));
    // A registration's follow-up work (queued emails, a seat recount a moment later) lands before commands are counted.
    await quiesce(env.app.deps);
  });

  it('gives anonymous callers the public links only', async () => {
    const feeds = await feedsOf();
    expect(feeds.public).toEqual({
      name: 'Workshops: public programme',
      https: 'http://localhost:4000/calendar/public.ics',
      webcal: 'webcal://localhost:4000/calendar/public.ics',
    });
    expect(feeds.regions.map((r) => r.https)).toContain('http://localhost:4000/calendar/public.ics?region=AFRICA');
    expect(feeds.topics).toContainEqual({
      name: 'Workshops: Access to justice and remedies',
      https: 'http://localhost:4000/calendar/public.ics?topic=ACCESS_TO_JUSTICE',
    });
    // Every listed link answers.
    for (const link of [feeds.public, ...feeds.regions, ...feeds.topics])
      expect((await fetchRaw(`${env.app.url}${new URL(link.https).pathname}${new URL(link.https).search}`)).status).toBe(200);
    expect(feeds).toMatchObject({ personal: null, group: null });
  });

  it('issues a personal link on the first call and shows it again to its owner; a member gets no group feed', async () => {
    // A member no other test asked for links: this call is their first.
    const member = await givenUser(env.db.current, { role: 'MEMBER', organizationId: env.network.group._id });
    const memberToken = await signInAs(env.app.url, member.email);
    const first = await feedsOf(memberToken);
    expect(first.group).toBeNull();
    expect(first.personal).toMatchObject({ feed: 'PERSONAL', issuedAt: '2026-03-01T09:00:00.000Z', link: { name: 'My workshops' } });
    const link = first.personal!.link!;
    expect(link.https).toMatch(/^http:\/\/localhost:4000\/calendar\/private\/exc_[A-Za-z0-9_-]{43}\.ics$/);
    expect(link.webcal).toBe(link.https.replace('http:', 'webcal:'));
    expect((await feed(link.https)).status).toBe(200);
    // The SHA-256 and a sealed copy are stored, never the token itself.
    const token = path(link.https).slice('/calendar/private/'.length, -'.ics'.length);
    const stored = await env.db.current.models.CalendarToken.find({ userId: member._id }).lean();
    expect(stored.map((t) => t._id)).toEqual([tokenHash(token)]);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(token.slice(4, 20));

    // The same link again, not a new one: subscriptions keep working.
    const again = await feedsOf(memberToken);
    expect(again.personal).toEqual({ feed: 'PERSONAL', issuedAt: '2026-03-01T09:00:00.000Z', link });
    expect(await env.db.current.models.CalendarToken.countDocuments({ userId: member._id })).toBe(1);
  });

  it('shows no link it cannot prove: a sealed copy moved to another person, or altered, opens nothing', async () => {
    const member = await givenUser(env.db.current, { role: 'MEMBER', organizationId: env.network.group._id });
    const other = await givenUser(env.db.current, { role: 'MEMBER', organizationId: env.network.group._id });
    const memberToken = await signInAs(env.app.url, member.email);
    const otherToken = await signInAs(env.app.url, other.email);
    const mine = (await feedsOf(memberToken)).personal!.link!;
    expect((await feedsOf(otherToken)).personal!.link).not.toBeNull();
    const [sealed] = await env.db.current.models.CalendarToken.find({ userId: member._id }).lean();
    // Someone with write access to the database copies the member's sealed token onto the other's row.
    await env.db.current.models.CalendarToken.updateOne({ userId: other._id }, { $set: { sealed: sealed!.sealed } });
    const moved = (await feedsOf(otherToken)).personal!;
    expect(moved.link).toBeNull();
    expect(JSON.stringify(moved)).not.toContain(path(mine.https));
    await env.db.current.models.CalendarToken.updateOne({ userId: member._id }, { $set: { sealed: `${sealed!.sealed}x` } });
    expect((await feedsOf(memberToken)).personal!.link).toBeNull();
    // Rotating gives a link that shows again.
    const rotated = (await freshLinks(memberToken, { feed: 'PERSONAL' })).personal!.link!;
    expect((await feedsOf(memberToken)).personal!.link?.https).toBe(rotated.https);
  });

  it('shows a person their own workshops: confirmed with the joining link, waitlisted and pending tentative, withdrawals gone', async () => {
    const response = await feed(await memberLink());
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('private, no-cache');
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const parsed = parseWithIcalJs(response.text);
    expect(parsed.name).toBe('My workshops');
    const byUid = new Map(parsed.events.map((e) => [e.uid, e]));
    expect([...byUid.keys()].sort()).toEqual([w.confirmed, w.waitlisted, w.pending, w.cancelled].map(uidOf).sort());
    expect(byUid.get(uidOf(w.confirmed))).toMatchObject({ status: 'CONFIRMED' });
    expect(byUid.get(uidOf(w.confirmed))!.description).toContain(`Joining link: ${JOINING_LINK}`);
    for (const id of [w.waitlisted, w.pending]) {
      expect(byUid.get(uidOf(id))!.status).toBe('TENTATIVE');
      expect(byUid.get(uidOf(id))!.description).not.toContain('Joining link');
    }
    const nodeEvents = Object.values(ical.sync.parseICS(response.text)).filter((c) => c?.type === 'VEVENT') as VEvent[];
    expect(nodeEvents.map((e) => [e.summary, e.status]).sort()).toEqual([
      ['Cancelled one', 'CONFIRMED'],
      ['Confirmed one', 'CONFIRMED'],
      ['Pending one', 'TENTATIVE'],
      ['Waitlisted one', 'TENTATIVE'],
    ]);
    expect(response.text).not.toContain('@example.org');
    expect(response.text).not.toContain('Seat Holder');
  });

  it('gives a coordinator a group feed of every workshop their group is in, without names or links', async () => {
    // A coordinator of the group no other test asked for links: this call is their first.
    const coordinator = await givenUser(env.db.current, { role: 'GROUP_COORDINATOR', organizationId: env.network.group._id });
    const feeds = await feedsOf(await signInAs(env.app.url, coordinator.email));
    expect(feeds.personal?.link?.https).toMatch(/\/calendar\/private\/exc_/);
    expect(feeds.group).toMatchObject({ feed: 'GROUP', link: { name: 'My group’s workshops' } });
    const response = await feed(feeds.group!.link!.https);
    const parsed = parseWithIcalJs(response.text);
    expect(parsed.events.map((e) => e.uid).sort()).toEqual([w.confirmed, w.waitlisted, w.pending, w.cancelled, w.colleague].map(uidOf).sort());
    // The group holds a confirmed seat in the waitlisted workshop (the seat holder), so it is confirmed for the group.
    expect(parsed.events.find((e) => e.uid === uidOf(w.waitlisted))!.status).toBe('CONFIRMED');
    expect(parsed.events.find((e) => e.uid === uidOf(w.pending))!.status).toBe('TENTATIVE');
    expect(response.text).not.toContain('Joining link');
    expect(response.text).not.toContain(JOINING_LINK);
    for (const personal of ['Colleague Person', 'colleague.person', 'Seat Holder', 'seat.holder', 'Test Person', '@example.org', 'Outsider']) {
      expect(response.text).not.toContain(personal);
    }
    // The own feed of the coordinator who registered all of them is empty: they registered others, not themself.
    const registering = (await freshLinks(env.network.tokens.coordinator, { feed: 'PERSONAL' })).personal!.link!.https;
    expect(parseWithIcalJs((await feed(registering)).text).events).toEqual([]);
    expect(parseWithIcalJs((await feed(feeds.personal!.link!.https)).text).events).toEqual([]);
  });

  it('answers 304 from the token and the stamps, and follows registration changes', async () => {
    // Its own workshop and people: the seat it frees is no one else's.
    const { coordinator, person, token } = await personElsewhere('Waiting Group');
    const waitlisted = await onlineWorkshop({ title: 'Waitlisted, then promoted', capacity: 1, startsAt: new Date('2026-04-09T08:00:00Z') });
    const [holder] = await register(waitlisted, [{ name: 'Other Seat Holder', email: 'other.seat.holder@example.org' }], coordinator);
    expect(await register(waitlisted, [{ userId: String(person._id) }], coordinator)).toMatchObject([{ status: 'WAITLISTED' }]);
    await quiesce(env.app.deps);
    const link = (await feedsOf(token)).personal!.link!.https;

    const first = await feed(link);
    expect(parseWithIcalJs(first.text).events.find((e) => e.uid === uidOf(waitlisted))!.status).toBe('TENTATIVE');
    const etag = String(first.headers.etag);
    const client = env.db.current.connection.getClient();
    const conditional = await countCommands(client, () => feed(link, { 'If-None-Match': etag }));
    expect(conditional.result.status).toBe(304);
    expect(conditional.commands.sort()).toEqual(['find calendartokens', 'find changes', 'find users']);
    const warm = await countCommands(client, () => feed(link));
    expect(warm.result.status).toBe(200);
    expect(warm.commands.sort()).toEqual(['find calendartokens', 'find changes', 'find users']);

    // The waitlisted person gets the seat when the holder withdraws: CONFIRMED, with the link.
    await afterLogged(env.db.current, 'registrations', () => graphql(env.app.url, CANCEL_REGISTRATION, { id: holder!.id }, { token: coordinator }));
    const changed = await feed(link, { 'If-None-Match': etag });
    expect(changed.status).toBe(200);
    const promoted = parseWithIcalJs(changed.text).events.find((e) => e.uid === uidOf(waitlisted))!;
    expect(promoted.status).toBe('CONFIRMED');
    expect(promoted.description).toContain(`Joining link: ${JOINING_LINK}`);
  });

  it('keeps a cancelled workshop in the person’s feed as CANCELLED with a raised sequence', async () => {
    // Its own workshop and person: the cancellation changes no other test's feed.
    const { coordinator, person, token } = await personElsewhere('Cancelling Group');
    const cancelled = await onlineWorkshop({
      title: 'Cancelled later',
      startsAt: new Date('2026-04-10T08:00:00Z'),
      publishedAt: new Date('2026-02-01T00:00:00Z'),
    });
    await register(cancelled, [{ userId: String(person._id) }], coordinator);
    const link = (await feedsOf(token)).personal!.link!.https;
    const before = parseWithIcalJs((await feed(link)).text).events.find((e) => e.uid === uidOf(cancelled))!;
    expect(before).toMatchObject({ status: 'CONFIRMED', sequence: 0 });
    expect(before.description).toContain(`Joining link: ${JOINING_LINK}`);

    await afterLogged(env.db.current, 'workshops', () => graphql(env.app.url, CANCEL_WORKSHOP, { id: cancelled }, { token: env.network.tokens.staff }));
    const parsed = parseWithIcalJs((await feed(link)).text);
    expect(parsed.events.find((e) => e.uid === uidOf(cancelled))).toMatchObject({ status: 'CANCELLED', sequence: 1 });
    expect(parsed.events.find((e) => e.uid === uidOf(cancelled))!.description).not.toContain('Joining link');
  });

  it('kills a rotated link at once and serves the new one; unknown, malformed and rotated tokens get the same 404', async () => {
    const old = await memberLink();
    const before = await feed(old);
    expect(before.status).toBe(200);
    const rotated = await graphql(env.app.url, ROTATE, { input: { feed: 'PERSONAL' } }, { token: env.network.tokens.member });
    expect(rotated.errors).toBeUndefined();
    const fresh = rotated.data!.rotateCalendarToken.calendarFeeds.personal!.link!.https;
    expect(fresh).not.toBe(old);

    const dead = await feed(old);
    const deadConditional = await feed(old, { 'If-None-Match': String(before.headers.etag) });
    const unknown = await feed(`http://x/calendar/private/exc_${'A'.repeat(43)}.ics`);
    const malformed = await feed('http://x/calendar/private/not-a-token.ics');
    for (const answer of [dead, deadConditional, unknown, malformed]) {
      expect(answer.status).toBe(404);
      expect(answer.text).toBe(dead.text);
    }
    expect(JSON.parse(dead.text).errors[0].extensions.code).toBe('NOT_FOUND');
    const working = await feed(fresh);
    expect(working.status).toBe(200);
    expect(working.text).toBe(before.text);

    // Rotating everything (the coordinator's two links) kills both.
    const earlier = await freshLinks(env.network.tokens.coordinator);
    const [earlierGroup, earlierPersonal] = [earlier.group!.link!.https, earlier.personal!.link!.https];
    expect((await feed(earlierGroup)).status).toBe(200);
    expect((await feed(earlierPersonal)).status).toBe(200);
    const all = await graphql(env.app.url, ROTATE, { input: {} }, { token: env.network.tokens.coordinator });
    expect(all.data?.rotateCalendarToken.calendarFeeds.group?.link?.https).toMatch(/exc_/);
    expect((await feed(earlierGroup)).status).toBe(404);
    expect((await feed(earlierPersonal)).status).toBe(404);
    expect((await feed(all.data!.rotateCalendarToken.calendarFeeds.group!.link!.https)).status).toBe(200);

    // A member cannot ask for a group link; anonymous callers cannot rotate.
    expect(errorCodes(await graphql(env.app.url, ROTATE, { input: { feed: 'GROUP' } }, { token: env.network.tokens.member }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(env.app.url, ROTATE, { input: {} }))).toEqual(['UNAUTHENTICATED']);
    expect(
      errorCodes(await graphql(env.app.url, ROTATE, { input: { feed: 'EVERYTHING' as unknown as PrivateCalendarFeed } }, { token: env.network.tokens.member })),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('revokes a person’s links when they are disabled, and when they are erased', async () => {
    const group = await givenOrganization(env.db.current, { name: 'Leaving Group', country: 'GH' });
    const leaving = await givenUser(env.db.current, { role: 'MEMBER', organizationId: group._id });
    const erased = await givenUser(env.db.current, { role: 'MEMBER', organizationId: group._id });
    const linkOf = async (email: string) => (await feedsOf(await signInAs(env.app.url, email))).personal!.link!.https;
    const leavingLink = await linkOf(leaving.email);
    const erasedLink = await linkOf(erased.email);
    expect((await feed(leavingLink)).status).toBe(200);

    const disabled = await graphql(
      env.app.url,
      operation(`mutation PrivateFeedsDisableUser($id: ID!) { disableUser(input: { id: $id }) { user { id } } }`),
      { id: String(leaving._id) },
      { token: env.network.tokens.admin },
    );
    expect(disabled.errors).toBeUndefined();
    expect((await feed(leavingLink)).status).toBe(404);
    expect(await env.db.current.models.CalendarToken.countDocuments({ userId: leaving._id })).toBe(0);

    const erasure = await graphql(
      env.app.url,
      operation(`mutation PrivateFeedsErasePerson($email: String!) { erasePerson(input: { email: $email }) { pseudonym } }`),
      { email: erased.email },
      { token: env.network.tokens.admin },
    );
    expect(erasure.errors).toBeUndefined();
    expect((await feed(erasedLink)).status).toBe(404);
    expect(await env.db.current.models.CalendarToken.countDocuments({ userId: erased._id })).toBe(0);
  });

  it('stops a group link of a coordinator who is no longer one', async () => {
    const coordinator = await givenUser(env.db.current, { role: 'GROUP_COORDINATOR', organizationId: env.network.group._id });
    const groupLink = (await feedsOf(await signInAs(env.app.url, coordinator.email))).group!.link!.https;
    expect((await feed(groupLink)).status).toBe(200);
    // Checked on every full request, whatever changed the role...
    await env.db.current.models.User.updateOne({ _id: coordinator._id }, { $set: { role: 'MEMBER' } });
    expect((await feed(groupLink)).status).toBe(404);
    await env.db.current.models.User.updateOne({ _id: coordinator._id }, { $set: { role: 'GROUP_COORDINATOR' } });
    const restored = await feed(groupLink);
    expect(restored.status).toBe(200);
    // ...and changeUserRole revokes the link outright, conditional requests included.
    const changed = await graphql(
      env.app.url,
      operation(`mutation PrivateFeedsChangeUserRole($id: ID!) { changeUserRole(input: { id: $id, role: MEMBER }) { user { id } } }`),
      { id: String(coordinator._id) },
      { token: env.network.tokens.admin },
    );
    expect(changed.errors).toBeUndefined();
    expect((await feed(groupLink, { 'If-None-Match': String(restored.headers.etag) })).status).toBe(404);
    expect(await env.db.current.models.CalendarToken.countDocuments({ userId: coordinator._id, feed: 'GROUP' })).toBe(0);
    expect(await env.db.current.models.CalendarToken.countDocuments({ userId: coordinator._id, feed: 'PERSONAL' })).toBe(1);
  });

  it("shows a workshop in a group feed by the best place the group's people hold, whoever registered first", async () => {
    const { coordinator } = await personElsewhere('Ranking Group');
    const group = (await env.db.current.models.Organization.findOne({ name: 'Ranking Group' }).lean())!;
    const workshop = await givenWorkshop(env.db.current, { title: 'Ranked one', startsAt: new Date('2026-04-12T08:00:00Z') });
    await givenRegistration(env.db.current, { workshopId: workshop._id, organizationId: group._id, status: 'WAITLISTED' });
    await givenRegistration(env.db.current, { workshopId: workshop._id, organizationId: group._id, status: 'CONFIRMED' });
    await quiesce(env.app.deps);
    const link = (await feedsOf(coordinator)).group!.link!.https;
    const event = parseWithIcalJs((await feed(link)).text).events.find((e) => e.uid === uidOf(String(workshop._id)));
    expect(event?.status).toBe('CONFIRMED');
  });
});
