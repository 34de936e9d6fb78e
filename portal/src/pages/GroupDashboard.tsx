import { graphql } from '../gql';
import { formatZoned, useI18n } from '../i18n';
import { ErrorMessage, Link, Loading, useQuery, Table } from '../ui';
import { SeatBar, WhenText } from './shared';

const OVERVIEW = graphql(`
  query GroupOverview {
    groupOverview {
      organization {
        id
        name
      }
      confirmed
      waitlisted
      offers
      pendingApproval
      workshops {
        workshop {
          id
          title
          timeZone
          times {
            venueStartsAt {
              iso
            }
          }
        }
        confirmed
        waitlisted
        offers
        pendingApproval
      }
    }
    open: workshops(filter: { eligibleForMyGroup: true, status: PUBLISHED }, first: 50) {
      edges {
        node {
          id
          title
          timeZone
          registrationClosesAt
          times {
            venueStartsAt {
              iso
            }
          }
          seats {
            capacity
            confirmed
            waitlisted
          }
        }
      }
    }
  }
`);

/** Deadlines shown: registration closing within this many days. */
const SOON_DAYS = 14;

/**
 * A coordinator's group at a glance: its people in workshops by where they stand, each workshop
 * they are in, and the open workshops whose registration closes soonest.
 */
export function GroupDashboard() {
  const { t, lang } = useI18n();
  const overview = useQuery(OVERVIEW);
  const data = overview.data;
  const now = Date.now();
  const closing = (data?.open.edges.map((e) => e.node) ?? [])
    .filter((w) => w.registrationClosesAt && Date.parse(w.registrationClosesAt) > now && Date.parse(w.registrationClosesAt) < now + SOON_DAYS * 86_400_000)
    .sort((a, b) => Date.parse(a.registrationClosesAt!) - Date.parse(b.registrationClosesAt!));
  const open = data?.open.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="group">
      <h2 id="group">{data ? t('groupOf', { name: data.groupOverview.organization.name }) : t('groupTitle')}</h2>
      <ErrorMessage error={overview.error} />
      <Loading when={overview.loading} />
      {data && (
        <>
          <ul className="tiles" aria-label={t('groupFigures')}>
            <li className="tile">
              <strong data-testid="group-confirmed">{data.groupOverview.confirmed}</strong> {t('tileConfirmed')}
            </li>
            <li className="tile">
              <strong data-testid="group-waiting">{data.groupOverview.waitlisted}</strong> {t('tileWaiting')}
            </li>
            <li className={data.groupOverview.offers > 0 ? 'tile alert' : 'tile'}>
              <strong data-testid="group-offers">{data.groupOverview.offers}</strong> {t('tileOffers')}
            </li>
            <li className="tile">
              <strong data-testid="group-pending">{data.groupOverview.pendingApproval}</strong> {t('tileAwaiting')}
            </li>
          </ul>
          <h3>{t('groupInWorkshops')}</h3>
          {data.groupOverview.workshops.length === 0 ? (
            <p>{t('groupNobodyYet')}</p>
          ) : (
            <Table
              rows={data.groupOverview.workshops.map((row) => ({ id: row.workshop.id, ...row }))}
              columns={[
                {
                  label: t('workshop'),
                  cell: (r) => (
                    <>
                      <Link to={`/workshops/${r.workshop.id}`}>{r.workshop.title}</Link>
                    </>
                  ),
                },
                {
                  label: t('when'),
                  cell: (r) => (
                    <>
                      <WhenText w={r.workshop} />
                    </>
                  ),
                },
                { label: t('CONFIRMED'), cell: (r) => <>{r.confirmed}</> },
                { label: t('WAITLISTED'), cell: (r) => <>{r.waitlisted + r.offers}</> },
                { label: t('PENDING_APPROVAL'), cell: (r) => <>{r.pendingApproval}</> },
              ]}
            />
          )}
          <h3>{t('closingSoon')}</h3>
          {closing.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <ul className="cards">
              {closing.map((w) => (
                <li key={w.id} className="card">
                  <Link to={`/workshops/${w.id}`}>{w.title}</Link>
                  <p className="meta">
                    {t('closesOn', { date: formatZoned(lang, w.registrationClosesAt!, w.timeZone) })} · <WhenText w={w} />
                  </p>
                  <SeatBar seats={w.seats} />
                </li>
              ))}
            </ul>
          )}
          <h3>{t('groupTitle')}</h3>
          <p>{t('groupHelp')}</p>
          <ul className="plain">
            {open.map((w) => (
              <li key={w.id}>
                <Link to={`/workshops/${w.id}`}>{w.title}</Link> · <WhenText w={w} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
