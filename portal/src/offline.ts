/**
 * What the portal keeps for reading offline: the last answer of the queries a person needs on the
 * road (the programme, a workshop, their registrations and group, their calendar links, who they
 * are), replayed when the network fails, with the moment it was saved. Public answers (asked
 * without a token) are kept on the device; a signed-in person's only for this tab, and dropped at
 * sign-out, so a shared computer keeps nothing of them.
 */

const KEPT = new Set(['Me', 'Programme', 'Workshop', 'Mine', 'GroupOverview', 'CalendarLinks', 'Feeds', 'Countries', 'Registrations']);
const PREFIX = 'exchange.offline:';
/** Above this an answer is not kept (storage is small: about 5 MB a site). */
const MAX_CHARS = 400_000;

export interface SavedAnswer<T> {
  data: T;
  savedAt: string;
}

const store = (personal: boolean): Storage | null => {
  try {
    return personal ? sessionStorage : localStorage;
  } catch {
    return null;
  }
};

const keyOf = (operation: string, variables: unknown) => `${PREFIX}${operation}:${JSON.stringify(variables ?? {})}`;

export function operationName(document: string): string | null {
  return /^\s*query\s+(\w+)/.exec(document)?.[1] ?? null;
}

export function keep<T>(operation: string | null, variables: unknown, personal: boolean, data: T): void {
  if (!operation || !KEPT.has(operation)) return;
  const text = JSON.stringify({ data, savedAt: new Date().toISOString() } satisfies SavedAnswer<T>);
  if (text.length > MAX_CHARS) return;
  try {
    store(personal)?.setItem(keyOf(operation, variables), text);
  } catch {
    // Storage full or refused: the next answer is simply not kept.
  }
}

export function saved<T>(operation: string | null, variables: unknown, personal: boolean): SavedAnswer<T> | null {
  if (!operation || !KEPT.has(operation)) return null;
  try {
    const text = store(personal)?.getItem(keyOf(operation, variables));
    return text ? (JSON.parse(text) as SavedAnswer<T>) : null;
  } catch {
    return null;
  }
}

/** At sign-out: nothing of the person stays in the tab. */
export function forgetPersonal(): void {
  const tab = store(true);
  if (!tab) return;
  for (const key of Object.keys(tab)) if (key.startsWith(PREFIX)) tab.removeItem(key);
}

type Listener = (state: ConnectionState) => void;
export interface ConnectionState {
  /** Showing saved answers because the network failed (the oldest one's time), or null. */
  offlineSince: string | null;
}

let state: ConnectionState = { offlineSince: null };
const listeners = new Set<Listener>();

export function connectionState(): ConnectionState {
  return state;
}

export function onConnectionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function set(next: ConnectionState): void {
  if (next.offlineSince === state.offlineSince) return;
  state = next;
  for (const listener of listeners) listener(state);
}

/** A saved answer was shown for want of the network. */
export function showedSaved(savedAt: string): void {
  if (state.offlineSince === null || savedAt < state.offlineSince) set({ offlineSince: savedAt });
}

/** An answer came from the server: the link works. */
export function reached(): void {
  set({ offlineSince: null });
}

/** The event every shown query listens to, to ask again: the browser back online, or "Try again". */
export const ASK_AGAIN = 'exchange:ask-again';

export function askAgain(): void {
  dispatchEvent(new Event(ASK_AGAIN));
}
