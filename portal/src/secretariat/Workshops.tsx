import { useEffect, useState, type FormEvent } from 'react';
import { CountrySelect } from '../countries';
import { downloadWithToken, gql } from '../api';
import { type Key, useI18n } from '../i18n';
import { ErrorMessage, Link, Loading, navigate, PageTitle, Status, useAction, useQuery } from '../ui';
import { SeatsText, useReference, WhenText, WORKSHOP_CARD, type WorkshopCardData } from '../pages/shared';
import { REGISTRATIONS, RegisterForm, type RegistrationRow } from '../pages/WorkshopPage';

const LIST = `query SecWorkshops($filter: WorkshopFilter) { workshops(filter: $filter, first: 100) { edges { node { ${WORKSHOP_CARD} } } } }`;

export function WorkshopList() {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const list = useQuery<{ workshops: { edges: { node: WorkshopCardData }[] } }>(LIST, { filter: status ? { status } : {} });
  return (
    <>
      <PageTitle>{t('secWorkshops')}</PageTitle>
      <p>
        <Link to="/secretariat/workshops/new" className="button">
          {t('newWorkshop')}
        </Link>
      </p>
      <label>
        {t('status')}{' '}
        <select value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">{t('allStatuses')}</option>
          {(['DRAFT', 'PUBLISHED', 'CANCELLED', 'COMPLETED'] as const).map((s) => (
            <option key={s} value={s}>
              {t(s)}
            </option>
          ))}
        </select>
      </label>
      <ErrorMessage error={list.error} />
      <Loading when={list.loading} />
      <table>
        <thead>
          <tr>
            <th scope="col">{t('title')}</th>
            <th scope="col">{t('when')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('seats')}</th>
          </tr>
        </thead>
        <tbody>
          {list.data?.workshops.edges.map(({ node: w }) => (
            <tr key={w.id}>
              <td>
                <Link to={`/secretariat/workshops/${w.id}`}>{w.title}</Link>
              </td>
              <td>
                <WhenText w={w} />
              </td>
              <td>{t(w.status as Key)}</td>
              <td>
                <SeatsText seats={w.seats} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

const DETAIL = `query SecWorkshop($id: ID!) { workshop(id: $id) {
  ${WORKSHOP_CARD} summary description onlineUrl capacity perGroupQuota requiresApproval selfRegistration cancellationReason
  venue { name address city country } times { venueStartsAt { local } venueEndsAt { local } } eligibility { regions }
} }`;

interface Detail extends Omit<WorkshopCardData, 'times'> {
  description: string | null;
  onlineUrl: string | null;
  capacity: number;
  perGroupQuota: number | null;
  requiresApproval: boolean;
  selfRegistration: boolean;
  cancellationReason: string | null;
  eligibility: { regions: string[] };
  venue: { name: string; address: string | null; city: string; country: string } | null;
  times: WorkshopCardData['times'] & { venueStartsAt: { local: string }; venueEndsAt: { local: string } };
}

interface Form {
  kind: string;
  title: string;
  summary: string;
  description: string;
  topics: string[];
  languages: string;
  format: string;
  venueName: string;
  city: string;
  country: string;
  onlineUrl: string;
  timeZone: string;
  startsAtLocal: string;
  endsAtLocal: string;
  capacity: string;
  perGroupQuota: string;
  requiresApproval: boolean;
  selfRegistration: boolean;
  regions: string[];
  rrule: string;
}

const BLANK: Form = {
  kind: 'WORKSHOP',
  title: '',
  summary: '',
  description: '',
  topics: [],
  languages: 'en',
  format: 'IN_PERSON',
  venueName: '',
  city: '',
  country: '',
  onlineUrl: '',
  timeZone: 'UTC',
  startsAtLocal: '',
  endsAtLocal: '',
  capacity: '20',
  perGroupQuota: '',
  requiresApproval: false,
  selfRegistration: false,
  regions: [],
  rrule: '',
};

function toForm(w: Detail): Form {
  return {
    kind: w.kind,
    title: w.title,
    summary: w.summary ?? '',
    description: w.description ?? '',
    topics: w.topics,
    languages: w.languages.join(', '),
    format: w.format,
    venueName: w.venue?.name ?? '',
    city: w.venue?.city ?? '',
    country: w.venue?.country ?? '',
    onlineUrl: w.onlineUrl ?? '',
    timeZone: w.timeZone,
    startsAtLocal: w.times.venueStartsAt.local.slice(0, 16),
    endsAtLocal: w.times.venueEndsAt.local.slice(0, 16),
    capacity: String(w.capacity),
    perGroupQuota: w.perGroupQuota === null ? '' : String(w.perGroupQuota),
    requiresApproval: w.requiresApproval,
    selfRegistration: w.selfRegistration,
    regions: w.eligibility.regions,
    rrule: '',
  };
}

function toInput(f: Form) {
  const venue = f.venueName || f.city || f.country ? { name: f.venueName, city: f.city, country: f.country.toUpperCase() } : undefined;
  return {
    kind: f.kind,
    title: f.title,
    summary: f.summary || null,
    description: f.description || null,
    topics: f.topics,
    languages: f.languages
      .split(',')
      .map((l) => l.trim())
      .filter(Boolean),
    format: f.format,
    ...(venue ? { venue } : {}),
    onlineUrl: f.onlineUrl || null,
    timeZone: f.timeZone,
    startsAtLocal: f.startsAtLocal,
    endsAtLocal: f.endsAtLocal,
    capacity: Number(f.capacity),
    perGroupQuota: f.perGroupQuota ? Number(f.perGroupQuota) : null,
    requiresApproval: f.requiresApproval,
    selfRegistration: f.selfRegistration,
    eligibility: { regions: f.regions },
  };
}

export function WorkshopEditor({ id }: { id: string | null }) {
  const { t } = useI18n();
  const reference = useReference();
  const detail = useQuery<{ workshop: Detail | null }>(DETAIL, { id }, id === null);
  const [form, setForm] = useState<Form>(BLANK);
  const [reason, setReason] = useState('');
  const action = useAction();
  const w = detail.data?.workshop ?? null;
  useEffect(() => {
    if (w) setForm(toForm(w));
  }, [w]);

  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm({ ...form, [key]: value });
  const text = (key: Exclude<keyof Form, 'topics' | 'regions' | 'requiresApproval' | 'selfRegistration'>) => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value),
  });

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (id === null && form.rrule.trim()) {
      const r = await action.run(() =>
        gql<{ createWorkshopSeries: { workshops: { id: string }[] } }>(
          `mutation($input: CreateWorkshopSeriesInput!) { createWorkshopSeries(input: $input) { seriesId workshops { id } } }`,
          { input: { workshop: toInput(form), rrule: form.rrule.trim() } },
        ),
      );
      if (r) navigate(`/secretariat/workshops/${r.createWorkshopSeries.workshops[0]!.id}`);
    } else if (id === null) {
      const r = await action.run(
        () =>
          gql<{ createWorkshop: { workshop: { id: string } } }>(
            `mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { workshop { id } } }`,
            { input: toInput(form) },
          ),
        t('saved'),
      );
      if (r) navigate(`/secretariat/workshops/${r.createWorkshop.workshop.id}`);
    } else {
      // Only what changed: an unchanged time or venue must not count as a change attendees are told about.
      const before: Record<string, unknown> = w ? toInput(toForm(w)) : {};
      const input = Object.fromEntries(Object.entries(toInput(form)).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key])));
      if (
        await action.run(
          () => gql(`mutation($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { id } } }`, { input: { id, ...input } }),
          t('saved'),
        )
      )
        detail.reload();
    }
  };
  const publish = async () => {
    if (
      await action.run(
        () => gql(`mutation($input: PublishWorkshopInput!) { publishWorkshop(input: $input) { workshop { id status } } }`, { input: { id } }),
        t('published'),
      )
    )
      detail.reload();
  };
  const cancel = async (e: FormEvent) => {
    e.preventDefault();
    if (
      await action.run(
        () => gql(`mutation($input: CancelWorkshopInput!) { cancelWorkshop(input: $input) { workshop { id status } } }`, { input: { id, reason } }),
        t('cancelled'),
      )
    )
      detail.reload();
  };
  if (id !== null && detail.loading && !w) return <Loading when />;
  if (id !== null && !w) return <ErrorMessage error={detail.error} />;
  const editable = !w || w.status === 'DRAFT' || w.status === 'PUBLISHED';

  return (
    <>
      <PageTitle>{w ? `${w.title}` : t('newWorkshop')}</PageTitle>
      {w && (
        <p>
          {t('status')}: <strong data-testid="workshop-status">{t(w.status as Key)}</strong>
          {w.status !== 'DRAFT' && (
            <>
              {' '}
              · <Link to={`/workshops/${w.id}`}>{w.title}</Link>
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
          </label>
          <label>
            {t('kind')}
            <select {...text('kind')}>
              {(['WORKSHOP', 'FORUM', 'WEBINAR'] as const).map((k) => (
                <option key={k} value={k}>
                  {t(k)}
                </option>
              ))}
            </select>
          </label>
          <label className="wide">
            {t('summary')}
            <input {...text('summary')} />
          </label>
          <label className="wide">
            {t('description')}
            <textarea rows={4} {...text('description')} />
          </label>
          <fieldset className="wide">
            <legend>{t('topics')}</legend>
            {reference.topics.map((topic) => (
              <label key={topic.code} className="check">
                <input
                  type="checkbox"
                  checked={form.topics.includes(topic.code)}
                  onChange={(e) => set('topics', e.target.checked ? [...form.topics, topic.code] : form.topics.filter((c) => c !== topic.code))}
                />{' '}
                {topic.label}
              </label>
            ))}
          </fieldset>
          <fieldset className="wide">
            <legend>{t('eligibility')}</legend>
            {reference.regions.map((region) => (
              <label key={region.code} className="check">
                <input
                  type="checkbox"
                  checked={form.regions.includes(region.code)}
                  onChange={(e) => set('regions', e.target.checked ? [...form.regions, region.code] : form.regions.filter((c) => c !== region.code))}
                />{' '}
                {region.label}
              </label>
            ))}
          </fieldset>
          <label>
            {t('languages')} <span className="meta">{t('languagesHelp')}</span>
            <input {...text('languages')} />
          </label>
          <label>
            {t('format')}
            <select {...text('format')}>
              {(['IN_PERSON', 'ONLINE', 'HYBRID'] as const).map((k) => (
                <option key={k} value={k}>
                  {t(k)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('venueName')}
            <input {...text('venueName')} />
          </label>
          <label>
            {t('city')}
            <input {...text('city')} />
          </label>
          <CountrySelect label={t('country')} value={form.country} onChange={(country) => set('country', country)} />
          <label>
            {t('onlineUrl')}
            <input type="url" {...text('onlineUrl')} />
          </label>
          <label>
            {t('timeZone')}
            <input required {...text('timeZone')} />
          </label>
          <label>
            {t('startsAt')}
            <input type="datetime-local" required {...text('startsAtLocal')} />
          </label>
          <label>
            {t('endsAt')}
            <input type="datetime-local" required {...text('endsAtLocal')} />
          </label>
          <label>
            {t('capacity')}
            <input type="number" min={1} required {...text('capacity')} />
          </label>
          <label>
            {t('perGroupQuota')}
            <input type="number" min={1} {...text('perGroupQuota')} />
          </label>
          <label className="check wide">
            <input type="checkbox" checked={form.requiresApproval} onChange={(e) => set('requiresApproval', e.target.checked)} /> {t('requiresApproval')}
          </label>
          <label className="check wide">
            <input type="checkbox" checked={form.selfRegistration} onChange={(e) => set('selfRegistration', e.target.checked)} /> {t('selfRegistration')}
          </label>
          {id === null && (
            <label className="wide">
              {t('repeat')} <span className="meta">{t('repeatHelp')}</span>
              <input {...text('rrule')} placeholder="FREQ=MONTHLY;BYDAY=2TU;COUNT=6" />
            </label>
          )}
          <p className="wide">
            <button type="submit" disabled={action.busy}>
              {t('save')}
            </button>
          </p>
        </form>
      )}
      {w && editable && (
        <form onSubmit={cancel} className="danger" aria-label={t('cancelWorkshop')}>
          <h2>{t('cancelWorkshop')}</h2>
          <label>
            {t('reason')}
            <input required value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="submit" disabled={action.busy}>
            {t('cancelWorkshop')}
          </button>
        </form>
      )}
      {w && <Registrations workshopId={w.id} open={w.status === 'PUBLISHED'} />}
    </>
  );
}

function Registrations({ workshopId, open }: { workshopId: string; open: boolean }) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const list = useQuery<{ registrations: { edges: { node: RegistrationRow }[] } }>(REGISTRATIONS, { workshopId, filter: status ? { status } : null });
  const orgs = useQuery<{ organizations: { edges: { node: { id: string; name: string } }[] } }>(
    `query { organizations(first: 100) { edges { node { id name } } } }`,
    {},
    !open,
  );
  const action = useAction();
  const mutate = (mutation: string, input: Record<string, unknown>) =>
    action
      .run(() =>
        gql(`mutation($input: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { registration { id } } }`, { input }),
      )
      .then((r) => r && list.reload());
  const rows = list.data?.registrations.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="sec-registrations">
      <h2 id="sec-registrations">{t('registrationsTitle')}</h2>
      <p>
        <label>
          {t('status')}{' '}
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('allStatuses')}</option>
            {(['CONFIRMED', 'WAITLISTED', 'PENDING_APPROVAL', 'CANCELLED', 'DECLINED'] as const).map((s) => (
              <option key={s} value={s}>
                {t(s)}
              </option>
            ))}
          </select>
        </label>{' '}
        <button
          type="button"
          className="secondary"
          onClick={() => action.run(() => downloadWithToken(`/workshops/${workshopId}/participants.csv`, 'participants.csv'))}
        >
          {t('exportCsv')}
        </button>
      </p>
      <ErrorMessage error={list.error ?? action.error} />
      <Loading when={list.loading} />
      <table>
        <thead>
          <tr>
            <th scope="col">{t('participant')}</th>
            <th scope="col">{t('organisation')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('attended')}</th>
            <th scope="col">{t('actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                {r.participant.name} <span className="meta">{r.participant.email}</span>
              </td>
              <td>{r.organization.name}</td>
              <td>
                {t(r.status as Key)}
                {r.waitlistPosition ? ` (${t('positionN', { n: r.waitlistPosition })})` : ''}
              </td>
              <td>
                {r.status === 'CONFIRMED' && (
                  <input
                    type="checkbox"
                    aria-label={t('attendedOf', { name: r.participant.name })}
                    checked={r.attended === true}
                    onChange={(e) => mutate('recordAttendance', { registrationId: r.id, attended: e.target.checked })}
                  />
                )}
              </td>
              <td>
                {r.status === 'PENDING_APPROVAL' && (
                  <>
                    <button type="button" onClick={() => mutate('approveRegistration', { id: r.id })}>
                      {t('approve')}
                    </button>{' '}
                    <button type="button" className="secondary" onClick={() => mutate('declineRegistration', { id: r.id })}>
                      {t('decline')}
                    </button>{' '}
                  </>
                )}
                {(r.status === 'CONFIRMED' || r.status === 'WAITLISTED' || r.status === 'PENDING_APPROVAL') && (
                  <button
                    type="button"
                    className="secondary"
                    aria-label={t('cancelRegistrationOf', { name: r.participant.name })}
                    onClick={() => confirm(t('confirmCancel')) && mutate('cancelRegistration', { id: r.id })}
                  >
                    {t('cancel')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
