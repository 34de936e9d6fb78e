import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';
import { deliverAll, queued, storedMessage, storedMessages, useMailApp } from '../../helpers/notifications';

const INVITE = operation(`mutation InvitationEmailInvite($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl } }`);
const ACCEPT = operation(`mutation InvitationEmailAccept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token } }`);

describe('the invitation email', () => {
  const env = useMailApp();

  it('sends the single-use link to the invited person, keeps no copy once sent, and the link works', async () => {
    // What other tests queued and sent is not this invitation's.
    const earlier = (await storedMessages(env.db.current, { kind: 'INVITATION' })).map((n) => n._id);
    env.sink.messages.length = 0;
    const invited = await graphql(
      env.app.url,
      INVITE,
      { input: { email: 'newcomer@example.org', role: 'MEMBER', name: 'Newcomer' } },
      { token: env.network.tokens.coordinator },
    );
    // While email goes out, the link reaches the address only: the inviter does not get it.
    expect(invited.data!.inviteUser.inviteUrl).toBeNull();
    const [notification] = await queued(env.app.deps, { kind: 'INVITATION', _id: { $nin: earlier } }, 1);
    await deliverAll(env.app.deps);
    const mail = env.sink.messages.find((m) => m.subject === 'You are invited to the knowledge exchange (Safe Childhood Kenya)')!;
    expect(mail.to).toMatchObject({ value: [{ address: 'newcomer@example.org', name: 'Newcomer' }] });
    const inviteUrl = mail.text!.match(/https?:\/\/\S+invitations\/accept\?token=[\w%-]+/)![0];
    const stored = await storedMessage(env.db.current, notification!._id);
    expect(JSON.stringify(stored)).not.toContain(new URL(inviteUrl).searchParams.get('token')!);
    expect(stored!.delivery!.state).toBe('SENT');

    const token = new URL(mail.text!.match(/https?:\/\/\S+invitations\/accept\?token=[\w%-]+/)![0]).searchParams.get('token');
    const accepted = await graphql(env.app.url, ACCEPT, {
      input: { token: token!, name: 'New Comer', password: 'a long enough passphrase', timeZone: 'Africa/Nairobi', language: 'en' },
    });
    expect(accepted.errors).toBeUndefined();
  });

  it('does not send an invitation that a newer one replaced before it went', async () => {
    await graphql(env.app.url, INVITE, { input: { email: 'twice@example.org', role: 'MEMBER' } }, { token: env.network.tokens.coordinator });
    await graphql(env.app.url, INVITE, { input: { email: 'twice@example.org', role: 'MEMBER' } }, { token: env.network.tokens.coordinator });
    await queued(env.app.deps, { 'recipient.email': 'twice@example.org' }, 2);
    env.sink.messages.length = 0;
    await deliverAll(env.app.deps);
    expect(env.sink.messages).toHaveLength(1);
    const states = (await storedMessages(env.db.current, { 'recipient.email': 'twice@example.org' })).map((n) => n.delivery!.state).sort();
    expect(states).toEqual(['SENT', 'SKIPPED']);
  });
});
