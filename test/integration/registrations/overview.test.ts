import { settleDeferredWrites } from '../../../src/db/deferred-writes';
import { countCommands } from '../../helpers/command-counter';
import { givenOrganization, givenUser, givenWorkshop, signInAs, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { errorCodes, graphql } from '../../helpers/graphql';

const REGISTER = operation(`mutation OverviewRegister($input: RegisterInput!) { register(input: $input) { registrations { id status } } }`);
const APPROVE = operation(`mutation OverviewApprove($input: ApproveRegistrationInput!) { approveRegistration(input: $input) { registration { id status } } }`);
const CANCEL_WORKSHOP = operation(`mutation OverviewCancelWorkshop($input: CancelWorkshopInput!) { cancelWorkshop(input: $input) { workshop { id } } }`);
const OVERVIEW = operation(`query OverviewOfGroup($organizationId: ID) { groupOverview(organizationId: $organizationId) {
  organization { id name } confirmed waitlisted offers pendingApproval
  workshops { workshop { id title } confirmed waitlisted offers pendingApproval } } }`);
const QUEUE = operation(`query OverviewQueue { approvalQueue { total workshops { workshop { id } pendingApproval } } }`);

// A coordinator's group at a glance and the Secretariat's approvals waiting, from the seat tally in
// memory: counts by where people stand, only the group's own, only workshops that have not ended.
describe('group overview and approval queue', () => {
  const env = useNetworkApp();
  const people = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({ name: `${prefix} ${i}`, email: `${prefix.toLowerCase()}${i}@example.org` }));
  const register = async (workshopId: unknown, participants: { name: string; email: string }[], token: string, organizationId?: string) => {
    const response = await graphql(env.app.url, REGISTER, { input: { workshopId: String(workshopId), organizationId, participants } }, { token });
    expect(response.errors).toBeUndefined();
    return response.data!.register.registrations;
  };

  it("counts the group's people by where they stand, per workshop soonest first, and nobody else's", async () => {
    const small = await givenWorkshop(env.db.current, { title: 'Small', capacity: 2, startsAt: new Date('2026-03-20T02:00:00Z') });
    const approval = await givenWorkshop(env.db.current, { title: 'Needs approval', requiresApproval: true, startsAt: new Date('2026-03-05T02:00:00Z') });
    const cancelled = await givenWorkshop(env.db.current, { title: 'Cancelled later', startsAt: new Date('2026-03-25T02:00:00Z') });
    const coordinator = env.network.tokens.coordinator;
    await register(small._id, people('Small', 3), coordinator);
    await register(approval._id, people('Approval', 2), coordinator);
    await register(cancelled._id, people('Cancelled', 1), coordinator);
    // Another group's people in the same workshop count for that group only.
    const other = await givenOrganization(env.db.current, { name: 'Other Group', country: 'PE', region: 'AMERICAS' });
    await register(approval._id, people('Other', 1), env.network.tokens.admin, String(other._id));
    expect(
      (await graphql(env.app.url, CANCEL_WORKSHOP, { input: { id: String(cancelled._id), reason: 'Venue closed' } }, { token: env.network.tokens.admin }))
        .errors,
    ).toBeUndefined();

    const mine = (await graphql(env.app.url, OVERVIEW, {}, { token: coordinator })).data!.groupOverview;
    expect(mine.organization.name).toBe('Safe Childhood Kenya');
    expect(mine.workshops.map((row) => row.workshop.title)).toEqual(['Needs approval', 'Small']);
    expect(mine.workshops).toEqual([
      { workshop: { id: String(approval._id), title: 'Needs approval' }, confirmed: 0, waitlisted: 0, offers: 0, pendingApproval: 2 },
      { workshop: { id: String(small._id), title: 'Small' }, confirmed: 2, waitlisted: 1, offers: 0, pendingApproval: 0 },
    ]);
    expect({ confirmed: mine.confirmed, waitlisted: mine.waitlisted, offers: mine.offers, pendingApproval: mine.pendingApproval }).toEqual({
      confirmed: 2,
      waitlisted: 1,
      offers: 0,
      pendingApproval: 2,
    });

    const theirs = (await graphql(env.app.url, OVERVIEW, { organizationId: String(other._id) }, { token: env.network.tokens.staff })).data!.groupOverview;
    expect(theirs.workshops).toEqual([
      { workshop: { id: String(approval._id), title: 'Needs approval' }, confirmed: 0, waitlisted: 0, offers: 0, pendingApproval: 1 },
    ]);

    // Approvals waiting: the Secretariat's queue, one fewer after an approval.
    const queue = (await graphql(env.app.url, QUEUE, {}, { token: env.network.tokens.staff })).data!.approvalQueue;
    expect(queue.total).toBe(3);
    expect(queue.workshops).toEqual([{ workshop: { id: String(approval._id) }, pendingApproval: 3 }]);
    const waiting = await env.db.current.models.Registration.findOne({
      workshopId: approval._id,
      organizationId: env.network.group._id,
      status: 'PENDING_APPROVAL',
    }).lean();
    expect(
      (await graphql(env.app.url, APPROVE, { input: { id: String(waiting!._id) } }, { token: env.network.tokens.admin })).data?.approveRegistration.registration
        .status,
    ).toBe('CONFIRMED');
    expect((await graphql(env.app.url, QUEUE, {}, { token: env.network.tokens.staff })).data!.approvalQueue.total).toBe(2);
    const after = (await graphql(env.app.url, OVERVIEW, {}, { token: coordinator })).data!.groupOverview;
    expect({ confirmed: after.confirmed, pendingApproval: after.pendingApproval }).toEqual({ confirmed: 3, pendingApproval: 1 });

    // Once a workshop has ended it leaves the overview.
    env.app.clock.set('2026-03-06T00:00:00Z');
    try {
      const later = (await graphql(env.app.url, OVERVIEW, {}, { token: coordinator })).data!.groupOverview;
      expect(later.workshops.map((row) => row.workshop.title)).toEqual(['Small']);
      expect((await graphql(env.app.url, QUEUE, {}, { token: env.network.tokens.staff })).data!.approvalQueue).toEqual({ total: 0, workshops: [] });
    } finally {
      env.app.clock.set('2026-03-01T09:00:00Z');
    }
  });

  it('is read from memory: one look at the change log, whatever the group holds', async () => {
    // What the writes before set going (seat settling, emails queued) is done before counting.
    await env.app.deps.events.drain();
    await settleDeferredWrites(env.db.current);
    await graphql(env.app.url, OVERVIEW, {}, { token: env.network.tokens.coordinator });
    await graphql(env.app.url, QUEUE, {}, { token: env.network.tokens.admin });
    const overview = await countCommands(env.db.current.client, () => graphql(env.app.url, OVERVIEW, {}, { token: env.network.tokens.coordinator }));
    expect(overview.commands).toEqual(['find changes']);
    const queue = await countCommands(env.db.current.client, () => graphql(env.app.url, QUEUE, {}, { token: env.network.tokens.admin }));
    expect(queue.commands).toEqual(['find changes']);
  });

  it('shows a group only to its coordinators and the Secretariat, and the queue only to the Secretariat', async () => {
    const other = await givenOrganization(env.db.current, { name: 'Closed Group', country: 'SN', region: 'AFRICA' });
    const otherCoordinator = await givenUser(env.db.current, { role: 'GROUP_COORDINATOR', organizationId: other._id });
    const token = await signInAs(env.app.url, otherCoordinator.email);
    expect(errorCodes(await graphql(env.app.url, OVERVIEW, { organizationId: String(env.network.group._id) }, { token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(env.app.url, OVERVIEW, {}, { token: env.network.tokens.member }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(env.app.url, OVERVIEW, {}))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await graphql(env.app.url, OVERVIEW, { organizationId: 'not-an-id' }, { token: env.network.tokens.admin }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await graphql(env.app.url, OVERVIEW, { organizationId: '0123456789abcdef01234567' }, { token: env.network.tokens.admin }))).toEqual([
      'NOT_FOUND',
    ]);
    for (const denied of [env.network.tokens.coordinator, env.network.tokens.member]) {
      expect(errorCodes(await graphql(env.app.url, QUEUE, {}, { token: denied }))).toEqual(['FORBIDDEN']);
    }
  });
});
