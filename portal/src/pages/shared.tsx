import { lazy, Suspense, useRef, useState } from 'react';
import { graphql } from '../gql';
import type { FeedLinkFragment, WorkshopCardFragment } from '../gql/graphql';
import { formatZoned, plural, useI18n, type Lang, type T } from '../i18n';
import { useQuery } from '../ui';

const FeedQr = lazy(() => import('./FeedQr'));

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

const REFERENCE = graphql(`
  query Reference($language: String) {
    regions(language: $language) {
      code
      name
    }
    topics(language: $language) {
      code
      name
    }
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

/** Region and topic codes with their names in the reader's language, and each one's calendar link. */
export function useReference() {
  const { lang } = useI18n();
  // Asked anonymously: a signed-in calendarFeeds call issues the person's private links, which
  // must be issued only where they are shown (the calendar page).
  const answer = useQuery(REFERENCE, { language: lang }, false, true);
  const feeds = answer.data?.calendarFeeds;
  const linkOf = (links: readonly FeedLink[] | undefined, param: string, code: string) =>
    links?.find((link) => new URL(link.https, location.href).searchParams.get(param) === code) ?? null;
  const regions = (answer.data?.regions ?? []).flatMap(({ code, name }) => {
    const link = linkOf(feeds?.regions, 'region', code);
    return link ? [{ code, label: name, link: { ...link, name } }] : [];
  });
  const topics = (answer.data?.topics ?? []).flatMap(({ code, name }) => {
    const link = linkOf(feeds?.topics, 'topic', code);
    return link ? [{ code, label: name, link: { ...link, name } }] : [];
  });
  return { regions, topics, publicFeed: feeds?.public ?? null, loaded: answer.data !== undefined };
}

export const LANGUAGE_CODES = ['en', 'fr', 'es', 'pt', 'ar', 'ru', 'th', 'hi', 'sw', 'zh'];

export function languageName(lang: string, code: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function WhenText({ w }: { w: Pick<WorkshopCardData, 'timeZone'> & { times: { venueStartsAt: { iso: string } } } }) {
  const { lang } = useI18n();
  return <>{formatZoned(lang, w.times.venueStartsAt.iso, w.timeZone)}</>;
}

export function SeatsText({ seats }: { seats: WorkshopCardData['seats'] }) {
  const { t, lang } = useI18n();
  return (
    <>
      {seats.available > 0
        ? t(plural(lang, seats.available, { one: 'seatsLeftOne', other: 'seatsLeft' }), { n: seats.available, capacity: seats.capacity })
        : t('full', { n: seats.waitlisted })}
    </>
  );
}

/** Where each calendar service subscribes to a feed by its address (it then follows every change). */
export const subscribeUrls = (link: FeedLink) => ({
  google: `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(link.webcal)}`,
  outlook: `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(link.https)}&name=${encodeURIComponent(link.name)}`,
});

/**
 * A calendar feed for people: the device's calendar app (webcal:, Apple and most phones), Google
 * Calendar, Outlook, and the address itself to copy. Subscribing follows every change; the
 * address is never a download.
 */
export function FeedButtons({ link, label }: { link: FeedLink; label: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  // The QR code's script loads only when someone opens it.
  const [qrShown, setQrShown] = useState(false);
  const address = useRef<HTMLInputElement>(null);
  const urls = subscribeUrls(link);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link.https);
      setCopied(true);
    } catch {
      // No clipboard (an old browser, an insecure page): the address is selected for copying by hand.
      address.current?.select();
    }
  };
  return (
    <span className="feed">
      <a className="button" href={link.webcal}>
        {t('addToCalendar', { name: label })}
      </a>
      <a href={urls.google} rel="noreferrer noopener" target="_blank" aria-label={t('googleCalendarOf', { name: label })}>
        {t('googleCalendar')}
      </a>
      <a href={urls.outlook} rel="noreferrer noopener" target="_blank" aria-label={t('outlookOf', { name: label })}>
        {t('outlook')}
      </a>
      <input ref={address} readOnly value={link.https} aria-label={t('webAddress', { name: label })} onFocus={(e) => e.target.select()} />
      <button type="button" className="secondary" onClick={copy} aria-label={t('copyOf', { name: label })}>
        {t('copy')}
      </button>
      {copied && <span role="status">{t('copied')}</span>}
      <details className="qr-box" onToggle={(e) => setQrShown(e.currentTarget.open)}>
        <summary className="qr-toggle">{t('qrOf', { name: label })}</summary>
        {qrShown && (
          <Suspense fallback={null}>
            <FeedQr address={link.webcal} label={t('qrCodeOf', { name: label })} />
          </Suspense>
        )}
        <span className="meta">{t('qrHelp')}</span>
      </details>
    </span>
  );
}

/** "3 of 20 seats taken", in the form the capacity's number takes. */
export function seatBarWords(t: T, lang: Lang, seats: { capacity: number; confirmed: number }): string {
  return t(plural(lang, seats.capacity, { one: 'seatBarOne', other: 'seatBar' }), { confirmed: seats.confirmed, capacity: seats.capacity });
}

/** Seats as a bar: confirmed of capacity, the waiting list beside it in words. */
export function SeatBar({ seats }: { seats: { capacity: number; confirmed: number; waitlisted: number } }) {
  const { t, lang } = useI18n();
  const label = seatBarWords(t, lang, seats);
  return (
    <meter className="seat-bar" min={0} max={Math.max(seats.capacity, 1)} value={Math.min(seats.confirmed, seats.capacity)} aria-label={label} title={label} />
  );
}
