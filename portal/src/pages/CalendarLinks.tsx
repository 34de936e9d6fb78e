import { useState } from 'react';
import { request } from '../api';
import { graphql } from '../gql';
import type { CalendarLinksFragment } from '../gql/graphql';
import { formatDateTime, useI18n } from '../i18n';
import { ConfirmDialog, ErrorMessage, Loading, PageTitle, Status, useAction, useQuery } from '../ui';
import { FeedButtons, type FeedLink } from './shared';

graphql(`
  fragment CalendarLinks on CalendarFeeds {
    public {
      ...FeedLink
    }
    regions {
      ...FeedLink
    }
    topics {
      ...FeedLink
    }
    personal {
      ...PrivateFeed
    }
    group {
      ...PrivateFeed
    }
  }
  fragment PrivateFeed on PrivateCalendarFeedLink {
    feed
    issuedAt
    link {
      ...FeedLink
    }
  }
`);

const CALENDAR_LINKS = graphql(`
  query CalendarLinks {
    calendarFeeds {
      ...CalendarLinks
    }
  }
`);

const ROTATE = graphql(`
  mutation RotateCalendarToken($input: RotateCalendarTokenInput!) {
    rotateCalendarToken(input: $input) {
      calendarFeeds {
        ...CalendarLinks
      }
    }
  }
`);

type Feeds = CalendarLinksFragment;
type PrivateFeed = Feeds['personal'];

export function CalendarLinks() {
  const { t, lang } = useI18n();
  const query = useQuery(CALENDAR_LINKS);
  const [rotated, setRotated] = useState<Feeds | null>(null);
  const action = useAction();
  const feeds = rotated ?? query.data?.calendarFeeds;
  // A new link breaks every subscription to the old one: asked first, with what it does.
  const [asking, setAsking] = useState<{ feed: 'PERSONAL' | 'GROUP'; title: string } | null>(null);
  const rotate = async (feed: 'PERSONAL' | 'GROUP') => {
    const result = await action.run(() => request(ROTATE, { input: { feed } }), t('newLinkMade'));
    setAsking(null);
    if (result) setRotated(result.rotateCalendarToken.calendarFeeds);
  };
  const label = (link: FeedLink) => link.name.replace(/^[^:]*:\s*/, '');
  const privateFeed = (entry: PrivateFeed | null, title: string) =>
    entry && (
      <section aria-labelledby={`feed-${entry.feed}`}>
        <h2 id={`feed-${entry.feed}`}>{title}</h2>
        <p>{t('privateHelp')}</p>
        {entry.link ? (
          <>
            <p>
              <FeedButtons link={entry.link} label={title} />
            </p>
            <p className="meta">{t('linkIssued', { date: formatDateTime(lang, entry.issuedAt) })}</p>
          </>
        ) : (
          <p>{t('linkNotShown', { date: formatDateTime(lang, entry.issuedAt) })}</p>
        )}
        <button type="button" className="secondary" onClick={() => setAsking({ feed: entry.feed, title })} disabled={action.busy}>
          {t('newLinkOf', { name: title })}
        </button>
      </section>
    );
  return (
    <>
      <PageTitle>{t('calendarTitle')}</PageTitle>
      <ErrorMessage error={query.error ?? action.error} />
      {action.done && <Status>{action.done}</Status>}
      <Loading when={query.loading} />
      <ConfirmDialog
        open={asking !== null}
        title={t('newLinkQuestion', { name: asking?.title ?? '' })}
        confirmLabel={t('newLinkConfirm')}
        busy={action.busy}
        onConfirm={() => asking && rotate(asking.feed)}
        onClose={() => setAsking(null)}
      >
        <p>{t('newLinkImpact')}</p>
      </ConfirmDialog>
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
