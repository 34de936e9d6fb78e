import { type FormEvent, useEffect, useId, useState } from 'react';
import { type ApiError, request } from '../api';
import { graphql } from '../gql';
import type { EditableSessionFragment, WorkshopSessionInput, WorkshopStatus } from '../gql/graphql';
import { plural, useI18n } from '../i18n';
import { ConfirmDialog, ErrorMessage, Status, useAction } from '../ui';
import { impactOf, type Impact } from './impact';
import { formatLocal } from './repeat-rule';

export const EDITABLE_SESSION = graphql(`
  fragment EditableSession on WorkshopSession {
    id
    title
    facilitator
    location
    joiningDetails
    times {
      venueStartsAt {
        local
      }
      venueEndsAt {
        local
      }
    }
  }
`);

const SAVE_SESSIONS = graphql(`
  mutation SaveWorkshopSessions($input: UpdateWorkshopInput!) {
    updateWorkshop(input: $input) {
      workshop {
        id
        sessions {
          ...EditableSession
        }
      }
    }
  }
`);

/** A session as edited: wall-clock times in the venue's zone, as the inputs hold them. */
interface Row {
  key: string;
  title: string;
  startsAtLocal: string;
  endsAtLocal: string;
  facilitator: string;
  location: string;
  /** Kept as stored (not edited here): the whole list is sent on every save. */
  joiningDetails: string | null;
}

const NEW = 'new';

function toRow(s: EditableSessionFragment): Row {
  return {
    key: s.id,
    title: s.title,
    startsAtLocal: s.times.venueStartsAt.local.slice(0, 16),
    endsAtLocal: s.times.venueEndsAt.local.slice(0, 16),
    facilitator: s.facilitator ?? '',
    location: s.location ?? '',
    // The API hands back the location as the joining details when they sit in it; sending that back would store a copy.
    joiningDetails: s.joiningDetails && s.joiningDetails !== s.location ? s.joiningDetails : null,
  };
}

const toInput = (r: Row): WorkshopSessionInput => ({
  title: r.title.trim(),
  startsAtLocal: r.startsAtLocal,
  endsAtLocal: r.endsAtLocal,
  facilitator: r.facilitator.trim() || null,
  location: r.location.trim() || null,
  joiningDetails: r.joiningDetails,
});

const blankAfter = (rows: Row[], workshopStart: string): Row => ({
  key: NEW,
  title: '',
  startsAtLocal: rows.at(-1)?.endsAtLocal ?? workshopStart,
  endsAtLocal: '',
  facilitator: '',
  location: '',
  joiningDetails: null,
});

export interface SessionsWorkshop {
  id: string;
  status: WorkshopStatus;
  timeZone: string;
  times: { venueStartsAt: { local: string } };
  sessions: EditableSessionFragment[];
}

/**
 * The parts of a workshop (updateWorkshop with the whole list of sessions). A published
 * workshop's people are emailed about any change to its sessions (workshops.service.ts counts
 * sessions among the times), so the planner is asked first, as for a new start.
 */
export function SessionsEditor({ workshop }: { workshop: SessionsWorkshop }) {
  const { t, lang } = useI18n();
  const headingId = useId();
  const start = workshop.times.venueStartsAt.local.slice(0, 16);
  const [rows, setRows] = useState<Row[]>(() => workshop.sessions.map(toRow));
  const [draft, setDraft] = useState<Row>(() => blankAfter(rows, start));
  const [editing, setEditing] = useState<Row | null>(null);
  const [failed, setFailed] = useState<{ key: string; error: ApiError } | null>(null);
  const [pending, setPending] = useState<{ rows: Row[]; key: string; then: () => void; impact: Impact } | null>(null);
  const action = useAction();
  // A reload of the workshop (after its own form saved, which may move the sessions along) shows them as stored.
  useEffect(() => {
    setRows(workshop.sessions.map(toRow));
  }, [workshop.sessions]);

  const commit = async (next: Row[], key: string, then: () => void) => {
    setPending(null);
    setFailed(null);
    const saved = await action.run(async () => {
      try {
        return await request(SAVE_SESSIONS, { input: { id: workshop.id, sessions: next.map(toInput) } });
      } catch (error) {
        // The server names the session by its place in the list sent, which is in start order as the server keeps it.
        const index = /^sessions\.(\d+)/.exec((error as ApiError).field ?? '')?.[1];
        setFailed({ key: (index !== undefined && next[Number(index)]?.key) || key, error: error as ApiError });
        return undefined;
      }
    });
    if (!saved) return;
    action.setDone(t('sessionsSaved'));
    const stored = saved.updateWorkshop.workshop.sessions.map(toRow);
    setRows(stored);
    then();
    if (key === NEW) setDraft(blankAfter(stored, start));
  };

  const save = async (list: Row[], key: string, then: () => void = () => {}) => {
    const next = [...list].sort((a, b) => a.startsAtLocal.localeCompare(b.startsAtLocal));
    if (workshop.status === 'PUBLISHED') {
      const impact = await action.run(() => impactOf(workshop.id));
      if (!impact) return;
      if (impact.people > 0) return setPending({ rows: next, key, then, impact });
    }
    await commit(next, key, then);
  };

  const errorFor = (key: string) => (failed?.key === key ? failed.error : null);
  const when = (row: Row) => t('sessionWhen', { start: formatLocal(lang, row.startsAtLocal), end: formatLocal(lang, row.endsAtLocal) });

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('sessionsTitle')}</h2>
      <p className="meta">{t('sessionsHelp', { zone: workshop.timeZone })}</p>
      {action.done && <Status>{action.done}</Status>}
      {!failed && <ErrorMessage error={action.error} />}
      {rows.length === 0 ? (
        <p>{t('sessionsNone')}</p>
      ) : (
        <ul className="cards" aria-label={t('sessionsTitle')}>
          {rows.map((row) =>
            editing?.key === row.key ? (
              <li key={row.key} className="card">
                <SessionForm
                  label={t('sessionEditing', { title: row.title })}
                  row={editing}
                  onChange={setEditing}
                  submitLabel={t('sessionUpdate')}
                  busy={action.busy}
                  error={errorFor(row.key)}
                  onSubmit={() =>
                    save(
                      rows.map((r) => (r.key === row.key ? editing : r)),
                      row.key,
                      () => setEditing(null),
                    )
                  }
                  onStop={() => {
                    setEditing(null);
                    setFailed(null);
                  }}
                />
              </li>
            ) : (
              <li key={row.key} className="card" data-testid="session">
                <h3>{row.title}</h3>
                <p>{when(row)}</p>
                {row.facilitator && <p>{t('sessionLed', { name: row.facilitator })}</p>}
                {row.location && <p className="meta">{row.location}</p>}
                <ErrorMessage error={errorFor(row.key)} />
                <p>
                  <button
                    type="button"
                    className="secondary"
                    disabled={action.busy}
                    onClick={() => {
                      setEditing(row);
                      setFailed(null);
                    }}
                  >
                    {t('sessionEdit', { title: row.title })}
                  </button>{' '}
                  <button
                    type="button"
                    className="secondary"
                    disabled={action.busy}
                    onClick={() =>
                      save(
                        rows.filter((r) => r.key !== row.key),
                        row.key,
                      )
                    }
                  >
                    {t('sessionRemove', { title: row.title })}
                  </button>
                </p>
              </li>
            ),
          )}
        </ul>
      )}
      <SessionForm
        label={t('sessionNew')}
        row={draft}
        onChange={setDraft}
        submitLabel={t('sessionAdd')}
        busy={action.busy}
        error={errorFor(NEW)}
        onSubmit={() => save([...rows, draft], NEW)}
      />
      <ConfirmDialog
        open={pending !== null}
        title={t(plural(lang, pending?.impact.people ?? 0, { one: 'rescheduleQuestionOne', other: 'rescheduleQuestion' }), {
          people: pending?.impact.people ?? 0,
        })}
        confirmLabel={t('rescheduleConfirm')}
        busy={action.busy}
        onConfirm={() => pending && commit(pending.rows, pending.key, pending.then)}
        onClose={() => setPending(null)}
      >
        <p>{t('rescheduleImpact', { people: pending?.impact.people ?? 0, groups: pending?.impact.groups ?? 0 })}</p>
        <ul>
          <li>{t('changedSessions')}</li>
        </ul>
      </ConfirmDialog>
    </section>
  );
}

function SessionForm(props: {
  label: string;
  row: Row;
  onChange: (row: Row) => void;
  submitLabel: string;
  busy: boolean;
  error: ApiError | null;
  onSubmit: () => void;
  onStop?: () => void;
}) {
  const { t } = useI18n();
  const { row } = props;
  const field = (key: 'title' | 'startsAtLocal' | 'endsAtLocal' | 'facilitator' | 'location') => ({
    value: row[key],
    onChange: (e: { target: { value: string } }) => props.onChange({ ...row, [key]: e.target.value }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit();
  };
  return (
    <form className="grid" aria-label={props.label} onSubmit={submit}>
      <h3 className="wide">{props.label}</h3>
      <label className="wide">
        {t('sessionTitle')}
        <input required maxLength={200} {...field('title')} />
      </label>
      <label>
        {t('sessionStart')}
        <input type="datetime-local" required {...field('startsAtLocal')} />
      </label>
      <label>
        {t('sessionFinish')}
        <input type="datetime-local" required {...field('endsAtLocal')} />
      </label>
      <label>
        {t('sessionFacilitator')}
        <input maxLength={200} {...field('facilitator')} />
      </label>
      <label>
        {t('sessionLocation')}
        <input maxLength={2000} {...field('location')} />
      </label>
      <div className="wide">
        <ErrorMessage error={props.error} />
      </div>
      <p className="wide">
        <button type="submit" disabled={props.busy}>
          {props.submitLabel}
        </button>{' '}
        {props.onStop && (
          <button type="button" className="secondary" onClick={props.onStop}>
            {t('sessionStopEditing')}
          </button>
        )}
      </p>
    </form>
  );
}
