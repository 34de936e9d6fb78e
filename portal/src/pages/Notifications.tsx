import { useEffect, useState, type FormEvent } from 'react';
import { request } from '../api';
import { graphql } from '../gql';
import type { NotificationPreferencesQuery } from '../gql/graphql';
import { formatDateTime, plural, useI18n } from '../i18n';
import { ErrorMessage, Link, Loading, PageTitle, useAction, useQuery } from '../ui';

const LIST = graphql(`
  query Notifications {
    notifications(first: 50) {
      unreadCount
      edges {
        node {
          id
          title
          body
          createdAt
          readAt
          workshop {
            id
            title
          }
        }
      }
    }
  }
`);

const MARK_ALL_READ = graphql(`
  mutation MarkAllRead {
    markNotificationsRead(input: { all: true }) {
      marked
      unreadCount
    }
  }
`);

export function Notifications() {
  const { t, lang } = useI18n();
  const list = useQuery(LIST);
  const action = useAction();
  const markAll = async () => {
    if (await action.run(() => request(MARK_ALL_READ))) list.reload();
  };
  const items = list.data?.notifications.edges.map((e) => e.node) ?? [];
  return (
    <>
      <PageTitle>{t('notificationsTitle')}</PageTitle>
      <ErrorMessage error={list.error ?? action.error} />
      <Loading when={list.loading} />
      {list.data && (
        <p>
          {t(plural(lang, list.data.notifications.unreadCount, { one: 'unreadOne', other: 'unread' }), { n: list.data.notifications.unreadCount })}{' '}
          {list.data.notifications.unreadCount > 0 && (
            <button type="button" onClick={markAll} disabled={action.busy}>
              {t('markAllRead')}
            </button>
          )}
        </p>
      )}
      <Preferences />
      {list.data && items.length === 0 && <p>{t('none')}</p>}
      <ul className="cards">
        {items.map((n) => (
          <li key={n.id} className={n.readAt ? 'card' : 'card unread'}>
            <h2>
              {!n.readAt && <span className="badge">{t('new')}</span>} {n.title}
            </h2>
            <p className="meta">
              {formatDateTime(lang, n.createdAt)}
              {n.workshop && (
                <>
                  {' '}
                  · <Link to={`/workshops/${n.workshop.id}`}>{n.workshop.title}</Link>
                </>
              )}
            </p>
            <p className="description">{n.body}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

const PREFERENCES = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      reminders
      digests
    }
  }
`);

const SAVE = graphql(`
  mutation SaveNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      preferences {
        reminders
        digests
      }
    }
  }
`);

/** The optional emails a person may turn off (the same choice as the unsubscribe link in them). */
function Preferences() {
  const { t } = useI18n();
  const current = useQuery(PREFERENCES);
  const action = useAction();
  const [choice, setChoice] = useState<NotificationPreferencesQuery['notificationPreferences'] | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (current.data) setChoice(current.data.notificationPreferences);
  }, [current.data]);
  if (!choice) return null;
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(Boolean(await action.run(() => request(SAVE, { input: choice }))));
  };
  return (
    <form onSubmit={save} className="card">
      <fieldset>
        <legend>{t('prefsTitle')}</legend>
        <p className="meta">{t('prefsHelp')}</p>
        <label>
          <input
            type="checkbox"
            checked={choice.reminders}
            onChange={(e) => {
              setSaved(false);
              setChoice({ ...choice, reminders: e.target.checked });
            }}
          />{' '}
          {t('prefsReminders')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={choice.digests}
            onChange={(e) => {
              setSaved(false);
              setChoice({ ...choice, digests: e.target.checked });
            }}
          />{' '}
          {t('prefsDigests')}
        </label>
      </fieldset>
      <ErrorMessage error={action.error} />
      <button type="submit" disabled={action.busy}>
        {t('prefsSave')}
      </button>{' '}
      {saved && <span role="status">{t('prefsSaved')}</span>}
    </form>
  );
}
