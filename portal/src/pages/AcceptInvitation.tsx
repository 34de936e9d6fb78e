import { useState, type FormEvent } from 'react';
import { request } from '../api';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { ErrorMessage, PageTitle, useAction, useSession } from '../ui';

const ACCEPT = graphql(`
  mutation Accept($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      token
      user {
        ...Viewer
      }
    }
  }
`);

/** `/invitations/accept?token=…`: the link an invitation carries. Sets name and password, signs in. */
export function AcceptInvitation() {
  const { t, lang } = useI18n();
  const session = useSession();
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [timeZone, setTimeZone] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  const action = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await action.run(() => request(ACCEPT, { input: { token, name, password, timeZone, language: lang } }));
    if (!result) return;
    session.signIn(result.acceptInvitation.token, result.acceptInvitation.user);
    // Leave the single-use link behind (history, bookmarks): the portal's own address from here on.
    history.replaceState(null, '', '/#/my');
    dispatchEvent(new HashChangeEvent('hashchange'));
  };
  return (
    <>
      <PageTitle>{t('acceptTitle')}</PageTitle>
      <p>{t('acceptHelp')}</p>
      <form onSubmit={submit} className="narrow">
        <label>
          {t('name')}
          <input required autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t('newPassword')}
          <input type="password" required minLength={10} autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <label>
          {t('timeZone')}
          <input required value={timeZone} onChange={(e) => setTimeZone(e.target.value)} />
        </label>
        <button type="submit" disabled={action.busy}>
          {t('acceptSubmit')}
        </button>
      </form>
      <ErrorMessage error={action.error} />
    </>
  );
}
