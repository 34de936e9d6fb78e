import { useState, type FormEvent } from 'react';
import { request } from '../api';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { ErrorMessage, Link, PageTitle, Status, useAction, useSession } from '../ui';

const REQUEST_RESET = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      accepted
    }
  }
`);

const RESET = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      token
      user {
        ...Viewer
      }
    }
  }
`);

/** `/#/forgot-password`: asks for the link by email. The answer is the same whether or not the address has an account. */
export function ForgotPassword() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const action = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await action.run(() => request(REQUEST_RESET, { input: { email } }), t('resetRequested'));
  };
  return (
    <>
      <PageTitle>{t('forgotTitle')}</PageTitle>
      <p>{t('forgotHelp')}</p>
      <form onSubmit={submit} className="narrow">
        <label>
          {t('email')}
          <input type="email" required autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <button type="submit" disabled={action.busy}>
          {t('sendResetLink')}
        </button>
      </form>
      <ErrorMessage error={action.error} />
      {action.done && <Status>{action.done}</Status>}
    </>
  );
}

/** `/#/reset-password?token=…`: the emailed link. A new password ends every other session and signs in here. */
export function ResetPassword() {
  const { t } = useI18n();
  const session = useSession();
  const token = new URLSearchParams(location.hash.split('?')[1] ?? '').get('token') ?? '';
  const [password, setPassword] = useState('');
  const action = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await action.run(() => request(RESET, { input: { token, password } }));
    if (!result) return;
    session.signIn(result.resetPassword.token, result.resetPassword.user);
    // The link is spent: leave it behind (history, bookmarks).
    history.replaceState(null, '', '/#/my');
    dispatchEvent(new HashChangeEvent('hashchange'));
  };
  return (
    <>
      <PageTitle>{t('resetTitle')}</PageTitle>
      <form onSubmit={submit} className="narrow">
        <label>
          {t('newPassword')}
          <input type="password" required minLength={10} autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <button type="submit" disabled={action.busy}>
          {t('resetSubmit')}
        </button>
      </form>
      <ErrorMessage error={action.error} />
      {action.error?.field === 'token' && (
        <p>
          <Link to="/forgot-password">{t('resetAgain')}</Link>
        </p>
      )}
    </>
  );
}
