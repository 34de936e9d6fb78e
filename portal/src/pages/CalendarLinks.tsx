import { useState } from 'react';
import { gql } from '../api';
import { formatDateTime, useI18n } from '../i18n';
import { ErrorMessage, Loading, PageTitle, useAction, useQuery } from '../ui';
import { FeedButtons, type FeedLink } from './shared';

interface PrivateFeed {
  feed: 'PERSONAL' | 'GROUP';
  issuedAt: string;
  link: FeedLink | null;
}
interface Feeds {
  public: FeedLink;
  regions: FeedLink[];
  topics: FeedLink[];
  personal: PrivateFeed | null;
  group: PrivateFeed | null;
}
const FIELDS = `public { name https webcal } regions { name https webcal } topics { name https webcal }
  personal { feed issuedAt link { name https webcal } } group { feed issuedAt link { name https webcal } }`;

export function CalendarLinks() {
  const { t, lang } = useI18n();
  const query = useQuery<{ calendarFeeds: Feeds }>(`query { calendarFeeds { ${FIELDS} } }`);
  const [rotated, setRotated] = useState<Feeds | null>(null);
  const action = useAction();
  const feeds = rotated ?? query.data?.calendarFeeds;
  const rotate = async (feed: 'PERSONAL' | 'GROUP') => {
    const result = await action.run(() =>
      gql<{ rotateCalendarToken: { calendarFeeds: Feeds } }>(
        `mutation($input: RotateCalendarTokenInput!) { rotateCalendarToken(input: $input) { calendarFeeds { ${FIELDS} } } }`,
        { input: { feed } },
      ),
    );
    if (result) setRotated(result.rotateCalendarToken.calendarFeeds);
  };
  const label = (link: FeedLink) => link.name.replace(/^[^:]*:\s*/, '');
  const privateFeed = (entry: PrivateFeed | null, title: string) =>
    entry && (
      <section aria-labelledby={`feed-${entry.feed}`}>
        <h2 id={`feed-${entry.feed}`}>{title}</h2>
        <p>{t('privateHelp')}</p>
        {entry.link ? (
          <p>
            <FeedButtons link={entry.link} label={title} />
          </p>
        ) : (
          <p>{t('linkShownOnce', { date: formatDateTime(lang, entry.issuedAt) })}</p>
        )}
        <button type="button" className="secondary" onClick={() => rotate(entry.feed)} disabled={action.busy}>
          {t('newLink')}: {title}
        </button>
      </section>
    );
  return (
    <>
      <PageTitle>{t('calendarTitle')}</PageTitle>
      <ErrorMessage error={query.error ?? action.error} />
      <Loading when={query.loading} />
      {feeds && (
        <>
          {privateFeed(feeds.personal, t('personalFeed'))}
          {privateFeed(feeds.group, t('groupFeed'))}
          <section aria-labelledby="public-feeds">
            <h2 id="public-feeds">{t('subscribe')}</h2>
            <p>
              <FeedButtons link={feeds.public} label={t('publicProgramme')} />
            </p>
            <h3>{t('regionFeeds')}</h3>
            <ul className="plain">
              {feeds.regions.map((l) => (
                <li key={l.https}>
                  <FeedButtons link={l} label={label(l)} />
                </li>
              ))}
            </ul>
            <h3>{t('topicFeeds')}</h3>
            <ul className="plain">
              {feeds.topics.map((l) => (
                <li key={l.https}>
                  <FeedButtons link={l} label={label(l)} />
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}
