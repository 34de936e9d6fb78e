import { useState } from 'react';
import { downloadWithToken, request } from '../api';
import { graphql } from '../gql';
import type { RegistrationStatus } from '../gql/graphql';
import { useI18n } from '../i18n';
import { outcomeOf, REGISTRATIONS, RegisterForm, type RegistrationRow } from '../pages/WorkshopPage';
import { ConfirmDialog, ErrorMessage, Loading, Status, useAction, useQuery, Table, StatusFilter } from '../ui';
import { OrganisationPicker, type PickedOrganisation } from './OrganisationPicker';
import { WorkshopAnswers } from './WorkshopAnswers';

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
  const [organisation, setOrganisation] = useState<PickedOrganisation | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [undo, setUndo] = useState<{ id: string; attended: boolean | null }[] | null>(null);
  const [cancelling, setCancelling] = useState<RegistrationRow | null>(null);
  const list = useQuery(REGISTRATIONS, { workshopId, filter: status ? { status } : null });
  const action = useAction();
  const run = (change: () => Promise<unknown>, message?: string) =>
    action.run(change, message).then((r) => {
      setUndo(null);
      if (r) list.reload();
    });
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
  const confirmed = rows.filter((r) => r.status === 'CONFIRMED');
  const chosen = confirmed.filter((r) => selected.has(r.id));
  const setAttendance = async (people: readonly { id: string; attended: boolean | null }[]) => {
    for (const { id, attended } of people) await request(RECORD_ATTENDANCE, { input: { registrationId: id, attended } });
    return true;
  };
  /** Marks the chosen people (one request each, in order), keeping what they were for Undo. */
  const mark = async (attended: boolean) => {
    const before = chosen.map((r) => ({ id: r.id, attended: r.attended ?? null }));
    const done = await action.run(
      () => setAttendance(before.map(({ id }) => ({ id, attended }))),
      t(attended ? 'markedPresent' : 'markedAbsent', { n: before.length }),
    );
    // Partly done on a failure: the list shows what was saved.
    list.reload();
    if (done === undefined) return;
    setSelected(new Set());
    setUndo(before);
  };
  const undoMarks = async () => {
    if (!undo) return;
    const restored = await action.run(() => setAttendance(undo), t('marksUndone', { n: undo.length }));
    if (restored !== undefined) setUndo(null);
    list.reload();
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
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
      {confirmed.length > 0 && (
        <fieldset className="bulk">
          <legend>{t('attendanceTitle')}</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={chosen.length === confirmed.length}
              onChange={(e) => setSelected(new Set(e.target.checked ? confirmed.map((r) => r.id) : []))}
            />{' '}
            {t('selectAllConfirmed', { n: confirmed.length })}
          </label>
          <button type="button" onClick={() => mark(true)} disabled={action.busy || chosen.length === 0}>
            {t('markPresent', { n: chosen.length })}
          </button>
          <button type="button" className="secondary" onClick={() => mark(false)} disabled={action.busy || chosen.length === 0}>
            {t('markAbsent', { n: chosen.length })}
          </button>
        </fieldset>
      )}
      <ErrorMessage error={list.error ?? action.error} />
      {action.done && (
        <Status>
          {action.done}{' '}
          {undo && (
            <button type="button" className="link" onClick={undoMarks} disabled={action.busy}>
              {t('undo')}
            </button>
          )}
        </Status>
      )}
      <Loading when={list.loading} />
      <Table
        rows={rows}
        columns={[
          {
            label: t('participant'),
            cell: (r) => (
              <>
                {r.status === 'CONFIRMED' && (
                  <input
                    type="checkbox"
                    aria-label={t('selectPerson', { name: r.participant.name })}
                    checked={selected.has(r.id)}
                    onChange={(e) => toggle(r.id, e.target.checked)}
                  />
                )}{' '}
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
                    onClick={() => setCancelling(r)}
                  >
                    {t('cancel')}
                  </button>
                )}
              </>
            ),
          },
        ]}
      />
      <WorkshopAnswers workshopId={workshopId} seen={list.data} />
      <ConfirmDialog
        open={cancelling !== null}
        title={t('cancelRegistrationQuestion', { name: cancelling?.participant.name ?? '' })}
        confirmLabel={t('cancelRegistrationConfirm')}
        busy={action.busy}
        onConfirm={() => {
          const id = cancelling?.id;
          setCancelling(null);
          if (id) run(() => request(CANCEL_REGISTRATION, { input: { id } }), t('registrationCancelled', { name: cancelling?.participant.name ?? '' }));
        }}
        onClose={() => setCancelling(null)}
      >
        <p>{t('cancelRegistrationImpact')}</p>
      </ConfirmDialog>
      {open && (
        <>
          <OrganisationPicker label={t('registerForOrganisation')} value={organisation} onChange={setOrganisation} />
          {organisation && <RegisterForm workshopId={workshopId} organizationId={organisation.id} onDone={list.reload} />}
        </>
      )}
    </section>
  );
}
