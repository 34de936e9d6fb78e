import { settleDeferredWrites } from '../../../src/db/deferred-writes';
import { holdAt } from '../../../src/db/race-points';
import { givenOrganization, givenUser, givenWorkshop, signInAs, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import type { RegisterInput, RegisterPagedQuery } from '../../gql/graphql';
import { errorCodes, graphql, type GraphQLResponse } from '../../helpers/graphql';

const REGISTER = operation(
  `mutation RegisterRegister($input: RegisterInput!) { register(input: $input) { registrations { id status waitlistPosition participant { name email } } } }`,
);
const CANCEL = operation(`mutation RegisterCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }`);
const LIST = operation(`query RegisterList($workshopId: ID!, $first: Int) { registrations(workshopId: $workshopId, first: $first) {
  edges { node { id status waitlistPosition organization { id } participant { email } } } } }`);

const PAGED = operation(`query RegisterPaged($workshopId: ID!, $after: String) { registrations(workshopId: $workshopId, first: 100, after: $after) {
  edges { node { status waitlistPosition } } pageInfo { hasNextPage endCursor } } }`);

describe('registration', () => {
  const env = useNetworkApp();
  const register = (input: RegisterInput, token = env.network.tokens.coordinator) => graphql(env.app.url, REGISTER, { input }, { token });
  const person = (n: number | string) => ({ name: `Participant ${n}`, email: `participant-${n}@example.org` });

  it('confirms while seats last, then waitlists with live positions; cancelling promotes the first in line', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 2 });
    const answer = await register({ workshopId: String(workshop._id), participants: [person('a1'), person('a2'), person('a3'), person('a4')] });
    expect(answer.errors).toBeUndefined();
    const regs = answer.data!.register.registrations;
    expect(regs.map((r) => [r.status, r.waitlistPosition])).toEqual([
      ['CONFIRMED', null],
      ['CONFIRMED', null],
      ['WAITLISTED', 1],
      ['WAITLISTED', 2],
    ]);
    const cancelled = await graphql(env.app.url, CANCEL, { id: regs[0]!.id }, { token: env.network.tokens.coordinator });
    expect(cancelled.data).toEqual({ cancelRegistration: { registration: { id: regs[0]!.id, status: 'CANCELLED' } } });
    const list = await graphql(env.app.url, LIST, { workshopId: String(workshop._id) }, { token: env.network.tokens.staff });
    expect(list.data?.registrations.edges.map((e) => [e.node.status, e.node.waitlistPosition])).toEqual([
      ['CANCELLED', null],
      ['CONFIRMED', null],
      ['CONFIRMED', null],
      ['WAITLISTED', 1],
    ]);
    expect(await env.db.current.models.SeatCount.findById(workshop._id).lean()).toMatchObject({ confirmed: 2, waitlisted: 1 });
    // Cancelled, the person may register again (at the end of the line).
    const again = await register({ workshopId: String(workshop._id), participants: [person('a1')] });
    expect(again.data?.register.registrations[0]).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 });
  });

  it('gives exactly the seats there are to 200 simultaneous registrations, with gapless positions', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 50 });
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => register({ workshopId: String(workshop._id), participants: [person(`burst-${i}`)] })),
    );
    expect(answers.filter((a) => a.errors)).toEqual([]);
    const statuses = answers.map((a) => a.data!.register.registrations[0]!.status);
    expect(statuses.filter((s) => s === 'CONFIRMED')).toHaveLength(50);
    expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(150);

    const stored = await env.db.current.models.Registration.find({ workshopId: workshop._id }).lean();
    expect(stored).toHaveLength(200);
    expect(new Set(stored.filter((r) => r.status === 'CONFIRMED').map((r) => r.seatClaim)).size).toBe(50);
    // Every waiting position, read through the API page by page: 1..150, each exactly once.
    const positions: (number | null)[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const answer: GraphQLResponse<RegisterPagedQuery> = await graphql(
        env.app.url,
        PAGED,
        { workshopId: String(workshop._id), after },
        { token: env.network.tokens.staff },
      );
      const connection = answer.data!.registrations;
      positions.push(...connection.edges.filter((e) => e.node.status === 'WAITLISTED').map((e) => e.node.waitlistPosition));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect([...positions].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
  }, 120_000);

  it('never overbooks when cancellations race new registrations', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 10 });
    const first = await register({ workshopId: String(workshop._id), participants: Array.from({ length: 15 }, (_, i) => person(`race-${i}`)) });
    const confirmed = first.data!.register.registrations.filter((r) => r.status === 'CONFIRMED');
    expect(confirmed).toHaveLength(10);
    // The race is made to happen: each cancellation is held between its read and its write until
    // the new registrations are on their way, then all run at once.
    const holds = confirmed.slice(0, 5).map((r) => holdAt(env.db.current, 'cancel', r.id));
    const cancelling = confirmed.slice(0, 5).map((r) => graphql(env.app.url, CANCEL, { id: r.id }, { token: env.network.tokens.coordinator }));
    const answeredEarly = (i: number) => cancelling[i]!.then((a) => Promise.reject(new Error(`cancel answered before its write: ${JSON.stringify(a.errors)}`)));
    await Promise.all(holds.map((h, i) => Promise.race([h.reached, answeredEarly(i)])));
    const registering = Array.from({ length: 20 }, (_, i) => register({ workshopId: String(workshop._id), participants: [person(`race-new-${i}`)] }));
    for (const h of holds) h.release();
    const [cancels, registrations] = await Promise.all([Promise.all(cancelling), Promise.all(registering)]);
    expect(cancels.map((a) => a.errors ?? a.data!.cancelRegistration.registration.status)).toEqual(Array(5).fill('CANCELLED'));
    expect(registrations.filter((a) => a.errors)).toEqual([]);
    await settleDeferredWrites(env.db.current);
    // The five freed seats went to someone (new or waiting) and no seat went twice.
    const nowConfirmed = await env.db.current.models.Registration.find({ workshopId: workshop._id, status: 'CONFIRMED' }).lean();
    expect(nowConfirmed).toHaveLength(10);
    const seatClaims = await env.db.current.db
      .collection('claims')
      .find({ _id: { $regex: `^ws:${String(workshop._id)}:seat:` } } as never)
      .toArray();
    expect(seatClaims.map((c) => c._id).sort()).toEqual(nowConfirmed.map((r) => r.seatClaim).sort());
  }, 60_000);

  it('keeps every group to its quota when 100 registrations from four groups arrive at once', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 50, perGroupQuota: 5 });
    const groups = [env.network.group, ...(await Promise.all([1, 2, 3].map((n) => givenOrganization(env.db.current, { name: `Quota Group ${n}` }))))];
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        register(
          { workshopId: String(workshop._id), organizationId: String(groups[i % 4]!._id), participants: [person(`quota-${i}`)] },
          env.network.tokens.admin,
        ),
      ),
    );
    expect(answers.filter((a) => a.errors)).toEqual([]);
    const stored = await env.db.current.models.Registration.find({ workshopId: workshop._id }).lean();
    for (const group of groups) {
      const mine = stored.filter((r) => String(r.organizationId) === String(group._id));
      expect(mine).toHaveLength(25);
      expect(mine.filter((r) => r.status === 'CONFIRMED')).toHaveLength(5);
    }
  }, 60_000);

  it('enforces a per-group quota: the group waits while seats stay free for others', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 10, perGroupQuota: 2 });
    const answer = await register({ workshopId: String(workshop._id), participants: [person('q1'), person('q2'), person('q3')] });
    expect(answer.data!.register.registrations.map((r) => r.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'WAITLISTED']);
  });

  it('holds approval-required registrations as pending until the Secretariat approves or declines', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 5, requiresApproval: true });
    const regs = (await register({ workshopId: String(workshop._id), participants: [person('p1'), person('p2')] })).data!.register.registrations;
    expect(regs.map((r) => r.status)).toEqual(['PENDING_APPROVAL', 'PENDING_APPROVAL']);
    const approve = operation(`mutation RegisterApprove($id: ID!) { approveRegistration(input: { id: $id }) { registration { status } } }`);
    const decline = operation(
      `mutation RegisterDecline($id: ID!) { declineRegistration(input: { id: $id, reason: "Not the right profile" }) { registration { status } } }`,
    );
    expect(errorCodes(await graphql(env.app.url, approve, { id: regs[0]!.id }, { token: env.network.tokens.coordinator }))).toEqual(['FORBIDDEN']);
    expect((await graphql(env.app.url, approve, { id: regs[0]!.id }, { token: env.network.tokens.staff })).data).toEqual({
      approveRegistration: { registration: { status: 'CONFIRMED' } },
    });
    expect(errorCodes(await graphql(env.app.url, approve, { id: regs[0]!.id }, { token: env.network.tokens.staff }))).toEqual(['CONFLICT']);
    expect((await graphql(env.app.url, decline, { id: regs[1]!.id }, { token: env.network.tokens.staff })).data).toEqual({
      declineRegistration: { registration: { status: 'DECLINED' } },
    });
  });

  it.each([
    ['an unknown workshop', () => ({ workshopId: '0123456789abcdef01234567', participants: [person('x')] }), 'NOT_FOUND'],
    ['a malformed email', (w: string) => ({ workshopId: w, participants: [{ name: 'X', email: 'not-an-email' }] }), 'BAD_USER_INPUT'],
    [
      'the same person twice in a batch',
      (w: string) => ({ workshopId: w, participants: [person('dup'), { name: 'Dup', email: 'PARTICIPANT-dup@example.org' }] }),
      'BAD_USER_INPUT',
    ],
    ['neither userId nor name and email', (w: string) => ({ workshopId: w, participants: [{ name: 'Only a name' }] }), 'BAD_USER_INPUT'],
    ['another group', (w: string) => ({ workshopId: w, organizationId: 'OTHER', participants: [person('y')] }), 'FORBIDDEN'],
  ])('refuses %s, storing nothing', async (_name, inputOf, code) => {
    const workshop = await givenWorkshop(env.db.current);
    const other = await givenOrganization(env.db.current);
    const input: RegisterInput = inputOf(String(workshop._id));
    if (input.organizationId === 'OTHER') input.organizationId = String(other._id);
    const before = await env.db.current.models.Registration.countDocuments({});
    expect(errorCodes(await register(input))).toEqual([code]);
    expect(await env.db.current.models.Registration.countDocuments({})).toBe(before);
  });

  it.each([
    ['a malformed email', { name: 'Bad', email: 'not-an-email' }, 'BAD_USER_INPUT'],
    ['an account outside the group', { userId: '0123456789abcdef01234567' }, 'BAD_USER_INPUT'],
    ['a person already registered', person('batch-taken'), 'CONFLICT'],
  ])('refuses a batch of good people with %s among them, storing and claiming nothing', async (_name, bad, code) => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 1 });
    const id = String(workshop._id);
    expect((await register({ workshopId: id, participants: [person('batch-taken')] })).errors).toBeUndefined();
    const claims = () =>
      env.db.current.db
        .collection('claims')
        .find({ _id: { $regex: `^ws:${id}:` } } as never)
        .toArray();
    const registrations = () => env.db.current.models.Registration.find({ workshopId: workshop._id }).lean();
    const [claimsBefore, registrationsBefore] = [await claims(), await registrations()];
    // Good people before and after the bad one: the first would be waitlisted (a ticket), had it run.
    expect(errorCodes(await register({ workshopId: id, participants: [person('batch-good-1'), bad, person('batch-good-2')] }))).toEqual([code]);
    await settleDeferredWrites(env.db.current);
    expect(await claims()).toEqual(claimsBefore);
    expect(await registrations()).toEqual(registrationsBefore);
    expect((await env.db.current.models.WaitCounter.findById(workshop._id).lean())?.last ?? 0).toBe(0);
  });

  it('refuses a closed window, a cancelled workshop, an ineligible or suspended group, and a duplicate', async () => {
    const closed = await givenWorkshop(env.db.current, { startsAt: new Date('2026-05-04T02:00:00Z'), registrationClosesAt: new Date('2026-02-01T00:00:00Z') });
    expect(errorCodes(await register({ workshopId: String(closed._id), participants: [person('c1')] }))).toEqual(['CONFLICT']);
    const cancelled = await givenWorkshop(env.db.current, { status: 'CANCELLED' });
    expect(errorCodes(await register({ workshopId: String(cancelled._id), participants: [person('c2')] }))).toEqual(['CONFLICT']);
    const europeOnly = await givenWorkshop(env.db.current, { openToAll: false, eligibility: { regions: ['EUROPE'], organizationIds: [] } });
    expect(errorCodes(await register({ workshopId: String(europeOnly._id), participants: [person('c3')] }))).toEqual(['FORBIDDEN']);
    const suspended = await givenOrganization(env.db.current, { membershipStatus: 'SUSPENDED' });
    const open = await givenWorkshop(env.db.current);
    expect(
      errorCodes(
        await register({ workshopId: String(open._id), organizationId: String(suspended._id), participants: [person('c4')] }, env.network.tokens.admin),
      ),
    ).toEqual(['FORBIDDEN']);
    await register({ workshopId: String(open._id), participants: [person('c5')] });
    expect(errorCodes(await register({ workshopId: String(open._id), participants: [{ name: 'Again', email: 'Participant-c5@example.org' }] }))).toEqual([
      'CONFLICT',
    ]);
  });

  it('lets a member register themself only where the workshop allows it', async () => {
    const member = await givenUser(env.db.current, { role: 'MEMBER', organizationId: env.network.group._id });
    const token = await signInAs(env.app.url, member.email);
    const closed = await givenWorkshop(env.db.current);
    const self = { participants: [{ userId: String(member._id) }] };
    expect(errorCodes(await register({ workshopId: String(closed._id), ...self }, token))).toEqual(['FORBIDDEN']);
    const open = await givenWorkshop(env.db.current, { selfRegistration: true });
    expect((await register({ workshopId: String(open._id), ...self }, token)).data?.register.registrations[0]?.status).toBe('CONFIRMED');
    expect(errorCodes(await register({ workshopId: String(open._id), participants: [person('someone-else')] }, token))).toEqual(['FORBIDDEN']);
  });

  it("keeps each group's participants to the group, the Secretariat and the person", async () => {
    const workshop = await givenWorkshop(env.db.current);
    const otherGroup = await givenOrganization(env.db.current, { name: 'Other Group' });
    const otherCoordinator = await givenUser(env.db.current, { role: 'GROUP_COORDINATOR', organizationId: otherGroup._id });
    const otherToken = await signInAs(env.app.url, otherCoordinator.email);
    const mine = (await register({ workshopId: String(workshop._id), participants: [person('vis-1')] })).data!.register.registrations[0]!;
    await register({ workshopId: String(workshop._id), participants: [person('vis-2')] }, otherToken);

    const emails = async (token: string) =>
      (await graphql(env.app.url, LIST, { workshopId: String(workshop._id) }, { token })).data!.registrations.edges.map((e) => e.node.participant.email).sort();
    expect(await emails(env.network.tokens.staff)).toEqual(['participant-vis-1@example.org', 'participant-vis-2@example.org']);
    expect(await emails(env.network.tokens.coordinator)).toEqual(['participant-vis-1@example.org']);
    expect(await emails(otherToken)).toEqual(['participant-vis-2@example.org']);
    expect(await emails(env.network.tokens.member)).toEqual([]);
    // Another group's registration cannot be cancelled, and its existence is not revealed.
    expect(errorCodes(await graphql(env.app.url, CANCEL, { id: mine.id }, { token: otherToken }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await graphql(env.app.url, LIST, { workshopId: String(workshop._id) }))).toEqual(['UNAUTHENTICATED']);
  });

  it('promotes at once when the capacity is raised', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 1 });
    await register({ workshopId: String(workshop._id), participants: [person('cap-1'), person('cap-2'), person('cap-3')] });
    const raise = operation(
      `mutation RegisterRaise($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { seats { capacity confirmed waitlisted available } } } }`,
    );
    const raised = await graphql(env.app.url, raise, { input: { id: String(workshop._id), capacity: 2 } }, { token: env.network.tokens.staff });
    expect(raised.errors).toBeUndefined();
    const stored = await env.db.current.models.Registration.find({ workshopId: workshop._id }).sort({ _id: 1 }).lean();
    expect(stored.map((r) => r.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'WAITLISTED']);
  });

  it('promotes at once when the per-group quota is raised', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 5, perGroupQuota: 1 });
    const regs = (await register({ workshopId: String(workshop._id), participants: [person('quota-up-1'), person('quota-up-2'), person('quota-up-3')] })).data!
      .register.registrations;
    expect(regs.map((r) => r.status)).toEqual(['CONFIRMED', 'WAITLISTED', 'WAITLISTED']);
    const raise = operation(`mutation RegisterRaiseQuota($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { perGroupQuota } } }`);
    const raised = await graphql(env.app.url, raise, { input: { id: String(workshop._id), perGroupQuota: 2 } }, { token: env.network.tokens.staff });
    expect(raised.errors).toBeUndefined();
    const stored = await env.db.current.models.Registration.find({ workshopId: workshop._id }).sort({ _id: 1 }).lean();
    expect(stored.map((r) => r.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'WAITLISTED']);
    expect(new Set(stored.slice(0, 2).map((r) => r.slotClaim)).size).toBe(2);
  });

  it('cancels the registrations of a cancelled workshop and keeps them for the record', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 1 });
    await register({ workshopId: String(workshop._id), participants: [person('wc-1'), person('wc-2')] });
    const cancel = operation(`mutation RegisterCancelWorkshop($id: ID!) { cancelWorkshop(input: { id: $id, reason: "Postponed" }) { workshop { status } } }`);
    await graphql(env.app.url, cancel, { id: String(workshop._id) }, { token: env.network.tokens.staff });
    const stored = await env.db.current.models.Registration.find({ workshopId: workshop._id }).lean();
    expect(stored.map((r) => r.status)).toEqual(['CANCELLED', 'CANCELLED']);
    const claims = await env.db.current.db.collection('claims').countDocuments({ _id: { $regex: `^ws:${String(workshop._id)}:(seat|person):` } } as never);
    expect(claims).toBe(0);
  });

  it('shows the joining link to confirmed participants, not to those waiting', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 1, format: 'ONLINE', venue: null, onlineUrl: 'https://meet.example.org/room-7' });
    const first = await givenUser(env.db.current, { role: 'MEMBER', organizationId: env.network.group._id });
    const second = await givenUser(env.db.current, { role: 'MEMBER', organizationId: env.network.group._id });
    await register({ workshopId: String(workshop._id), participants: [{ userId: String(first._id) }, { userId: String(second._id) }] });
    const link = async (email: string) =>
      (
        await graphql(
          env.app.url,
          operation(`query RegisterWorkshop($id: ID!) { workshop(id: $id) { onlineUrl } }`),
          { id: String(workshop._id) },
          { token: await signInAs(env.app.url, email) },
        )
      ).data?.workshop?.onlineUrl;
    expect(await link(first.email)).toBe('https://meet.example.org/room-7');
    expect(await link(second.email)).toBeNull();
  });
});
