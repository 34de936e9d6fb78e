import { graphql } from '../gql';
import type { FeedLinkFragment, WorkshopCardFragment } from '../gql/graphql';
import { formatZoned, useI18n } from '../i18n';
import { useQuery } from '../ui';

/** What a workshop's card shows, in every list of workshops. */
graphql(`
  fragment WorkshopCard on Workshop {
    id
    kind
    title
    summary
    format
    status
    languages
    topics
    timeZone
    startsAt
    endsAt
    venue {
      name
      city
      country
    }
    times {
      venueStartsAt {
        iso
        local
        abbreviation
        timeZone
      }
      venueEndsAt {
        iso
        abbreviation
      }
      viewerStartsAt {
        iso
        abbreviation
        timeZone
      }
    }
    seats {
      capacity
      confirmed
      waitlisted
      available
    }
  }
  fragment FeedLink on CalendarFeedLink {
    name
    https
    webcal
  }
`);

export type WorkshopCardData = WorkshopCardFragment;
export type FeedLink = FeedLinkFragment;

const FEEDS = graphql(`
  query Feeds {
    calendarFeeds {
      public {
        ...FeedLink
      }
      regions {
        ...FeedLink
      }
      topics {
        ...FeedLink
      }
    }
  }
`);

/** Region and topic codes with their names, read from the calendar links (the configured lists). */
export function useReference() {
  // Asked anonymously: a signed-in calendarFeeds call issues the person's private links, which
  // must be issued only where they are shown (the calendar page).
  const feeds = useQuery(FEEDS, {}, false, true);
  const codeOf = (link: FeedLink, param: string) => new URL(link.https, location.href).searchParams.get(param) ?? '';
  const labelOf = (link: FeedLink) => link.name.replace(/^[^:]*:\s*/, '');
  const regions = (feeds.data?.calendarFeeds.regions ?? []).map((l) => ({ code: codeOf(l, 'region'), label: labelOf(l), link: l }));
  const topics = (feeds.data?.calendarFeeds.topics ?? []).map((l) => ({ code: codeOf(l, 'topic'), label: labelOf(l), link: l }));
  return { regions, topics, publicFeed: feeds.data?.calendarFeeds.public ?? null };
}

export const LANGUAGE_CODES = ['en', 'fr', 'es', 'pt', 'ar', 'ru', 'th', 'hi', 'sw', 'zh'];

export function languageName(lang: string, code: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function WhenText({ w }: { w: WorkshopCardData }) {
  const { lang } = useI18n();
  return <>{formatZoned(lang, w.times.venueStartsAt.iso, w.timeZone)}</>;
}

export function SeatsText({ seats }: { seats: WorkshopCardData['seats'] }) {
  const { t } = useI18n();
  return <>{seats.available > 0 ? t('seatsLeft', { n: seats.available, capacity: seats.capacity }) : t('full', { n: seats.waitlisted })}</>;
}

export function FeedButtons({ link, label }: { link: FeedLink; label: string }) {
  const { t } = useI18n();
  return (
    <span className="feed">
      <a className="button" href={link.webcal}>
        {t('addToCalendar', { name: label })}
      </a>{' '}
      <a href={link.https}>{t('webAddress', { name: label })}</a>
    </span>
  );
}
