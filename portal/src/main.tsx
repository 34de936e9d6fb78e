import { lazy, StrictMode, Suspense, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { request, isSecretariat, ME, SIGN_OUT, setToken, getToken, whenSignedOut, type Viewer } from './api';
import { I18n, initialLanguage, LANGUAGES, loadLanguage, translator, type Lang, isLang } from './i18n';
import { Loading, OfflineBanner, SessionContext, navigate } from './ui';
import { keep } from './offline';
import { Programme } from './pages/Programme';
import { WorkshopPage } from './pages/WorkshopPage';
import { SignIn } from './pages/SignIn';
import './styles.css';

// The Secretariat's pages load only when a planner opens them: most visitors never download them.
const Secretariat = lazy(() => import('./secretariat/Secretariat'));
// So do the pages a first visit does not show: the programme and a workshop (a link from an email) come at once.
const ForgotPassword = lazy(() => import('./pages/PasswordReset').then((m) => ({ default: m.ForgotPassword })));
const ResetPassword = lazy(() => import('./pages/PasswordReset').then((m) => ({ default: m.ResetPassword })));
const Profile = lazy(() => import('./pages/Profile').then((m) => ({ default: m.Profile })));
const Mine = lazy(() => import('./pages/Mine').then((m) => ({ default: m.Mine })));
const Resources = lazy(() => import('./pages/Resources').then((m) => ({ default: m.Resources })));
const CalendarLinks = lazy(() => import('./pages/CalendarLinks').then((m) => ({ default: m.CalendarLinks })));
const Notifications = lazy(() => import('./pages/Notifications').then((m) => ({ default: m.Notifications })));
const AcceptInvitation = lazy(() => import('./pages/AcceptInvitation').then((m) => ({ default: m.AcceptInvitation })));
const ConfirmEmail = lazy(() => import('./pages/ConfirmEmail').then((m) => ({ default: m.ConfirmEmail })));
const Answers = lazy(() => import('./pages/Answers').then((m) => ({ default: m.Answers })));

const read = () => location.hash.replace(/^#/, '') || '/';

function useHashPath(): string {
  const [path, setPath] = useState(read);
  useEffect(() => {
    const update = () => setPath(read());
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return path;
}

function App() {
  const [lang, setLang] = useState<Lang>(initialLanguage);
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [checked, setChecked] = useState(getToken() === null);
  const path = useHashPath();
  const [menuOpen, setMenuOpen] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page closes the phone menu
  useEffect(() => setMenuOpen(false), [path]);
  const t = useMemo(() => translator(lang), [lang]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('siteName');
  }, [lang, t]);

  useEffect(() => {
    whenSignedOut(() => setViewer(null));
    if (getToken() === null) return;
    request(ME)
      .then((r) => setViewer(r.me))
      .catch(() => setViewer(null))
      .finally(() => setChecked(true));
  }, []);

  const session = useMemo(
    () => ({
      viewer,
      signIn(token: string, who: Viewer) {
        setToken(token);
        setViewer(who);
        // Kept as the answer to Me, so a reload offline still knows who is signed in.
        keep('Me', {}, true, { me: who });
      },
      update(who: Viewer) {
        setViewer(who);
        keep('Me', {}, true, { me: who });
      },
      signOut() {
        request(SIGN_OUT).catch(() => {});
        setToken(null);
        setViewer(null);
        navigate('/');
      },
    }),
    [viewer],
  );

  const chooseLanguage = (value: string) => {
    if (!isLang(value)) return;
    void loadLanguage(value).then(() => setLang(value));
    try {
      localStorage.setItem('exchange.lang', value);
    } catch {
      // no storage: the choice lasts for this visit
    }
  };

  const route = (() => {
    if (!checked) return <Loading when />;
    if (location.pathname === '/invitations/accept') return <AcceptInvitation />;
    const [, first, second] = path.split('/');
    if (first === 'workshops' && second) return <WorkshopPage id={decodeURIComponent(second)} />;
    if (first === 'sign-in') return <SignIn />;
    if (first === 'forgot-password') return <ForgotPassword />;
    if (first?.startsWith('reset-password')) return <ResetPassword />;
    if (first === 'profile') return viewer ? <Profile /> : <SignIn />;
    if (first?.startsWith('confirm-email')) return <ConfirmEmail />;
    if (first?.startsWith('answers')) return <Answers />;
    if (first === 'resources') return <Resources />;
    if (first === 'secretariat') return <Secretariat path={path} />;
    if (first === 'my') return viewer ? <Mine /> : <SignIn />;
    if (first === 'calendar') return viewer ? <CalendarLinks /> : <SignIn />;
    if (first === 'notifications') return viewer ? <Notifications /> : <SignIn />;
    return <Programme />;
  })();
  const page = <Suspense fallback={<Loading when />}>{route}</Suspense>;

  const current = (prefix: string) => (path === prefix || path.startsWith(`${prefix}/`) ? 'page' : undefined);

  return (
    <I18n.Provider value={{ lang, t }}>
      <SessionContext.Provider value={session}>
        {/* biome-ignore lint/a11y/useValidAnchor: a skip link is a link to #main; the handler only moves focus there for hash routing */}
        <a
          className="skip"
          href="#main"
          onClick={(e) => {
            e.preventDefault();
            document.getElementById('main')?.focus();
          }}
        >
          {t('skip')}
        </a>
        <header className={menuOpen ? 'top open' : 'top'}>
          <p className="brand">{t('siteName')}</p>
          <button type="button" className="menu-button secondary" aria-expanded={menuOpen} aria-controls="site-menu" onClick={() => setMenuOpen(!menuOpen)}>
            {t('menu')}
          </button>
          <nav aria-label={t('nav')} id="site-menu">
            <ul>
              <li>
                <a href="#/" aria-current={path === '/' ? 'page' : undefined}>
                  {t('navProgramme')}
                </a>
              </li>
              <li>
                <a href="#/resources" aria-current={current('/resources')}>
                  {t('navResources')}
                </a>
              </li>
              {viewer && (
                <li>
                  <a href="#/my" aria-current={current('/my')}>
                    {t('navMine')}
                  </a>
                </li>
              )}
              {viewer && (
                <li>
                  <a href="#/calendar" aria-current={current('/calendar')}>
                    {t('navCalendar')}
                  </a>
                </li>
              )}
              {viewer && (
                <li>
                  <a href="#/notifications" aria-current={current('/notifications')}>
                    {t('navNotifications')}
                  </a>
                </li>
              )}
              {isSecretariat(viewer) && (
                <li>
                  <a href="#/secretariat" aria-current={current('/secretariat')}>
                    {t('navSecretariat')}
                  </a>
                </li>
              )}
            </ul>
          </nav>
          <div className="tools">
            <label>
              {t('siteLanguage')}{' '}
              <select value={lang} onChange={(e) => chooseLanguage(e.target.value)}>
                {LANGUAGES.map((l) => (
                  <option key={l.code} value={l.code} lang={l.code}>
                    {l.label}
                  </option>
                ))}
              </select>
            </label>
            {viewer ? (
              <>
                <a href="#/profile" className="who" aria-current={current('/profile')}>
                  {t('signedInAs', { name: viewer.name, org: viewer.organization.name })}
                </a>
                <button type="button" onClick={session.signOut}>
                  {t('signOut')}
                </button>
              </>
            ) : (
              <a href="#/sign-in">{t('signIn')}</a>
            )}
          </div>
        </header>
        <OfflineBanner />
        <main id="main" tabIndex={-1} key={path}>
          {page}
        </main>
      </SessionContext.Provider>
    </I18n.Provider>
  );
}

const root = document.getElementById('root');
// The visitor's words first (the server's first paint stays on screen meanwhile).
if (root)
  void loadLanguage(initialLanguage()).then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );

// The service worker (sw.ts) keeps the portal's files for opening it offline; the answers it
// shows offline are kept by offline.ts. Registered once the page has loaded, so it never competes
// with the first paint on a slow link.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  addEventListener('load', () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined));
}
