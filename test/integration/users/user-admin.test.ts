import { givenUser, signInAs, TEST_PASSWORD, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { errorCodes, graphql } from '../../helpers/graphql';

const DISABLE = operation(`mutation UserAdminDisable($input: DisableUserInput!) { disableUser(input: $input) { user { id disabled } } }`);
const ENABLE = operation(`mutation UserAdminEnable($input: EnableUserInput!) { enableUser(input: $input) { user { id disabled } } }`);
const ROLE = operation(`mutation UserAdminRole($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { user { id role } } }`);

describe('disabling people and changing roles', () => {
  const env = useNetworkApp();

  it('disabling ends every session at once and blocks sign-in; enabling lets the person sign in again', async () => {
    const person = await givenUser(env.db.current, { role: 'MEMBER', organizationId: env.network.group._id });
    const tokens = [await signInAs(env.app.url, person.email), await signInAs(env.app.url, person.email)];

    const disabled = await graphql(env.app.url, DISABLE, { input: { id: String(person._id) } }, { token: env.network.tokens.admin });
    expect(disabled.data).toEqual({ disableUser: { user: { id: String(person._id), disabled: true } } });
    for (const token of tokens)
      expect(errorCodes(await graphql(env.app.url, operation(`query UserAdminMe { me { id } }`), undefined, { token }))).toEqual(['UNAUTHENTICATED']);
    expect(await env.db.current.models.Session.countDocuments({ userId: person._id, revokedAt: null })).toBe(0);
    await expect(signInAs(env.app.url, person.email)).rejects.toThrow(/incorrect/);

    await graphql(env.app.url, ENABLE, { input: { id: String(person._id) } }, { token: env.network.tokens.admin });
    await expect(signInAs(env.app.url, person.email, TEST_PASSWORD)).resolves.toMatch(/^exs_/);
  });

  it('changes a role, effective on the next request of existing sessions', async () => {
    const person = await givenUser(env.db.current, { role: 'MEMBER', organizationId: env.network.group._id });
    const token = await signInAs(env.app.url, person.email);
    const changed = await graphql(env.app.url, ROLE, { input: { id: String(person._id), role: 'GROUP_COORDINATOR' } }, { token: env.network.tokens.admin });
    expect(changed.data).toEqual({ changeUserRole: { user: { id: String(person._id), role: 'GROUP_COORDINATOR' } } });
    expect((await graphql(env.app.url, operation(`query UserAdminMyRole { me { role } }`), undefined, { token })).data).toEqual({
      me: { role: 'GROUP_COORDINATOR' },
    });
  });

  it('refuses a role that does not fit the organisation, and changes to oneself', async () => {
    const person = await givenUser(env.db.current, { role: 'MEMBER', organizationId: env.network.group._id });
    const misfit = await graphql(env.app.url, ROLE, { input: { id: String(person._id), role: 'SECRETARIAT_ADMIN' } }, { token: env.network.tokens.admin });
    expect(errorCodes(misfit)).toEqual(['BAD_USER_INPUT']);
    const self = await graphql(
      env.app.url,
      ROLE,
      { input: { id: String(env.network.people.admin._id), role: 'SECRETARIAT_STAFF' } },
      { token: env.network.tokens.admin },
    );
    expect(errorCodes(self)).toEqual(['BAD_USER_INPUT']);
    const selfDisable = await graphql(env.app.url, DISABLE, { input: { id: String(env.network.people.admin._id) } }, { token: env.network.tokens.admin });
    expect(errorCodes(selfDisable)).toEqual(['BAD_USER_INPUT']);
    expect((await env.db.current.models.User.findById(person._id).lean())?.role).toBe('MEMBER');
  });

  it('answers NOT_FOUND for an unknown person and BAD_USER_INPUT for a malformed id', async () => {
    expect(errorCodes(await graphql(env.app.url, DISABLE, { input: { id: '0123456789abcdef01234567' } }, { token: env.network.tokens.admin }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(errorCodes(await graphql(env.app.url, DISABLE, { input: { id: 'x' } }, { token: env.network.tokens.admin }))).toEqual(['BAD_USER_INPUT']);
  });
});
