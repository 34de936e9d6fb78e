import { useState } from 'react';
import { downloadWithToken, request } from '../api';
import { graphql } from '../gql';
import type { RegistrationStatus } from '../gql/graphql';
import { useI18n } from '../i18n';
import { outcomeOf, REGISTRATIONS, RegisterForm } from '../pages/WorkshopPage';
import { ErrorMessage, Loading, Status, useAction, useQuery, Table, StatusFilter } from '../ui';

const ORGANISATION_NAMES = graphql(`
  query OrganisationNames {
    organizations(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const RECORD_ATTENDANCE = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      registration {
        id
      }
    }
  }
`);

const APPROVE = graphql(`
  mutation Approve($input: ApproveRegistrationInput!) {
    approveRegistration(input: $input) {
      registration {
        id
        status
        waitlistPosition
        participant {
          name
        }
      }
    }
  }
`);

const DECLINE = graphql(`
  mutation Decline($input: DeclineRegistrationInput!) {
    declineRegistration(input: $input) {
      registration {
        id
      }
    }
  }
`);

const CANCEL_REGISTRATION = graphql(`
  mutation CancelRegistration($input: CancelRegistrationInput!) {
    cancelRegistration(input: $input) {
      registration {
        id
      }
    }
  }
`);

const STATUSES: readonly RegistrationStatus[] = ['CONFIRMED', 'WAITLISTED', 'PENDING_APPROVAL', 'CANCELLED', 'DECLINED'];

/** A workshop's registrations for the Secretariat: filter, approve, attendance, cancel, export, register a group's people. */
export function WorkshopRegistrations({ workshopId, open }: { workshopId: string; open: boolean }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<RegistrationStatus | ''>('');
  const [organizationId, setOrganizationId] = useState('');
  const list = useQuery(REGISTRATIONS, { workshopId, filter: status ? { status } : null });
  const orgs = useQuery(ORGANISATION_NAMES, {}, !open);
  const action = useAction();
  const run = (change: () => Promise<unknown>) => action.run(change).then((r) => r && list.reload());
  const rows = list.data?.registrations.edges.map((e) => e.node) ?? [];
  const pending = rows.filter((r) => r.status === 'PENDING_APPROVAL');
  // One after another, in the order people applied: the seat engine seats them in that order.
  const approveAll = async () => {
    const outcomes = await action.run(async () => {
      const decided = [];
      for (const r of pending) decided.push((await request(APPROVE, { input: { id: r.id } })).approveRegistration.registration);
      return decided;
    });
    if (outcomes) action.setDone(outcomeOf(t, outcomes));
    list.reload();
  };
  return (
    <section aria-labelledby="sec-registrations">
      <h2 id="sec-registrations">{t('registrationsTitle')}</h2>
      <p>
        <StatusFilter statuses={STATUSES} value={status} onChange={setStatus} />{' '}
        <button
          type="button"
          className="secondary"
          onClick={() => action.run(() => downloadWithToken(`/workshops/${workshopId}/participants.csv`, 'participants.csv'))}
        >
          {t('exportCsv')}
        </button>
      </p>
      {pending.length > 1 && (
        <p>
          <button type="button" onClick={approveAll} disabled={action.busy}>
            {t('approveAll', { n: pending.length })}
          </button>
        </p>
      )}
      <ErrorMessage error={list.error ?? action.error} />
      {action.done && <Status>{action.done}</Status>}
      <Loading when={list.loading} />
      <Table
        rows={rows}
        columns={[
          {
            label: t('participant'),
            cell: (r) => (
              <>
                {r.participant.name} <span className="meta">{r.participant.email}</span>
              </>
            ),
          },
          { label: t('organisation'), cell: (r) => <>{r.organization.name}</> },
          {
            label: t('status'),
            cell: (r) => (
              <>
                {t(r.status)}
                {r.waitlistPosition ? ` (${t('positionN', { n: r.waitlistPosition })})` : ''}
              </>
            ),
          },
          {
            label: t('attended'),
            cell: (r) => (
              <>
                {r.status === 'CONFIRMED' && (
                  <input
                    type="checkbox"
                    aria-label={t('attendedOf', { name: r.participant.name })}
                    checked={r.attended === true}
                    // One change at a time: a double click must not send a tick and its undoing.
                    disabled={action.busy}
                    onChange={(e) => run(() => request(RECORD_ATTENDANCE, { input: { registrationId: r.id, attended: e.target.checked } }))}
                  />
                )}
              </>
            ),
          },
          {
            label: t('actions'),
            cell: (r) => (
              <>
                {r.status === 'PENDING_APPROVAL' && (
                  <>
                    <button type="button" onClick={() => run(() => request(APPROVE, { input: { id: r.id } }))}>
                      {t('approve')}
                    </button>{' '}
                    <button type="button" className="secondary" onClick={() => run(() => request(DECLINE, { input: { id: r.id } }))}>
                      {t('decline')}
                    </button>{' '}
                  </>
                )}
                {(r.status === 'CONFIRMED' || r.status === 'WAITLISTED' || r.status === 'PENDING_APPROVAL') && (
                  <button
                    type="button"
                    className="secondary"
                    aria-label={t('cancelRegistrationOf', { name: r.participant.name })}
                    onClick={() => confirm(t('confirmCancel')) && run(() => request(CANCEL_REGISTRATION, { input: { id: r.id } }))}
                  >
                    {t('cancel')}
                  </button>
                )}
              </>
            ),
          },
        ]}
      />
      {open && (
        <>
          <label>
            {t('organisation')}{' '}
            <select value={organizationId} onChange={(e) => setOrganizationId(e.target.value)}>
              <option value="">–</option>
              {orgs.data?.organizations.edges.map(({ node }) => (
                <option key={node.id} value={node.id}>
                  {node.name}
                </option>
              ))}
            </select>
          </label>
          {organizationId && <RegisterForm workshopId={workshopId} organizationId={organizationId} onDone={list.reload} />}
        </>
      )}
    </section>
  );
}
