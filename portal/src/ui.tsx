import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode, type SelectHTMLAttributes } from 'react';
import { ApiError, request, type Viewer } from './api';
import type { TypedDocumentString } from './gql/graphql';
import { useI18n } from './i18n';

export interface Session {
  viewer: Viewer | null;
  signIn(token: string, viewer: Viewer): void;
  signOut(): void;
}
export const SessionContext = createContext<Session>({ viewer: null, signIn: () => {}, signOut: () => {} });
export const useSession = () => useContext(SessionContext);

/** The option a select's value names, typed as the list it was drawn from. */
export const chosen = <T extends string>(options: readonly T[], value: string, fallback: T): T => options.find((o) => o === value) ?? fallback;

export type Load<T> = { data: T | null; error: ApiError | null; loading: boolean; reload: () => void };

/** Runs a query when its variables change; `reload` runs it again after a change. */
export function useQuery<T, V>(query: TypedDocumentString<T, V>, variables?: V, skip = false, anonymous = false): Load<T> {
  const key = JSON.stringify(variables ?? {});
  const [state, setState] = useState<{ data: T | null; error: ApiError | null; loading: boolean }>({ data: null, error: null, loading: !skip });
  const [round, setRound] = useState(0);
  const shown = useRef(key);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` is the reload trigger: a new round runs the query again
  useEffect(() => {
    if (skip) return;
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
  return { ...state, reload };
}

export function ErrorMessage({ error }: { error: ApiError | null | undefined }) {
  const { t } = useI18n();
  if (!error) return null;
  const text = error.code === 'NETWORK' ? t('errorNetwork') : error.code === 'NOT_FOUND' ? t('notFound') : t('error', { message: error.message });
  return (
    <p role="alert" className="error">
      {text}
    </p>
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

export function Loading({ when }: { when: boolean }) {
  const { t } = useI18n();
  return when ? <p aria-live="polite">{t('loading')}</p> : null;
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
