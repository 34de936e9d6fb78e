import { useState, type FormEvent } from 'react';
import { request, isSecretariat, SIGN_IN } from '../api';
import { useI18n } from '../i18n';
import { Link, navigate, PageTitle, useAction, useSession } from '../ui';

export function SignIn() {
  const { t } = useI18n();
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const action = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await action.run(() => request(SIGN_IN, { input: { email, password } }));
    if (!result) return;
    session.signIn(result.signIn.token, result.signIn.user);
    const target = location.hash.replace(/^#/, '');
    if (target === '/sign-in' || target === '' || target === '/') navigate(isSecretariat(result.signIn.user) ? '/secretariat' : '/my');
  };
  const error = action.error;
  return (
    <>
      <PageTitle>{t('signInTitle')}</PageTitle>
      <form onSubmit={submit} className="narrow">
        <label>
          {t('email')}
          <input type="email" required autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          {t('password')}
          <input type="password" required autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <button type="submit" disabled={action.busy}>
          {t('signIn')}
        </button>
      </form>
      <p>
        <Link to="/forgot-password">{t('forgotPassword')}</Link>
      </p>
      {error && (
        <p role="alert" className="error">
          {error.code === 'RATE_LIMITED' ? t('rateLimited') : error.code === 'NETWORK' ? t('errorNetwork') : t('signInFailed')}
        </p>
      )}
    </>
  );
}
