import { createContext, useCallback, useContext, useEffect, useId, useRef, useState, type ReactNode, type SelectHTMLAttributes } from 'react';
import { ApiError, getToken, request, type Viewer } from './api';
import { answerInPage } from './first-paint';
import type { TypedDocumentString } from './gql/graphql';
import { formatDateTime, type Key, useI18n } from './i18n';
import { ASK_AGAIN, askAgain, connectionState, keep, onConnectionChange, operationName } from './offline';

export interface Session {
  viewer: Viewer | null;
  signIn(token: string, viewer: Viewer): void;
  /** The signed-in person's account as it now is (after a profile change). */
  update(viewer: Viewer): void;
  signOut(): void;
}
export const SessionContext = createContext<Session>({ viewer: null, signIn: () => {}, update: () => {}, signOut: () => {} });
export const useSession = () => useContext(SessionContext);

/** The option a select's value names, typed as the list it was drawn from. */
export const chosen = <T extends string>(options: readonly T[], value: string, fallback: T): T => options.find((o) => o === value) ?? fallback;

/** A choice among codes (a kind, a format), each shown in the reader's words: `t(code)`. */
export function CodeSelect<C extends Key>(props: { label: string; codes: readonly C[]; value: C; onChange: (code: C) => void; disabled?: boolean }) {
  const { t } = useI18n();
  return (
    <label>
      {props.label}
      <select value={props.value} disabled={props.disabled} onChange={(e) => props.onChange(chosen(props.codes, e.target.value, props.value))}>
        {props.codes.map((code) => (
          <option key={code} value={code}>
            {t(code)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Codes ticked from a list (topics, regions), each with its name. */
export function CodeChecklist(props: {
  legend: string;
  options: readonly { code: string; label: string }[];
  chosen: readonly string[];
  onChange: (codes: string[]) => void;
  disabled?: boolean;
}) {
  return (
    <fieldset className="wide">
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.code} className="check">
          <input
            type="checkbox"
            checked={props.chosen.includes(option.code)}
            disabled={props.disabled}
            onChange={(e) => props.onChange(e.target.checked ? [...props.chosen, option.code] : props.chosen.filter((code) => code !== option.code))}
          />{' '}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

export type Load<T> = { data: T | null; error: ApiError | null; loading: boolean; reload: () => void };

/** Runs a query when its variables change; `reload` runs it again after a change. */
export function useQuery<T, V>(query: TypedDocumentString<T, V>, variables?: V, skip = false, anonymous = false): Load<T> {
  const key = JSON.stringify(variables ?? {});
  // The page's own answer (first-paint.ts), when it came with one to this question: no second ask.
  const [inPage] = useState(() => (skip ? null : answerInPage<T>(operationName(query.toString()), key, anonymous || getToken() === null)));
  const [state, setState] = useState<{ data: T | null; error: ApiError | null; loading: boolean }>(
    inPage ? { data: inPage, error: null, loading: false } : { data: null, error: null, loading: !skip },
  );
  const [round, setRound] = useState(0);
  const shown = useRef(key);
  const answered = useRef(inPage !== null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` is the reload trigger: a new round runs the query again
  useEffect(() => {
    if (skip) return;
    if (answered.current) {
      answered.current = false;
      // Kept as an answer asked would be, for reading offline.
      keep(operationName(query.toString()), JSON.parse(key), false, inPage);
      return;
    }
    let live = true;
    // A reload keeps the page on screen; other variables (a filter, the next page) clear it.
    const same = shown.current === key;
    shown.current = key;
    setState((s) => ({ data: same ? s.data : null, error: null, loading: true }));
    request(query, JSON.parse(key) as V, { anonymous }).then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error: ApiError) => live && setState({ data: null, error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [query, key, round, skip, anonymous]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  // Back online (or asked to try again), a query asks again: a saved copy gives way to the answer.
  useEffect(() => {
    if (skip) return;
    addEventListener('online', reload);
    addEventListener(ASK_AGAIN, reload);
    return () => {
      removeEventListener('online', reload);
      removeEventListener(ASK_AGAIN, reload);
    };
  }, [reload, skip]);
  return { ...state, reload };
}

/**
 * Says when the portal is offline or cannot reach the server, and since when what is shown was
 * saved; goes away by itself when an answer comes back.
 */
export function OfflineBanner() {
  const { t, lang } = useI18n();
  const [offline, setOffline] = useState(() => typeof navigator !== 'undefined' && !navigator.onLine);
  const [since, setSince] = useState(connectionState().offlineSince);
  useEffect(() => {
    const update = () => setOffline(!navigator.onLine);
    addEventListener('online', update);
    addEventListener('offline', update);
    const stop = onConnectionChange((state) => setSince(state.offlineSince));
    return () => {
      removeEventListener('online', update);
      removeEventListener('offline', update);
      stop();
    };
  }, []);
  if (!offline && since === null) return null;
  return (
    <div className="offline" role="status">
      <p>
        {offline ? t('offlineNow') : t('serverUnreachable')} {since && t('offlineSaved', { time: formatDateTime(lang, since) })}
      </p>
      <button type="button" className="secondary" onClick={askAgain}>
        {t('tryAgain')}
      </button>
    </div>
  );
}

/** What a refusal means, in the reader's language: by its reason where the portal knows it, else by its code. */
const BY_REASON: Record<string, Key> = {
  ALREADY_REGISTERED: 'errorALREADY_REGISTERED',
  REGISTRATION_CLOSED: 'errorREGISTRATION_CLOSED',
  REGISTRATION_NOT_OPEN: 'errorREGISTRATION_NOT_OPEN',
  EMAIL_TAKEN: 'errorEMAIL_TAKEN',
  INVITATION_USED: 'errorINVITATION_USED',
  CHANGED_CONCURRENTLY: 'errorCHANGED_CONCURRENTLY',
  CAPACITY_BELOW_CONFIRMED: 'errorCAPACITY_BELOW_CONFIRMED',
};
const BY_CODE: Record<string, Key> = {
  NETWORK: 'errorNetwork',
  NOT_FOUND: 'notFound',
  FORBIDDEN: 'errorForbidden',
  CONFLICT: 'errorConflict',
  BAD_USER_INPUT: 'errorInput',
  UNAUTHENTICATED: 'errorSignIn',
  RATE_LIMITED: 'rateLimited',
};
export const errorKey = (error: ApiError): Key => (error.reason && BY_REASON[error.reason]) || BY_CODE[error.code] || 'errorUnexpected';

/**
 * A refusal, translated, where the person is looking: it scrolls into view and takes focus, so a
 * long form's error is not above the screen. The server's own words (English) stay one click away.
 */
export function ErrorMessage({ error }: { error: ApiError | null | undefined }) {
  const { t } = useI18n();
  const shown = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!error) return;
    shown.current?.scrollIntoView?.({ block: 'nearest' });
    shown.current?.focus({ preventScroll: true });
  }, [error]);
  if (!error) return null;
  const detailed = error.code === 'BAD_USER_INPUT' || error.code === 'CONFLICT' || error.code === 'FORBIDDEN';
  const field = error.field;
  return (
    <div role="alert" className="error" ref={shown} tabIndex={-1}>
      <p>{t(errorKey(error))}</p>
      {field && (
        <p>
          <button type="button" className="link" onClick={() => fieldInput(field)?.focus()}>
            {t('goToField')}
          </button>
        </p>
      )}
      {detailed && (
        <details>
          <summary>{t('errorDetails')}</summary>
          <span lang="en">{error.message}</span>
        </details>
      )}
    </div>
  );
}

const fieldErrorId = (field: string) => `problem-${field.replace(/[^\w-]/g, '-')}`;
/** The control the server's complaint is about, found by the message tied to it. */
const fieldInput = (field: string) => document.querySelector<HTMLElement>(`[aria-describedby~="${fieldErrorId(field)}"]`);

/**
 * Ties a control to the server's complaint about its field (`capacity`, `participants.1.email`):
 * marked invalid and described by the message beside it, so a screen reader reads both.
 */
export function invalidIf(error: ApiError | null | undefined, field: string): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  return error?.field === field ? { 'aria-invalid': true, 'aria-describedby': fieldErrorId(field) } : {};
}

/** The message beside the control the server found wrong; the summary above the form says what and links here. */
export function FieldError({ error, field }: { error: ApiError | null | undefined; field: string }) {
  const { t } = useI18n();
  if (error?.field !== field) return null;
  return (
    <span id={fieldErrorId(field)} className="field-error">
      {t(errorKey(error))}
    </span>
  );
}

/**
 * A question before harm (a native modal <dialog>: focus moves in and stays, Escape closes it).
 * It states the impact in its body; the confirming button names the action.
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  // Several dialogs may share a page (a reschedule's and a cancellation's): each its own title id.
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (props.open && !element.open) element.showModal();
    if (!props.open && element.open) element.close();
  }, [props.open]);
  return (
    <dialog ref={dialog} aria-labelledby={titleId} onClose={props.onClose} className="confirm">
      <h2 id={titleId}>{props.title}</h2>
      {props.children}
      <p className="actions">
        <button type="button" className="danger-button" onClick={props.onConfirm} disabled={props.busy}>
          {props.confirmLabel}
        </button>{' '}
        <button type="button" className="secondary" onClick={props.onClose}>
          {t('keep')}
        </button>
      </p>
    </dialog>
  );
}

/** A column of a Table: its heading, and what a row shows under it. */
export interface Column<Row> {
  label: string;
  cell: (row: Row) => ReactNode;
}

/**
 * Rows of things as a table on a wide screen and as one card per row on a phone, each cell named
 * by its column (styles.css: table.responsive; WCAG 1.4.10).
 */
export function Table<Row extends { id: string }>({ rows, columns }: { rows: readonly Row[]; columns: Column<Row>[] }) {
  return (
    <table className="responsive">
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col" key={column.label}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            {columns.map((column) => (
              <td key={column.label} data-label={column.label}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Status({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="notice">
      {children}
    </p>
  );
}

/** The page's main heading takes focus after navigation, so screen readers announce the new page. */
let firstTitle = true;
export function PageTitle({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Not on the first page of a visit: there the skip link comes first, as on any page.
    if (firstTitle) firstTitle = false;
    else ref.current?.focus();
  }, []);
  return (
    <h1 tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
}

/** While a page waits for its answer: grey blocks where it will be (a skeleton), not a word. */
export function Loading({ when }: { when: boolean }) {
  const { t } = useI18n();
  return when ? (
    <div className="skeleton" role="status" aria-busy="true" aria-label={t('loading')}>
      <span />
      <span />
      <span />
    </div>
  ) : null;
}

/** One mutation at a time with its error and success message. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = useCallback(async <T,>(work: () => Promise<T>, message?: string): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const result = await work();
      if (message) setDone(message);
      return result;
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(String(e), 'INTERNAL_SERVER_ERROR'));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, done, run, setDone };
}

export function navigate(path: string): void {
  location.hash = `#${path}`;
}

export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  return (
    <a href={`#${to}`} className={className}>
      {children}
    </a>
  );
}

/** A labelled filter drop-down whose first choice is "any". */
/** A list narrowed to one status, or all of them. */
export function StatusFilter<S extends Key>({ statuses, value, onChange }: { statuses: readonly S[]; value: S | ''; onChange: (status: S | '') => void }) {
  const { t } = useI18n();
  return (
    <label>
      {t('status')}{' '}
      <select value={value} onChange={(e) => onChange(statuses.find((s) => s === e.target.value) ?? '')}>
        <option value="">{t('allStatuses')}</option>
        {statuses.map((s) => (
          <option key={s} value={s}>
            {t(s)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function FilterSelect({
  label,
  options,
  ...select
}: { label: string; options: { value: string; label: string }[] } & SelectHTMLAttributes<HTMLSelectElement>) {
  const { t } = useI18n();
  return (
    <label>
      {label}
      <select {...select}>
        <option value="">{t('any')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
