import { Bars } from '../charts/Bars';
import { CountryMap } from '../charts/CountryMap';
import { useCountries } from '../countries';
import { graphql } from '../gql';
import { plural, useI18n } from '../i18n';
import { SeatBar, seatBarWords, useReference, WhenText } from '../pages/shared';
import { ErrorMessage, Link, Loading, PageTitle, useQuery, Table } from '../ui';
import { WorkshopNeeds } from './WorkshopNeeds';

const REPORT = graphql(`
  query WorkshopReportPage($workshopId: ID!) {
    workshopReport(workshopId: $workshopId) {
      workshop {
        id
        title
        status
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
        }
      }
      byStatus {
        confirmed
        waitlisted
        pendingApproval
        declined
        cancelled
      }
      byRegion {
        code
        confirmed
        attended
      }
      byCountry {
        code
        confirmed
        attended
      }
      byGroup {
        organization {
          id
          name
          country
        }
        confirmed
        attended
      }
      attendanceRate
    }
  }
`);

const STATUSES = [
  ['confirmed', 'CONFIRMED'],
  ['waitlisted', 'WAITLISTED'],
  ['pendingApproval', 'PENDING_APPROVAL'],
  ['declined', 'DECLINED'],
  ['cancelled', 'CANCELLED'],
] as const;

/** One workshop in figures: who registered, from where, and who came, as bars, a map and a table. */
export function WorkshopReport({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const report = useQuery(REPORT, { workshopId: id });
  const reference = useReference();
  const { nameOf } = useCountries();
  const r = report.data?.workshopReport;
  if (report.loading && !r) return <Loading when />;
  if (!r) return <ErrorMessage error={report.error} />;
  const w = r.workshop;
  const regionName = (code: string) => reference.regions.find((region) => region.code === code)?.label ?? code;
  const attendedNote = (attended: number) =>
    r.attendanceRate === null ? null : t(plural(lang, attended, { one: 'reportAttendedNOne', other: 'reportAttendedN' }), { n: attended });
  return (
    <>
      <PageTitle>{t('reportOf', { title: w.title })}</PageTitle>
      <p>
        <Link to={`/secretariat/workshops/${w.id}`}>{t('editWorkshop')}</Link> · <WhenText w={w} /> · {t(w.status)}
      </p>
      <ErrorMessage error={report.error} />
      <section aria-labelledby="report-figures">
        <h2 id="report-figures">{t('reportFigures')}</h2>
        <p>
          <SeatBar seats={w.seats} /> {seatBarWords(t, lang, w.seats)}
        </p>
        <Bars
          caption={t('reportByStatus')}
          empty={t('reportNobody')}
          bars={STATUSES.map(([field, label]) => ({ key: field, label: t(label), value: r.byStatus[field] }))}
        />
        <p data-testid="attendance-rate">
          {r.attendanceRate === null ? t('reportNoAttendance') : t('reportAttendanceRate', { rate: Math.round(r.attendanceRate * 100) })}
        </p>
      </section>
      <section aria-labelledby="report-places">
        <h2 id="report-places">{t('reportPlaces')}</h2>
        <Bars
          caption={t('reportByRegion')}
          empty={t('reportNobody')}
          bars={r.byRegion.map((place) => ({ key: place.code, label: regionName(place.code), value: place.confirmed, note: attendedNote(place.attended) }))}
        />
        <CountryMap
          caption={t('reportCountries', { n: r.byCountry.length })}
          unit={(n) => t(plural(lang, n, { one: 'reportConfirmedNOne', other: 'reportConfirmedN' }), { n })}
          rows={r.byCountry.map((place) => ({ code: place.code, count: place.confirmed }))}
        />
      </section>
      <section aria-labelledby="report-groups">
        <h2 id="report-groups">{t('reportGroups')}</h2>
        <Table
          rows={r.byGroup.map((group) => ({ id: group.organization.id, ...group }))}
          columns={[
            { label: t('name'), cell: (g) => <>{g.organization.name}</> },
            { label: t('country'), cell: (g) => <>{nameOf(g.organization.country)}</> },
            { label: t('CONFIRMED'), cell: (g) => <>{g.confirmed}</> },
            { label: t('attended'), cell: (g) => <>{g.attended}</> },
          ]}
        />
      </section>
      <WorkshopNeeds workshopId={w.id} />
    </>
  );
}
