import { useMemo } from 'react';
import { graphql } from '../gql';
import type { SecretariatHomeQuery } from '../gql/graphql';
import { plural, useI18n } from '../i18n';
import { SeatBar, SeatsText, WhenText } from '../pages/shared';
import { ErrorMessage, Link, Loading, PageTitle, useQuery } from '../ui';

const HOME = graphql(`
  query SecretariatHome($now: DateTime!, $weekEnd: DateTime!) {
    approvalQueue {
      total
      workshops {
        workshop {
          ...HomeWorkshop
        }
        pendingApproval
      }
    }
    thisWeek: workshops(filter: { status: PUBLISHED, from: $now, to: $weekEnd }, first: 20) {
      edges {
        node {
          ...HomeWorkshop
        }
      }
      pageInfo {
        hasNextPage
      }
    }
    upcoming: workshops(filter: { status: PUBLISHED, from: $now }, first: 100) {
      edges {
        node {
          ...HomeWorkshop
        }
      }
    }
    failed: notificationDeliveries(filter: { states: [FAILED] }, first: 50) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
      }
    }
    retrying: notificationDeliveries(filter: { states: [RETRYING] }, first: 50) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
  fragment HomeWorkshop on Workshop {
    id
    title
    timeZone
    times {
      venueStartsAt {
        iso
      }
    }
    seats {
      capacity
      confirmed
      waitlisted
      available
    }
  }
`);

type Card = SecretariatHomeQuery['upcoming']['edges'][number]['node'];

/** A count of a page of 50: "50+" when there are more. */
const counted = (list: { edges: unknown[]; pageInfo: { hasNextPage: boolean } }) => `${list.edges.length}${list.pageInfo.hasNextPage ? '+' : ''}`;

/** Filling: at least four in five seats taken, or a waiting list already. */
const filling = (w: Card) => w.seats.capacity > 0 && (w.seats.waitlisted > 0 || w.seats.confirmed >= 0.8 * w.seats.capacity);

/** The Secretariat's first screen: what needs doing now, each figure a link to where it is done. */
export function SecretariatHome() {
  const { t, lang } = useI18n();
  // Asked once per visit to the page: the week from the moment it opened.
  const window = useMemo(() => {
    const now = new Date();
    return { now: now.toISOString(), weekEnd: new Date(now.getTime() + 7 * 86_400_000).toISOString() };
  }, []);
  const home = useQuery(HOME, window);
  const data = home.data;
  const fillingUp = data?.upcoming.edges.map((e) => e.node).filter(filling) ?? [];
  return (
    <>
      <PageTitle>{t('secHome')}</PageTitle>
      <ErrorMessage error={home.error} />
      <Loading when={home.loading} />
      {data && (
        <>
          <ul className="tiles" aria-label={t('secNeeds')}>
            <li className={data.approvalQueue.total > 0 ? 'tile alert' : 'tile'}>
              <a href="#awaiting-approval">
                <strong data-testid="approvals-waiting">{data.approvalQueue.total}</strong> {t('tileApprovals')}
              </a>
            </li>
            <li className={data.failed.edges.length > 0 ? 'tile alert' : 'tile'}>
              <Link to="/secretariat/deliveries">
                <strong>{counted(data.failed)}</strong> {t('tileFailed')}
              </Link>
            </li>
            <li className="tile">
              <strong>{counted(data.retrying)}</strong> {t('tileRetrying')}
            </li>
            <li className="tile">
              <strong>{counted(data.thisWeek)}</strong> {t('tileThisWeek')}
            </li>
            <li className="tile">
              <strong>{fillingUp.length}</strong> {t('tileFilling')}
            </li>
          </ul>
          <section aria-labelledby="awaiting-approval">
            <h2 id="awaiting-approval">{t('awaitingApproval')}</h2>
            {data.approvalQueue.workshops.length === 0 && <p>{t('none')}</p>}
            <ul className="cards">
              {data.approvalQueue.workshops.map(({ workshop: w, pendingApproval }) => (
                <li key={w.id} className="card">
                  <Link to={`/secretariat/workshops/${w.id}`}>{w.title}</Link>
                  <p className="meta">
                    <WhenText w={w} /> · {t(plural(lang, pendingApproval, { one: 'awaitingNOne', other: 'awaitingN' }), { n: pendingApproval })}
                  </p>
                  <SeatBar seats={w.seats} />
                </li>
              ))}
            </ul>
          </section>
          <WorkshopCards title={t('startingThisWeek')} list={data.thisWeek.edges.map((e) => e.node)} />
          <WorkshopCards title={t('fillingUp')} list={fillingUp} />
          <p>
            <Link to="/secretariat/workshops">{t('allWorkshops')}</Link>
          </p>
        </>
      )}
    </>
  );
}

function WorkshopCards({ title, list }: { title: string; list: SecretariatHomeQuery['thisWeek']['edges'][number]['node'][] }) {
  const { t } = useI18n();
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      {list.length === 0 && <p>{t('none')}</p>}
      <ul className="cards">
        {list.map((w) => (
          <li key={w.id} className="card">
            <Link to={`/secretariat/workshops/${w.id}`}>{w.title}</Link>
            <p className="meta">
              <WhenText w={w} /> · <SeatsText seats={w.seats} />
            </p>
            <SeatBar seats={w.seats} />
          </li>
        ))}
      </ul>
    </section>
  );
}
