import { useState, type FormEvent } from 'react';
import { request } from '../api';
import { graphql } from '../gql';
import { deviceTimeZone, formatZoned, isLang, LANGUAGES, useI18n } from '../i18n';
import { ErrorMessage, PageTitle, Status, useAction, useSession } from '../ui';

const UPDATE_PROFILE = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      user {
        ...Viewer
      }
    }
  }
`);

/** Every IANA zone the browser knows, the device's first; older browsers offer the device's and the account's. */
function zones(...first: string[]): string[] {
  let all: string[] = [];
  try {
    all = Intl.supportedValuesOf('timeZone');
  } catch {
    all = [];
  }
  return [...new Set([...first, ...all])];
}

/** `/#/profile`: the name others see, the language of emails, and the zone times are written in. */
export function Profile() {
  const { t, lang } = useI18n();
  const session = useSession();
  const viewer = session.viewer!;
  const [name, setName] = useState(viewer.name);
  const [language, setLanguage] = useState(viewer.language);
  const [timeZone, setTimeZone] = useState(viewer.timeZone);
  const action = useAction();
  const device = deviceTimeZone();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await action.run(() => request(UPDATE_PROFILE, { input: { name, language, timeZone } }), t('saved'));
    if (result) session.update(result.updateProfile.user);
  };
  return (
    <>
      <PageTitle>{t('profileTitle')}</PageTitle>
      <p className="meta">
        {viewer.email} · {viewer.organization.name}
      </p>
      <form onSubmit={submit} className="narrow">
        <label>
          {t('name')}
          <input required maxLength={120} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t('emailLanguage')}
          <select value={isLang(language) ? language : 'en'} onChange={(e) => setLanguage(e.target.value)}>
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('timeZone')}
          <select value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
            {zones(device, viewer.timeZone).map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll('_', ' ')}
              </option>
            ))}
          </select>
        </label>
        <p className="meta">{t('timeZoneNow', { time: formatZoned(lang, new Date().toISOString(), timeZone) })}</p>
        {timeZone !== device && (
          <p>
            <button type="button" className="secondary" onClick={() => setTimeZone(device)}>
              {t('useDeviceZone', { zone: device.replaceAll('_', ' ') })}
            </button>
          </p>
        )}
        <button type="submit" disabled={action.busy}>
          {t('save')}
        </button>
      </form>
      <ErrorMessage error={action.error} />
      {action.done && <Status>{action.done}</Status>}
    </>
  );
}
