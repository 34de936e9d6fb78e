import { settleDeferredWrites } from '../../../src/db/deferred-writes';
import { givenOrganization, givenUser, givenWorkshop, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';

const UPDATE_WORKSHOP = operation(`mutation LostUpdatesUpdateWorkshop($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id } } }`);
const REGISTER = operation(`mutation LostUpdatesRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }`);
const UPDATE_GROUP = operation(
  `mutation LostUpdatesUpdateGroup($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id } } }`,
);
const SUSPEND = operation(`mutation LostUpdatesSuspend($input: SuspendOrganizationInput!) { suspendOrganization(input: $input) { organization { id } } }`);
const REINSTATE = operation(
  `mutation LostUpdatesReinstate($input: ReinstateOrganizationInput!) { reinstateOrganization(input: $input) { organization { id } } }`,
);
const ROLE = operation(`mutation LostUpdatesRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { user { id } } }`);
const DISABLE = operation(`mutation LostUpdatesDisable($input: DisableUserInput!) { disableUser(input: $input) { user { id } } }`);
const ENABLE = operation(`mutation LostUpdatesEnable($input: EnableUserInput!) { enableUser(input: $input) { user { id } } }`);

const ROUNDS = 25;

/*
 * FerretDB 1.x rewrites a whole document from the copy it read, so two concurrent updates of one
 * document can lose one (src/db/document-lock.ts). Here two kinds of request write the same
 * document at the same moment, round after round: each acknowledged change must be what is stored.
 */
describe('no acknowledged change is lost to a concurrent write of the same document', () => {
  const env = useNetworkApp();
  const admin = () => ({ token: env.network.tokens.admin });
  const ok = (answer: { errors?: unknown }) => expect(answer.errors).toBeUndefined();

  it('a workshop edit is never undone by the seat engine writing beside it', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 1 });
    const workshopId = String(workshop._id);
    for (let round = 0; round < ROUNDS; round++) {
      const participants = [0, 1, 2].map((i) => ({ name: `Lost update ${round}-${i}`, email: `lost-${round}-${i}@example.org` }));
      const answers = await Promise.all([
        graphql(env.app.url, UPDATE_WORKSHOP, { input: { id: workshopId, title: `Edition ${round}` } }, admin()),
        graphql(env.app.url, REGISTER, { input: { workshopId, participants } }, { token: env.network.tokens.coordinator }),
      ]);
      answers.forEach(ok);
      await settleDeferredWrites(env.db.current);
      expect([round, (await env.db.current.models.Workshop.findById(workshop._id).lean())?.title]).toEqual([round, `Edition ${round}`]);
    }
  });

  it("a group's suspension is never undone by an edit of its profile", async () => {
    const group = await givenOrganization(env.db.current, { membershipStatus: 'MEMBER' });
    const id = String(group._id);
    for (let round = 0; round < ROUNDS; round++) {
      const suspend = round % 2 === 0;
      const answers = await Promise.all([
        suspend
          ? graphql(env.app.url, SUSPEND, { input: { id, reason: `Round ${round}` } }, admin())
          : graphql(env.app.url, REINSTATE, { input: { id, reason: `Round ${round}` } }, admin()),
        graphql(env.app.url, UPDATE_GROUP, { input: { id, website: `https://example.org/${round}` } }, admin()),
      ]);
      answers.forEach(ok);
      const stored = await env.db.current.models.Organization.findById(group._id).lean();
      expect([round, stored?.membershipStatus, stored?.website]).toEqual([round, suspend ? 'SUSPENDED' : 'MEMBER', `https://example.org/${round}`]);
    }
  });

  it("an account's role and its disabling both stick when they land together", async () => {
    const user = await givenUser(env.db.current, { role: 'MEMBER', organizationId: env.network.group._id });
    const id = String(user._id);
    for (let round = 0; round < ROUNDS; round++) {
      const role = round % 2 === 0 ? 'GROUP_COORDINATOR' : 'MEMBER';
      const disabled = round % 2 === 0;
      const answers = await Promise.all([
        graphql(env.app.url, ROLE, { input: { id, role } }, admin()),
        disabled ? graphql(env.app.url, DISABLE, { input: { id } }, admin()) : graphql(env.app.url, ENABLE, { input: { id } }, admin()),
      ]);
      answers.forEach(ok);
      const stored = await env.db.current.models.User.findById(user._id).lean();
      expect([round, stored?.role, Boolean(stored?.disabledAt)]).toEqual([round, role, disabled]);
    }
  });
});
