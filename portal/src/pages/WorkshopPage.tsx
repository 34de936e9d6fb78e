import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useCountries } from '../countries';
import { request, isSecretariat } from '../api';
import { deviceTimeZone, formatZoned, plural, type T, useI18n } from '../i18n';
import { ConfirmDialog, ErrorMessage, FieldError, invalidIf, Link, Loading, PageTitle, Status, useAction, useQuery, useSession, Table } from '../ui';
import { titleInPage } from '../first-paint';
import { graphql } from '../gql';
import type { AskedQuestionFragment, RegisterMutation, RegistrationsQuery, WorkshopQuery } from '../gql/graphql';
import { answersOf, type Given, shownQuestions } from './answers';
import { parsePastedPeople, type PersonRow } from './pasted-people';
import { programmePath } from './Programme';
import { FeedButtons, type FeedLink, languageName, SeatsText, useReference, WhenText } from './shared';

const WORKSHOP = graphql(`
  query Workshop($id: ID!, $language: String) {
    workshop(id: $id) {
      ...WorkshopCard
      questions {
        ...AskedQuestion
      }
      description
      onlineUrl
      cancellationReason
      registrationClosesAt
      requiresApproval
      selfRegistration
      perGroupQuota
      eligibility {
        regions
      }
      venue {
        address
      }
      sessions {
        id
        title
        facilitator
        location
        times {
          venueStartsAt {
            iso
            abbreviation
          }
        }
      }
    }
  }
`);

export const REGISTRATIONS = graphql(`
  query Registrations($workshopId: ID!, $filter: RegistrationFilter) {
    registrations(workshopId: $workshopId, filter: $filter, first: 100) {
      edges {
        node {
          id
          status
          waitlistPosition
          attended
          participant {
            name
            email
          }
          organization {
            id
            name
          }
        }
      }
    }
  }
`);

export type RegistrationRow = RegistrationsQuery['registrations']['edges'][number]['node'];

export function WorkshopPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const countries = useCountries();
  const { viewer } = useSession();
  const workshop = useQuery(WORKSHOP, { id, language: lang });
  const registrations = useQuery(REGISTRATIONS, { workshopId: id }, viewer === null);
  const w = workshop.data?.workshop;
  // Seats are counted as registrations are written: the next read of the workshop shows them.
  const refresh = () => {
    workshop.reload();
    registrations.reload();
  };
  if (workshop.loading && !w) {
    const title = titleInPage(id);
    return (
      <>
        {title && <h1>{title}</h1>}
        <Loading when />
      </>
    );
  }
  if (!w)
    return (
      <>
        <PageTitle>{t('notFound')}</PageTitle>
        <ErrorMessage error={workshop.error} />
        <Link to={programmePath()}>{t('back')}</Link>
      </>
    );
  const feed = workshopFeed(w);
  const here = deviceTimeZone();
  const open = w.status === 'PUBLISHED';

  return (
    <article>
      <p>
        <Link to={programmePath()}>{t('back')}</Link>
      </p>
      <PageTitle>{w.title}</PageTitle>
      {w.status !== 'PUBLISHED' && <p className="badge">{t(w.status)}</p>}
      {w.cancellationReason && <p className="error">{t('cancelledBecause', { reason: w.cancellationReason })}</p>}
      {w.summary && <p className="lead">{w.summary}</p>}
      <dl className="facts">
        <dt>{t('kind')}</dt>
        <dd>
          {t(w.kind)} · {t(w.format)}
        </dd>
        <dt>{t('when')}</dt>
        <dd>
          <WhenText w={w} /> – {formatZoned(lang, w.times.venueEndsAt.iso, w.timeZone)}
        </dd>
        {here !== w.timeZone && formatZoned(lang, w.startsAt, here) !== formatZoned(lang, w.startsAt, w.timeZone) && (
          <>
            <dt>{t('yourTime')}</dt>
            <dd data-testid="your-time">
              {formatZoned(lang, w.startsAt, here)} – {formatZoned(lang, w.endsAt, here)}
            </dd>
          </>
        )}
        {w.venue && (
          <>
            <dt>{t('whereVenue')}</dt>
            <dd>{[w.venue.name, w.venue.address, w.venue.city, countries.nameOf(w.venue.country)].filter(Boolean).join(', ')}</dd>
          </>
        )}
        {w.onlineUrl && (
          <>
            <dt>{t('joiningLink')}</dt>
            <dd>
              <a href={w.onlineUrl} rel="noreferrer noopener">
                {w.onlineUrl}
              </a>
            </dd>
          </>
        )}
        <dt>{t('languages')}</dt>
        <dd>{w.languages.map((l) => languageName(lang, l)).join(', ') || '–'}</dd>
        <dt>{t('seats')}</dt>
        <dd data-testid="seats">
          <SeatsText seats={w.seats} />
        </dd>
      </dl>
      {open && <HowToJoin w={w} />}
      {w.description && <div className="description">{w.description}</div>}
      {w.sessions.length > 0 && (
        <section aria-labelledby="sessions">
          <h2 id="sessions">{t('sessions')}</h2>
          <ul>
            {w.sessions.map((s) => (
              <li key={s.id}>
                {formatZoned(lang, s.times.venueStartsAt.iso, w.timeZone)}: {s.title}
                {s.facilitator && ` (${s.facilitator})`}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <FeedButtons link={feed} label={w.title} />
      </p>
      {open && viewer?.role === 'GROUP_COORDINATOR' && (
        <RegisterForm workshopId={w.id} organizationId={viewer.organization.id} onDone={refresh} feed={feed} questions={w.questions} />
      )}
      {open && viewer?.role === 'MEMBER' && w.selfRegistration && <RegisterMe workshopId={w.id} onDone={refresh} feed={feed} />}
      {isSecretariat(viewer) && (
        <p>
          <Link to={`/secretariat/workshops/${w.id}`} className="button">
            {t('manage')}
          </Link>
        </p>
      )}
      {viewer && registrations.data && <RegistrationTable rows={registrations.data.registrations.edges.map((e) => e.node)} onChange={refresh} />}
      <ErrorMessage error={registrations.error} />
      {/* Last in the page: sticky to the screen's bottom, it would otherwise stop at its place above what follows it. */}
      {open && (
        <ActionBar
          feed={feed}
          register={viewer?.role === 'GROUP_COORDINATOR' ? 'register' : viewer?.role === 'MEMBER' && w.selfRegistration ? 'register-me' : null}
        />
      )}
    </article>
  );
}

const REGISTER = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      registrations {
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

const CANCEL = graphql(`
  mutation Cancel($input: CancelRegistrationInput!) {
    cancelRegistration(input: $input) {
      registration {
        id
        status
      }
    }
  }
`);

type WorkshopData = NonNullable<WorkshopQuery['workshop']>;

/** The workshop's own calendar file: one event, kept current (the app re-reads it). */
function workshopFeed(w: Pick<WorkshopData, 'id' | 'title'>): FeedLink {
  const https = `${location.origin}/calendar/workshops/${w.id}.ics`;
  return { name: w.title, https, webcal: https.replace(/^https?:/, 'webcal:') };
}

/**
 * On a phone, what one comes to a workshop for stays at hand at the bottom of the screen: going to
 * the registration form, and the workshop into one's calendar. (Hidden on wider screens, where
 * both are in view beside the facts.)
 */
function ActionBar({ feed, register }: { feed: FeedLink; register: 'register' | 'register-me' | null }) {
  const { t } = useI18n();
  const { viewer } = useSession();
  const toRegister = () => {
    const heading = document.getElementById(register ?? '');
    heading?.scrollIntoView({ block: 'start' });
    heading?.closest('section')?.querySelector<HTMLElement>('input, button')?.focus({ preventScroll: true });
  };
  return (
    <nav className="action-bar" aria-label={t('workshopActions')}>
      {register && (
        <button type="button" onClick={toRegister}>
          {t('goToRegistration')}
        </button>
      )}
      {!viewer && (
        <a href="#/sign-in" className="button">
          {t('signInToRegister')}
        </a>
      )}
      <a href={feed.webcal} className="button secondary">
        {t('addToCalendarShort')}
      </a>
    </nav>
  );
}

/** Right after one's own registration: the workshop into one's calendar, in one step. */
function AddToCalendarNow({ feed }: { feed: FeedLink }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="add-now" className="card">
      <h3 id="add-now">{t('addNowTitle')}</h3>
      <p>{t('addNowHelp')}</p>
      <FeedButtons link={feed} label={feed.name} />
    </section>
  );
}

/** The rules of registering, stated before anyone tries: who may, how many per group, approval, and until when (in the reader's zone). */
function HowToJoin({ w }: { w: WorkshopData }) {
  const { t, lang } = useI18n();
  const { viewer } = useSession();
  const reference = useReference();
  const regions = w.eligibility.regions.map((code) => reference.regions.find((r) => r.code === code)?.label ?? code);
  return (
    <section aria-labelledby="how-to-join" className="card rules">
      <h2 id="how-to-join">{t('howToJoin')}</h2>
      <ul>
        {/* Named once the regions' names are in (never their codes). */}
        {regions.length > 0 && !reference.loaded ? (
          <li aria-busy="true" className="skeleton-line" />
        ) : (
          <li>{regions.length > 0 ? t('openToRegions', { regions: regions.join(', ') }) : t('openToAll')}</li>
        )}
        <li>{w.selfRegistration ? t('whoRegistersSelf') : t('whoRegistersCoordinator')}</li>
        {w.perGroupQuota !== null && w.perGroupQuota !== undefined && (
          <li>{t(plural(lang, w.perGroupQuota, { one: 'groupLimitOne', other: 'groupLimit' }), { n: w.perGroupQuota })}</li>
        )}
        <li>{w.requiresApproval ? t('approvalNeeded') : t('approvalNone')}</li>
        {w.registrationClosesAt && <li>{t('closesAt', { date: formatZoned(lang, w.registrationClosesAt, deviceTimeZone()) })}</li>}
      </ul>
      {!viewer && (
        <p>
          <Link to="/sign-in" className="button">
            {t('signInToRegister')}
          </Link>
        </p>
      )}
    </section>
  );
}

/** What became of each person, as the seat engine decided: confirmed, waiting (and where), or awaiting approval. */
export function outcomeOf(
  t: T,
  registrations: Pick<RegisterMutation['register']['registrations'][number], 'status' | 'waitlistPosition' | 'participant'>[],
): string {
  return registrations
    .map(({ status, waitlistPosition, participant }) => {
      const name = participant.name;
      if (status === 'CONFIRMED') return t('outcomeConfirmed', { name });
      if (status === 'WAITLISTED') return t('outcomeWaitlisted', { name, n: waitlistPosition ?? '–' });
      if (status === 'PENDING_APPROVAL') return t('outcomePending', { name });
      return t('outcomeOther', { name, status: t(status) });
    })
    .join(' · ');
}

function RegisterMe({ workshopId, onDone, feed }: { workshopId: string; onDone: () => void; feed: FeedLink }) {
  const { t } = useI18n();
  const { viewer } = useSession();
  const action = useAction();
  const [registered, setRegistered] = useState(false);
  const submit = () =>
    action
      .run(() => request(REGISTER, { input: { workshopId, participants: [{ userId: viewer?.id }] } }))
      .then((r) => {
        if (!r) return;
        action.setDone(outcomeOf(t, r.register.registrations));
        setRegistered(true);
        onDone();
      });
  return (
    <section aria-labelledby="register-me">
      <h2 id="register-me">{t('registerMe')}</h2>
      <button type="button" onClick={submit} disabled={action.busy}>
        {t('registerMe')}
      </button>
      <ErrorMessage error={action.error} />
      {action.done && <Status>{action.done}</Status>}
      {registered && <AddToCalendarNow feed={feed} />}
    </section>
  );
}

// The questions' controls load only where a workshop asks some (answer-fields.tsx).
const AnswerFields = lazy(() => import('./answer-fields'));
/** Someone registering others answers the questions their group sees (OPERATIONAL) only; the person is emailed a link for the rest. */
const askedOfOthers = (q: AskedQuestionFragment) => q.question.sensitivity === 'OPERATIONAL';

export function RegisterForm({
  workshopId,
  organizationId,
  onDone,
  feed,
  questions = [],
}: {
  workshopId: string;
  organizationId: string;
  onDone: () => void;
  feed?: FeedLink;
  questions?: readonly AskedQuestionFragment[];
}) {
  const { t } = useI18n();
  const { viewer } = useSession();
  const [rows, setRows] = useState<PersonRow[]>([{ name: '', email: '' }]);
  // Each row's answers, by the row's place.
  const [given, setGiven] = useState<Given[]>([]);
  const asked = (i: number) => shownQuestions(questions, given[i] ?? {}, askedOfOthers);
  const answersAt = (i: number) => answersOf(asked(i), given[i] ?? {});
  const [pasted, setPasted] = useState('');
  const [unread, setUnread] = useState<number[]>([]);
  const takePasted = () => {
    const { people, notUnderstood } = parsePastedPeople(pasted);
    const kept = rows.filter((r) => r.name.trim() || r.email.trim());
    if (people.length > 0) {
      setGiven(rows.flatMap((r, i) => (r.name.trim() || r.email.trim() ? [given[i] ?? {}] : [])));
      setRows([...kept, ...people]);
    }
    setUnread(notUnderstood);
    setPasted(
      notUnderstood.length > 0
        ? pasted
            .split(/\r?\n/)
            .filter((_, i) => notUnderstood.includes(i + 1))
            .join('\n')
        : '',
    );
  };
  const [includeMe, setIncludeMe] = useState(false);
  const [registeredMe, setRegisteredMe] = useState(false);
  const action = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const participants = [
      ...(includeMe && viewer ? [{ userId: viewer.id }] : []),
      ...rows.flatMap((r, i) => {
        if (!r.name.trim() && !r.email.trim()) return [];
        const answers = answersAt(i);
        return [{ name: r.name.trim(), email: r.email.trim(), ...(answers.length > 0 ? { answers } : {}) }];
      }),
    ];
    const result = await action.run(() => request(REGISTER, { input: { workshopId, organizationId, participants } }));
    if (result) {
      action.setDone(outcomeOf(t, result.register.registrations));
      setRegisteredMe(includeMe);
      setRows([{ name: '', email: '' }]);
      setGiven([]);
      setIncludeMe(false);
      onDone();
    }
  };
  // How the server names a row's field: its place among the participants sent (after "me", when included).
  const place = (i: number) => (includeMe ? 1 : 0) + rows.slice(0, i).filter((r) => r.name.trim() || r.email.trim()).length;
  const sent = (i: number, key: 'name' | 'email') => `participants.${place(i)}.${key}`;
  const update = (i: number, key: 'name' | 'email', value: string) => setRows(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  return (
    <section aria-labelledby="register">
      <h2 id="register">{t('registerTitle')}</h2>
      <p>{t('registerHelp')}</p>
      {questions.some((q) => !askedOfOthers(q)) && <p>{t('registerPrivateQuestions')}</p>}
      <form onSubmit={submit}>
        {viewer && (
          <label className="check">
            <input type="checkbox" checked={includeMe} onChange={(e) => setIncludeMe(e.target.checked)} /> {t('includeMe', { name: viewer.name })}
          </label>
        )}
        {rows.map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; they are only added or removed at the end
          <fieldset key={i} className="row">
            <legend>{t('person', { n: i + 1 })}</legend>
            <label>
              {t('name')}
              <input value={row.name} onChange={(e) => update(i, 'name', e.target.value)} autoComplete="off" {...invalidIf(action.error, sent(i, 'name'))} />
              <FieldError error={action.error} field={sent(i, 'name')} />
            </label>
            <label>
              {t('email')}
              <input
                type="email"
                value={row.email}
                onChange={(e) => update(i, 'email', e.target.value)}
                autoComplete="off"
                {...invalidIf(action.error, sent(i, 'email'))}
              />
              <FieldError error={action.error} field={sent(i, 'email')} />
            </label>
            {asked(i).length > 0 && (
              <Suspense fallback={null}>
                <AnswerFields
                  questions={asked(i)}
                  given={given[i] ?? {}}
                  onChange={(answers) => setGiven(rows.map((_, j) => (j === i ? answers : (given[j] ?? {}))))}
                  error={action.error}
                  prefix={`participants.${place(i)}.answers`}
                  sent={answersAt(i).map((a) => String(a.questionId))}
                />
              </Suspense>
            )}
            {rows.length > 1 && (
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  setRows(rows.filter((_, j) => j !== i));
                  setGiven(given.filter((_, j) => j !== i));
                }}
              >
                {t('removePerson', { n: i + 1 })}
              </button>
            )}
          </fieldset>
        ))}
        <details className="paste">
          <summary>{t('pasteList')}</summary>
          <label>
            {t('pasteHelp')}
            <textarea rows={5} value={pasted} onChange={(e) => setPasted(e.target.value)} placeholder="Amina Njoroge <amina@example.org>" />
          </label>
          <button type="button" className="secondary" onClick={takePasted}>
            {t('pasteTake')}
          </button>
          {unread.length > 0 && (
            <p role="alert" className="error">
              {t('pasteNotUnderstood', { lines: unread.join(', ') })}
            </p>
          )}
        </details>
        <p>
          <button type="button" className="secondary" onClick={() => setRows([...rows, { name: '', email: '' }])}>
            {t('addPerson')}
          </button>{' '}
          <button type="submit" disabled={action.busy}>
            {t('registerSubmit')}
          </button>
        </p>
      </form>
      <ErrorMessage error={action.error} />
      {action.done && <Status>{action.done}</Status>}
      {registeredMe && feed && <AddToCalendarNow feed={feed} />}
    </section>
  );
}

export function RegistrationTable({ rows, onChange }: { rows: RegistrationRow[]; onChange: () => void }) {
  const { t } = useI18n();
  const action = useAction();
  // Asked first, in the portal's own dialog (as the registrations desk does); Go back changes nothing.
  const [cancelling, setCancelling] = useState<RegistrationRow | null>(null);
  const cancel = async () => {
    const id = cancelling?.id;
    setCancelling(null);
    if (!id) return;
    const done = await action.run(() => request(CANCEL, { input: { id } }));
    if (done) onChange();
  };
  return (
    <section aria-labelledby="registrations">
      <h2 id="registrations">{t('registrationsTitle')}</h2>
      <ErrorMessage error={action.error} />
      {rows.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <Table
          rows={rows}
          columns={[
            {
              label: t('participant'),
              cell: (row) => (
                <>
                  {row.participant.name} <span className="meta">{row.participant.email}</span>
                </>
              ),
            },
            { label: t('organisation'), cell: (row) => <>{row.organization.name}</> },
            { label: t('status'), cell: (row) => <>{t(row.status)}</> },
            { label: t('position'), cell: (row) => <>{row.waitlistPosition ? t('positionN', { n: row.waitlistPosition }) : ''}</> },
            {
              label: t('actions'),
              cell: (row) => (
                <>
                  {row.status !== 'CANCELLED' && row.status !== 'DECLINED' && (
                    <button
                      type="button"
                      className="secondary"
                      aria-label={t('cancelRegistrationOf', { name: row.participant.name })}
                      onClick={() => setCancelling(row)}
                      disabled={action.busy}
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
        title={t('cancelRegistrationQuestion', { name: cancelling?.participant.name ?? '' })}
        confirmLabel={t('cancelRegistrationConfirm')}
        busy={action.busy}
        onConfirm={cancel}
        onClose={() => setCancelling(null)}
      >
        <p>{t('cancelRegistrationImpact')}</p>
      </ConfirmDialog>
    </section>
  );
}
