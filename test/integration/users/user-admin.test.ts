import { startTestApp, type TestApp } from '../../helpers/app';
import { useTestDatabase } from '../../helpers/database';
import { givenNetwork, givenUser, signInAs, TEST_PASSWORD } from '../../helpers/fixtures';
import { errorCodes, graphql } from '../../helpers/graphql';

const DISABLE = 'mutation($input: DisableUserInput!) { disableUser(input: $input) { user { id disabled } } }';
const ENABLE = 'mutation($input: EnableUserInput!) { enableUser(input: $input) { user { id disabled } } }';
const ROLE = 'mutation($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { user { id role } } }';

describe('disabling people and changing roles', () => {
  const db = useTestDatabase();
  let app: TestApp;
  let network: Awaited<ReturnType<typeof givenNetwork>>;
  beforeAll(async () => {
    app = await startTestApp(db.current);
    network = await givenNetwork(db.current, app.url);
  });
  afterAll(() => app.close());

  it('disabling ends every session at once and blocks sign-in; enabling lets the person sign in again', async () => {
    const person = await givenUser(db.current, { role: 'MEMBER', organizationId: network.group._id });
    const tokens = [await signInAs(app.url, person.email), await signInAs(app.url, person.email)];

    const disabled = await graphql(app.url, DISABLE, { input: { id: String(person._id) } }, { token: network.tokens.admin });
    expect(disabled.data).toEqual({ disableUser: { user: { id: String(person._id), disabled: true } } });
    for (const token of tokens) expect(errorCodes(await graphql(app.url, '{ me { id } }', undefined, { token }))).toEqual(['UNAUTHENTICATED']);
    expect(await db.current.models.Session.countDocuments({ userId: person._id, revokedAt: null })).toBe(0);
    await expect(signInAs(app.url, person.email)).rejects.toThrow(/incorrect/);

    await graphql(app.url, ENABLE, { input: { id: String(person._id) } }, { token: network.tokens.admin });
    await expect(signInAs(app.url, person.email, TEST_PASSWORD)).resolves.toMatch(/^exs_/);
  });

  it('changes a role, effective on the next request of existing sessions', async () => {
    const person = await givenUser(db.current, { role: 'MEMBER', organizationId: network.group._id });
    const token = await signInAs(app.url, person.email);
    const changed = await graphql(app.url, ROLE, { input: { id: String(person._id), role: 'GROUP_COORDINATOR' } }, { token: network.tokens.admin });
    expect(changed.data).toEqual({ changeUserRole: { user: { id: String(person._id), role: 'GROUP_COORDINATOR' } } });
    expect((await graphql(app.url, '{ me { role } }', undefined, { token })).data).toEqual({ me: { role: 'GROUP_COORDINATOR' } });
  });

  it('refuses a role that does not fit the organisation, and changes to oneself', async () => {
    const person = await givenUser(db.current, { role: 'MEMBER', organizationId: network.group._id });
    const misfit = await graphql(app.url, ROLE, { input: { id: String(person._id), role: 'SECRETARIAT_ADMIN' } }, { token: network.tokens.admin });
    expect(errorCodes(misfit)).toEqual(['BAD_USER_INPUT']);
    const self = await graphql(app.url, ROLE, { input: { id: String(network.people.admin._id), role: 'SECRETARIAT_STAFF' } }, { token: network.tokens.admin });
    expect(errorCodes(self)).toEqual(['BAD_USER_INPUT']);
    const selfDisable = await graphql(app.url, DISABLE, { input: { id: String(network.people.admin._id) } }, { token: network.tokens.admin });
    expect(errorCodes(selfDisable)).toEqual(['BAD_USER_INPUT']);
    expect((await db.current.models.User.findById(person._id).lean())?.role).toBe('MEMBER');
  });

  it('answers NOT_FOUND for an unknown person and BAD_USER_INPUT for a malformed id', async () => {
    expect(errorCodes(await graphql(app.url, DISABLE, { input: { id: '0123456789abcdef01234567' } }, { token: network.tokens.admin }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await graphql(app.url, DISABLE, { input: { id: 'x' } }, { token: network.tokens.admin }))).toEqual(['BAD_USER_INPUT']);
  });
});
