import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, request } from '../api';
import { CountrySelect } from '../countries';
import { graphql } from '../gql';
import type { WorkshopFormat, WorkshopKind } from '../gql/graphql';
import { type Key, plural, useI18n } from '../i18n';
import { useReference } from '../pages/shared';
import {
  CodeChecklist,
  CodeSelect,
  ConfirmDialog,
  ErrorMessage,
  FieldError,
  invalidIf,
  Link,
  Loading,
  navigate,
  PageTitle,
  Status,
  useAction,
  useQuery,
} from '../ui';
import { BLANK, changedFields, type Form, moveStartTo, toForm, toInput } from './workshop-form';
import { CancelWorkshop } from './CancelWorkshop';
import { impactOf, type Impact } from './impact';
import { defaultZoneFor, LanguagePicker, TimeZonePicker } from '../pickers';
import { RepeatBuilder } from './RepeatBuilder';
import { SessionsEditor } from './SessionsEditor';
import { WorkshopRegistrations } from './WorkshopRegistrations';
import { WorkshopQuestions } from './WorkshopQuestions';

const DETAIL = graphql(`
  query SecretariatWorkshop($id: ID!) {
    workshop(id: $id) {
      ...WorkshopCard
      summary
      description
      onlineUrl
      capacity
      perGroupQuota
      requiresApproval
      selfRegistration
      cancellationReason
      venue {
        name
        address
        city
        country
      }
      times {
        venueStartsAt {
          local
        }
        venueEndsAt {
          local
        }
      }
      eligibility {
        regions
      }
      sessions {
        ...EditableSession
      }
    }
  }
`);

const CREATE = graphql(`
  mutation CreateWorkshop($input: CreateWorkshopInput!) {
    createWorkshop(input: $input) {
      workshop {
        id
      }
    }
  }
`);

const CREATE_SERIES = graphql(`
  mutation CreateWorkshopSeries($input: CreateWorkshopSeriesInput!) {
    createWorkshopSeries(input: $input) {
      seriesId
      workshops {
        id
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateWorkshop($input: UpdateWorkshopInput!) {
    updateWorkshop(input: $input) {
      workshop {
        id
      }
    }
  }
`);

const PUBLISH = graphql(`
  mutation PublishWorkshop($input: PublishWorkshopInput!) {
    publishWorkshop(input: $input) {
      workshop {
        id
        status
      }
    }
  }
`);

/** The changes of a published workshop its people are emailed about (workshops.service.ts: times and place), as the dialog names them. */
const EMAILED_CHANGES = new Map<string, Key>([
  ['startsAtLocal', 'changedStart'],
  ['endsAtLocal', 'changedEnd'],
  ['timeZone', 'changedTimeZone'],
  ['venue', 'changedVenue'],
  ['onlineUrl', 'changedLink'],
  ['format', 'changedFormat'],
]);

/** The form's fields the server knows by another name. */
const SERVER_FIELDS: Partial<Record<keyof Form, string>> = { venueName: 'venue.name', city: 'venue.city', country: 'venue.country' };

const KINDS: readonly WorkshopKind[] = ['WORKSHOP', 'FORUM', 'WEBINAR'];
const FORMATS: readonly WorkshopFormat[] = ['IN_PERSON', 'ONLINE', 'HYBRID'];

export function WorkshopEditor({ id }: { id: string | null }) {
  const { t, lang } = useI18n();
  const reference = useReference();
  const detail = useQuery(DETAIL, { id: id ?? '' }, id === null);
  const [form, setForm] = useState<Form>(BLANK);
  const [pending, setPending] = useState<{ input: Partial<ReturnType<typeof toInput>>; impact: Impact } | null>(null);
  // A new workshop's zone follows its country until the planner picks one.
  const [zonePicked, setZonePicked] = useState(false);
  const action = useAction();
  const w = detail.data?.workshop ?? null;
  useEffect(() => {
    if (w) setForm(toForm(w));
  }, [w]);

  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm({ ...form, [key]: value });
  // The server names fields as its input has them (a series' under `workshop.`); the form's few differ.
  const problem = action.error?.field
    ? new ApiError(action.error.message, action.error.code, action.error.field.replace(/^workshop\./, ''), action.error.reason)
    : null;
  const text = (key: Exclude<keyof Form, 'topics' | 'languages' | 'regions' | 'requiresApproval' | 'selfRegistration' | 'kind' | 'format'>) => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value),
    ...invalidIf(problem, SERVER_FIELDS[key] ?? key),
  });
  const fieldError = (key: keyof typeof SERVER_FIELDS | keyof Form) => <FieldError error={problem} field={SERVER_FIELDS[key] ?? key} />;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (id === null && form.rrule.trim()) {
      const r = await action.run(() => request(CREATE_SERIES, { input: { workshop: toInput(form), rrule: form.rrule.trim() } }));
      if (r) navigate(`/secretariat/workshops/${r.createWorkshopSeries.workshops[0]!.id}`);
    } else if (id === null) {
      const r = await action.run(() => request(CREATE, { input: toInput(form) }), t('saved'));
      if (r) navigate(`/secretariat/workshops/${r.createWorkshop.workshop.id}`);
    } else {
      const after = toInput(form);
      const input = changedFields(after, w ? toInput(toForm(w)) : after);
      // A published workshop's new times or place are emailed to everyone registered: asked first.
      if (w?.status === 'PUBLISHED' && Object.keys(input).some((field) => EMAILED_CHANGES.has(field))) {
        const impact = await action.run(() => impactOf(id));
        if (!impact) return;
        if (impact.people > 0) return setPending({ input, impact });
      }
      await update(input);
    }
  };
  const update = async (input: Partial<ReturnType<typeof toInput>>) => {
    setPending(null);
    if (id !== null && (await action.run(() => request(UPDATE, { input: { id, ...input } }), t('saved')))) detail.reload();
  };
  const publish = async () => {
    if (id !== null && (await action.run(() => request(PUBLISH, { input: { id } }), t('published')))) detail.reload();
  };
  if (id !== null && detail.loading && !w) return <Loading when />;
  if (id !== null && !w) return <ErrorMessage error={detail.error} />;
  const editable = !w || w.status === 'DRAFT' || w.status === 'PUBLISHED';

  return (
    <>
      <PageTitle>{w ? `${w.title}` : t('newWorkshop')}</PageTitle>
      {w && (
        <p>
          {t('status')}: <strong data-testid="workshop-status">{t(w.status)}</strong>
          {w.status !== 'DRAFT' && (
            <>
              {' '}
              · <Link to={`/workshops/${w.id}`}>{w.title}</Link> · <Link to={`/secretariat/workshops/${w.id}/report`}>{t('workshopReport')}</Link>
            </>
          )}
        </p>
      )}
      {w?.cancellationReason && <p>{t('cancelledBecause', { reason: w.cancellationReason })}</p>}
      <ErrorMessage error={action.error} />
      {action.done && <Status>{action.done}</Status>}
      {w && w.status === 'DRAFT' && (
        <p>
          <button type="button" onClick={publish} disabled={action.busy}>
            {t('publish')}
          </button>
        </p>
      )}
      {editable && (
        <form onSubmit={save} className="grid" aria-label={w ? t('editWorkshop') : t('newWorkshop')}>
          <label>
            {t('title')}
            <input required {...text('title')} />
            {fieldError('title')}
          </label>
          <CodeSelect label={t('kind')} codes={KINDS} value={form.kind} onChange={(kind) => set('kind', kind)} />
          <label className="wide">
            {t('summary')}
            <input {...text('summary')} />
            {fieldError('summary')}
          </label>
          <label className="wide">
            {t('description')}
            <textarea rows={4} {...text('description')} />
            {fieldError('description')}
          </label>
          <CodeChecklist legend={t('topics')} options={reference.topics} chosen={form.topics} onChange={(topics) => set('topics', topics)} />
          <CodeChecklist legend={t('eligibility')} options={reference.regions} chosen={form.regions} onChange={(regions) => set('regions', regions)} />
          <LanguagePicker
            chosen={form.languages}
            other={form.otherLanguages}
            onChosen={(languages) => set('languages', languages)}
            onOther={(other) => set('otherLanguages', other)}
          />
          <CodeSelect label={t('format')} codes={FORMATS} value={form.format} onChange={(format) => set('format', format)} />
          <label>
            {t('venueName')}
            <input {...text('venueName')} />
            {fieldError('venueName')}
          </label>
          <label>
            {t('city')}
            <input {...text('city')} />
            {fieldError('city')}
          </label>
          <CountrySelect
            label={t('country')}
            value={form.country}
            onChange={(country) => {
              const zone = id === null && !zonePicked ? defaultZoneFor(country) : null;
              setForm({ ...form, country, ...(zone ? { timeZone: zone } : {}) });
            }}
          />
          <label>
            {t('onlineUrl')}
            <input type="url" {...text('onlineUrl')} />
            {fieldError('onlineUrl')}
          </label>
          <TimeZonePicker
            label={t('timeZone')}
            value={form.timeZone}
            country={form.country}
            onChange={(zone) => {
              setZonePicked(true);
              set('timeZone', zone);
            }}
          />
          <label>
            {t('startsAt')}
            <input type="datetime-local" required {...text('startsAtLocal')} />
            {fieldError('startsAtLocal')}
          </label>
          <label>
            {t('endsAt')}
            <input type="datetime-local" required {...text('endsAtLocal')} />
            {fieldError('endsAtLocal')}
          </label>
          <label>
            {t('capacity')}
            <input type="number" min={1} required {...text('capacity')} />
            {fieldError('capacity')}
          </label>
          <label>
            {t('perGroupQuota')}
            <input type="number" min={1} {...text('perGroupQuota')} />
            {fieldError('perGroupQuota')}
          </label>
          <label className="check wide">
            <input type="checkbox" checked={form.requiresApproval} onChange={(e) => set('requiresApproval', e.target.checked)} /> {t('requiresApproval')}
          </label>
          <label className="check wide">
            <input type="checkbox" checked={form.selfRegistration} onChange={(e) => set('selfRegistration', e.target.checked)} /> {t('selfRegistration')}
          </label>
          {id === null && (
            <RepeatBuilder
              value={form.rrule}
              onChange={(rrule) => set('rrule', rrule)}
              startsAtLocal={form.startsAtLocal}
              onMoveStart={(date) => setForm(moveStartTo(form, date))}
            />
          )}
          <p className="wide">
            <button type="submit" disabled={action.busy}>
              {t('save')}
            </button>
          </p>
        </form>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={t(plural(lang, pending?.impact.people ?? 0, { one: 'rescheduleQuestionOne', other: 'rescheduleQuestion' }), {
          people: pending?.impact.people ?? 0,
        })}
        confirmLabel={t('rescheduleConfirm')}
        busy={action.busy}
        onConfirm={() => pending && update(pending.input)}
        onClose={() => setPending(null)}
      >
        <p>{t('rescheduleImpact', { people: pending?.impact.people ?? 0, groups: pending?.impact.groups ?? 0 })}</p>
        <ul>
          {Object.keys(pending?.input ?? {}).flatMap((field) => {
            const words = EMAILED_CHANGES.get(field);
            return words ? [<li key={field}>{t(words)}</li>] : [];
          })}
        </ul>
      </ConfirmDialog>
      {w && editable && <SessionsEditor workshop={w} />}
      {w && editable && <WorkshopQuestions workshopId={w.id} />}
      {w && editable && <CancelWorkshop workshop={w} onDone={detail.reload} />}
      {w && <WorkshopRegistrations workshopId={w.id} open={w.status === 'PUBLISHED'} />}
    </>
  );
}
