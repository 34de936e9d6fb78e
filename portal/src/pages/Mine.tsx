import { useState } from 'react';
import { request } from '../api';
import { graphql } from '../gql';
import { formatDateTime, formatZoned, plural, useI18n } from '../i18n';
import { ConfirmDialog, ErrorMessage, Link, Loading, PageTitle, Status, useAction, useQuery, useSession, Table } from '../ui';
import { GroupDashboard } from './GroupDashboard';

const MINE = graphql(`
  query Mine {
    myRegistrations(first: 50) {
      edges {
        node {
          id
          status
          waitlistPosition
          offerExpiresAt
          answerLink
          missingAnswers {
            id
          }
          workshop {
            id
            title
            timeZone
            times {
              venueStartsAt {
                iso
                abbreviation
              }
            }
          }
        }
      }
    }
  }
`);

const ACCEPT_OFFER = graphql(`
  mutation AcceptOffer($input: AcceptOfferInput!) {
    acceptOffer(input: $input) {
      registration {
        id
        status
      }
    }
  }
`);

const CANCEL_MINE = graphql(`
  mutation CancelMine($input: CancelRegistrationInput!) {
    cancelRegistration(input: $input) {
      registration {
        id
      }
    }
  }
`);

export function Mine() {
  const { t, lang } = useI18n();
  const { viewer } = useSession();
  const mine = useQuery(MINE);
  const action = useAction();
  const rows = mine.data?.myRegistrations.edges.map((e) => e.node) ?? [];
  const accept = async (id: string) => {
    if (await action.run(() => request(ACCEPT_OFFER, { input: { id } }), t('offerAccepted'))) mine.reload();
  };
  // Asked first, in the portal's own dialog (as the registrations desk does); Go back changes nothing.
  const [cancelling, setCancelling] = useState<(typeof rows)[number] | null>(null);
  const cancel = async () => {
    const id = cancelling?.id;
    setCancelling(null);
    if (id && (await action.run(() => request(CANCEL_MINE, { input: { id } })))) mine.reload();
  };
  return (
    <>
      <PageTitle>{t('myTitle')}</PageTitle>
      {viewer?.role === 'GROUP_COORDINATOR' && <GroupDashboard />}
      <section aria-labelledby="mine">
        <h2 id="mine">{t('myRegistrations')}</h2>
        <ErrorMessage error={mine.error ?? action.error} />
        {action.done && <Status>{action.done}</Status>}
        <Loading when={mine.loading} />
        {!mine.loading && rows.length === 0 && <p>{t('none')}</p>}
        {rows.length > 0 && (
          <Table
            rows={rows}
            columns={[
              {
                label: t('workshop'),
                cell: (r) => (
                  <>
                    <Link to={`/workshops/${r.workshop.id}`}>{r.workshop.title}</Link>
                  </>
                ),
              },
              { label: t('when'), cell: (r) => <>{formatZoned(lang, r.workshop.times.venueStartsAt.iso, r.workshop.timeZone)}</> },
              {
                label: t('status'),
                cell: (r) => (
                  <>
                    {t(r.status)}
                    {r.waitlistPosition ? ` (${t('positionN', { n: r.waitlistPosition })})` : ''}
                    {r.status === 'WAITLISTED' && r.offerExpiresAt && (
                      <>
                        <br />
                        {t('offerUntil', { date: formatDateTime(lang, r.offerExpiresAt) })}
                      </>
                    )}
                  </>
                ),
              },
              {
                label: t('actions'),
                cell: (r) => (
                  <>
                    {r.answerLink && r.missingAnswers.length > 0 && r.status !== 'CANCELLED' && r.status !== 'DECLINED' && (
                      // The link is the page of the answer email's (single-use, made afresh for each read of this list).
                      <a href={new URL(r.answerLink, location.href).hash} className="button">
                        {t(plural(lang, r.missingAnswers.length, { one: 'answerQuestionsOne', other: 'answerQuestionsN' }), { n: r.missingAnswers.length })}
                      </a>
                    )}{' '}
                    {r.status === 'WAITLISTED' && r.offerExpiresAt && (
                      <button type="button" onClick={() => accept(r.id)} disabled={action.busy}>
                        {t('acceptOffer')}
                      </button>
                    )}{' '}
                    {(r.status === 'CONFIRMED' || r.status === 'WAITLISTED' || r.status === 'PENDING_APPROVAL') && (
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => setCancelling(r)}
                        disabled={action.busy}
                        aria-label={t('cancelRegistrationOf', { name: r.workshop.title })}
                      >
                        {t('cancel')}
                      </button>
                    )}
                  </>
                ),
              },
            ]}
          />
        )}
        <ConfirmDialog
          open={cancelling !== null}
          title={t('cancelMineQuestion', { title: cancelling?.workshop.title ?? '' })}
          confirmLabel={t('cancelRegistrationConfirm')}
          busy={action.busy}
          onConfirm={cancel}
          onClose={() => setCancelling(null)}
        >
          <p>{t('cancelMineImpact')}</p>
        </ConfirmDialog>
      </section>
    </>
  );
}
