import { givenOrganization, givenUser, signInAs } from '../../helpers/fixtures';
import { operation } from '../../gql';
import type { AcceptInvitationInput, InviteUserInput } from '../../gql/graphql';
import { errorCodes, graphql } from '../../helpers/graphql';
import { deliverAll, useMailApp } from '../../helpers/notifications';
import { waitFor } from '../../helpers/wait';

const INVITE = operation(`mutation InvitationsInvite($input: InviteUserInput!) {
  inviteUser(input: $input) { invitation { email role expiresAt organization { id kind } } inviteUrl }
}`);
const ACCEPT = operation(`mutation InvitationsAccept($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { token expiresAt user { id email name role timeZone language organization { id } } }
}`);

const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;

describe('invitations', () => {
  const env = useMailApp({ invitationTtlMs: 48 * 3_600_000 });

  const invite = (input: InviteUserInput, token: string) => graphql(env.app.url, INVITE, { input }, { token });
  /** The link as the invited person gets it: from the next email to the address that the real SMTP server received. */
  const taken = new Map<string, number>();
  const mailedLink = async (invited: Awaited<ReturnType<typeof invite>>) => {
    const address = invited.data!.inviteUser.invitation.email;
    const index = taken.get(address) ?? 0;
    taken.set(address, index + 1);
    return waitFor(
      async () => {
        await deliverAll(env.app.deps);
        const mails = env.sink.messages.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === address);
        return mails[index]?.text?.match(/https?:\/\/\S+invitations\/accept\?token=[\w%-]+/)?.[0] ?? null;
      },
      `invitation mail ${index + 1} to ${address}`,
    );
  };
  const accept = (input: Pick<AcceptInvitationInput, 'token'> & Partial<AcceptInvitationInput>) =>
    graphql(env.app.url, ACCEPT, {
      input: { name: 'Amina Diallo', password: 'a long and private phrase', timeZone: 'Africa/Dakar', language: 'fr-sn', ...input },
    });

  it('lets a coordinator invite a member of their group, who accepts once and is signed in', async () => {
    const invited = await invite({ email: 'Amina@Example.org', role: 'MEMBER' }, env.network.tokens.coordinator);
    expect(invited.errors).toBeUndefined();
    const { invitation } = invited.data!.inviteUser;
    // The inviter does not get the link: it reaches the address by email only.
    expect(invited.data!.inviteUser.inviteUrl).toBeNull();
    const inviteUrl = await mailedLink(invited);
    expect(invitation).toEqual({
      email: 'amina@example.org',
      role: 'MEMBER',
      expiresAt: '2026-03-03T09:00:00.000Z',
      organization: { id: String(env.network.group._id), kind: 'MEMBER_GROUP' },
    });
    expect(inviteUrl).toMatch(/^http:\/\/localhost:\d+\/invitations\/accept\?token=inv_[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(await env.db.current.db.collection('invitations').find({}).toArray())).not.toContain(tokenOf(inviteUrl));

    const accepted = await accept({ token: tokenOf(inviteUrl) });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation.user).toEqual({
      id: expect.any(String),
      email: 'amina@example.org',
      name: 'Amina Diallo',
      role: 'MEMBER',
      timeZone: 'Africa/Dakar',
      language: 'fr-SN',
      organization: { id: String(env.network.group._id) },
    });
    const me = await graphql(env.app.url, operation(`query InvitationsMe { me { email } }`), undefined, { token: accepted.data!.acceptInvitation.token });
    expect(me.data?.me?.email).toBe('amina@example.org');

    const again = await accept({ token: tokenOf(inviteUrl), password: 'another long phrase' });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    await expect(signInAs(env.app.url, 'amina@example.org', 'a long and private phrase')).resolves.toMatch(/^exs_/);
  });

  it('creates one account when the same link is accepted five times at once', async () => {
    const invited = await invite({ email: 'race@example.org', role: 'MEMBER', organizationId: String(env.network.group._id) }, env.network.tokens.admin);
    const token = tokenOf(await mailedLink(invited));
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => accept({ token })));
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    expect(answers.filter((a) => errorCodes(a)[0] === 'CONFLICT')).toHaveLength(4);
    expect(await env.db.current.models.User.countDocuments({ email: 'race@example.org' })).toBe(1);
  });

  it('refuses an expired invitation, and a replaced one', async () => {
    const first = await invite({ email: 'late@example.org', role: 'MEMBER', organizationId: String(env.network.group._id) }, env.network.tokens.admin);
    const firstLink = await mailedLink(first);
    const second = await invite({ email: 'late@example.org', role: 'MEMBER', organizationId: String(env.network.group._id) }, env.network.tokens.admin);
    const secondLink = await mailedLink(second);
    expect(secondLink).not.toBe(firstLink);
    expect(errorCodes(await accept({ token: tokenOf(firstLink) }))).toEqual(['CONFLICT']);
    env.app.clock.advance(49 * 3_600_000);
    try {
      const expired = await accept({ token: tokenOf(secondLink) });
      expect(errorCodes(expired)).toEqual(['BAD_USER_INPUT']);
      expect(expired.errors?.[0]?.message).toMatch(/expired/);
    } finally {
      env.app.clock.advance(-49 * 3_600_000);
    }
    expect(await env.db.current.models.User.countDocuments({ email: 'late@example.org' })).toBe(0);
  });

  it.each([
    ['a weak password', { password: 'password1' }, 'password'],
    ['a breached password', { password: 'qwerty1234' }, 'password'],
    ['a breached password in other letter case and spacing', { password: 'Qwerty 12345' }, 'password'],
    ['a time zone that is an offset', { timeZone: '+01:00' }, 'timeZone'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
    ['a bad language', { language: 'not a language' }, 'language'],
    ['an empty name', { name: '   ' }, 'name'],
  ])('refuses %s, storing nothing and leaving the invitation usable', async (name, change, field) => {
    const email = `check-${name.replace(/\W+/g, '-')}@example.org`;
    const invited = await invite({ email, role: 'MEMBER', organizationId: String(env.network.group._id) }, env.network.tokens.admin);
    const token = tokenOf(await mailedLink(invited));
    const refused = await accept({ token, ...change });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0]?.extensions?.field).toBe(field);
    expect(await env.db.current.models.User.countDocuments({ email })).toBe(0);
    expect((await accept({ token })).errors).toBeUndefined();
  });

  it('answers NOT_FOUND for an unknown token and BAD_USER_INPUT for a malformed one', async () => {
    expect(errorCodes(await accept({ token: `inv_${'A'.repeat(43)}` }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await accept({ token: '../../etc/passwd' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('answers a coordinator the same whether or not the address has an account (no EMAIL_TAKEN oracle)', async () => {
    const shape = (response: Awaited<ReturnType<typeof invite>>) => ({
      errors: response.errors,
      inviteUrl: response.data?.inviteUser.inviteUrl,
      role: response.data?.inviteUser.invitation.role,
      organization: response.data?.inviteUser.invitation.organization,
      expiresAt: response.data?.inviteUser.invitation.expiresAt,
    });
    const taken = await invite({ email: env.network.people.member.email.toUpperCase(), role: 'MEMBER' }, env.network.tokens.coordinator);
    const free = await invite({ email: 'nobody-has-this@example.org', role: 'MEMBER' }, env.network.tokens.coordinator);
    expect(shape(taken)).toEqual(shape(free));
    expect(taken.errors).toBeUndefined();
    // Only the mailbox's owner learns it: accepting says to sign in instead, and creates nothing.
    const accepted = await accept({ token: tokenOf(await mailedLink(taken)) });
    expect(errorCodes(accepted)).toEqual(['CONFLICT']);
    expect(accepted.errors?.[0]?.extensions?.reason).toBe('EMAIL_TAKEN');
    expect(await env.db.current.models.User.countDocuments({ email: env.network.people.member.email })).toBe(1);
  });

  it("lets a coordinator's invitation replace only invitations the coordinator could have issued", async () => {
    const email = 'future.staffer@example.org';
    const staffInvite = await invite({ email, role: 'SECRETARIAT_STAFF', organizationId: String(env.network.secretariat._id) }, env.network.tokens.admin);
    const staffLink = await mailedLink(staffInvite);
    const other = await givenOrganization(env.db.current, { name: 'Yet Another Group' });
    const otherCoordinator = await signInAs(env.app.url, (await givenUser(env.db.current, { role: 'GROUP_COORDINATOR', organizationId: other._id })).email);
    const otherGroupInvite = await invite({ email, role: 'MEMBER' }, otherCoordinator);
    await mailedLink(otherGroupInvite);
    const ownEarlier = await invite({ email, role: 'MEMBER' }, env.network.tokens.coordinator);
    const ownEarlierLink = await mailedLink(ownEarlier);

    const coordinatorInvite = await invite({ email, role: 'MEMBER' }, env.network.tokens.coordinator);
    expect(coordinatorInvite.errors).toBeUndefined();
    await mailedLink(coordinatorInvite);
    // The coordinator's own earlier invitation is replaced; the Secretariat's and another group's stay usable.
    expect(errorCodes(await accept({ token: tokenOf(ownEarlierLink) }))).toEqual(['CONFLICT']);
    const accepted = await accept({ token: tokenOf(staffLink) });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptInvitation.user).toMatchObject({ role: 'SECRETARIAT_STAFF', organization: { id: String(env.network.secretariat._id) } });
    const pending = await env.db.current.models.Invitation.find({ email, supersededAt: null }).lean();
    expect(pending.map((i) => String(i.organizationId)).sort()).toEqual(
      [String(env.network.group._id), String(other._id), String(env.network.secretariat._id)].sort(),
    );
  });

  it('keeps coordinators to members of their own group', async () => {
    const other = await givenOrganization(env.db.current, { name: 'Another Group' });
    const cases: InviteUserInput[] = [
      { email: 'x1@example.org', role: 'GROUP_COORDINATOR' },
      { email: 'x2@example.org', role: 'SECRETARIAT_ADMIN' },
      { email: 'x3@example.org', role: 'MEMBER', organizationId: String(other._id) },
    ];
    for (const input of cases) expect(errorCodes(await invite(input, env.network.tokens.coordinator))).toEqual(['FORBIDDEN']);
    for (const token of [env.network.tokens.member, env.network.tokens.staff]) {
      expect(errorCodes(await invite({ email: 'x4@example.org', role: 'MEMBER' }, token))).toEqual(['FORBIDDEN']);
    }
    expect(await env.db.current.models.Invitation.countDocuments({ email: /^x\d@/ })).toBe(0);
  });

  it('lets a Secretariat admin invite anyone, but not a role that does not fit the organisation', async () => {
    const ok = await invite(
      { email: 'staffer@example.org', role: 'SECRETARIAT_STAFF', organizationId: String(env.network.secretariat._id) },
      env.network.tokens.admin,
    );
    expect(ok.data?.inviteUser.invitation.role).toBe('SECRETARIAT_STAFF');
    const misfit = await invite(
      { email: 'misfit@example.org', role: 'SECRETARIAT_STAFF', organizationId: String(env.network.group._id) },
      env.network.tokens.admin,
    );
    expect(errorCodes(misfit)).toEqual(['BAD_USER_INPUT']);
    expect(misfit.errors?.[0]?.extensions?.field).toBe('role');
  });
});
