import { givenOrganization, givenUser, givenWorkshop, signInAs, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { errorCodes, graphql } from '../../helpers/graphql';

const REGISTER = operation(
  `mutation RegisterPrivacyRegister($input: RegisterInput!) { register(input: $input) { registrations { id status participant { email } } } }`,
);
const LIST = operation(
  `query RegisterPrivacyList($workshopId: ID!) { registrations(workshopId: $workshopId, first: 50) { edges { node { id organization { id } participant { email } } } } }`,
);

/*
 * #23: `register` was an oracle (ALREADY_REGISTERED told another group's coordinator that an
 * address is registered) and a squat (another group registering the address first blocked the
 * person's own group). The person claim is per group: neither holds any more.
 */
describe('register: no oracle, no squat across groups', () => {
  const env = useNetworkApp();
  const register = (token: string, workshopId: string, email: string) =>
    graphql(env.app.url, REGISTER, { input: { workshopId, participants: [{ name: 'Amani', email }] } }, { token });
  const otherCoordinator = async () => {
    const otherGroup = await givenOrganization(env.db.current, { name: `Squatting Group ${Math.random()}` });
    const user = await givenUser(env.db.current, { role: 'GROUP_COORDINATOR', organizationId: otherGroup._id });
    return signInAs(env.app.url, user.email);
  };

  it("answers another group's coordinator alike whether or not the address is registered", async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 5 });
    const id = String(workshop._id);
    const outsider = await otherCoordinator();
    expect((await register(env.network.tokens.coordinator, id, 'amani@example.org')).errors).toBeUndefined();

    const registered = await register(outsider, id, 'amani@example.org');
    const fresh = await register(outsider, id, 'nobody-registered@example.org');
    expect(registered.errors).toBeUndefined();
    expect(fresh.errors).toBeUndefined();
    expect(registered.data!.register.registrations.map((r) => r.status)).toEqual(fresh.data!.register.registrations.map((r) => r.status));
    // What the outsider can list is its own group's registrations only.
    const listed = await graphql(env.app.url, LIST, { workshopId: id }, { token: outsider });
    expect(listed.data!.registrations.edges.map((e) => e.node.id).sort()).toEqual(
      [registered.data!.register.registrations[0]!.id, fresh.data!.register.registrations[0]!.id].sort(),
    );
  });

  it("does not let another group's earlier registration block the person's own group", async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 5 });
    const id = String(workshop._id);
    const squatter = await otherCoordinator();
    expect((await register(squatter, id, 'baraka@example.org')).errors).toBeUndefined();

    const own = await register(env.network.tokens.coordinator, id, 'baraka@example.org');
    expect(own.errors).toBeUndefined();
    expect(own.data!.register.registrations[0]).toMatchObject({ status: 'CONFIRMED', participant: { email: 'baraka@example.org' } });
    const mine = await graphql(env.app.url, LIST, { workshopId: id }, { token: env.network.tokens.coordinator });
    expect(mine.data!.registrations.edges.map((e) => e.node.organization.id)).toEqual([String(env.network.group._id)]);
    // Within one group a person is still registered once.
    expect(errorCodes(await register(env.network.tokens.coordinator, id, 'BARAKA@example.org'))).toEqual(['CONFLICT']);
  });
});
