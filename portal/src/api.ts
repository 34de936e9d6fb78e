/** The GraphQL client: one fetch per operation, the bearer token kept for this tab only. */
import { graphql } from './gql';
import type { MeQuery } from './gql/graphql';
import type { TypedDocumentString } from './gql/graphql';
import { forgetPersonal, keep, operationName, reached, saved, showedSaved } from './offline';

const TOKEN_KEY = 'exchange.token';

export const VIEWER = graphql(`
  fragment Viewer on User {
    id
    email
    name
    role
    language
    timeZone
    organization {
      id
      name
      kind
    }
  }
`);

export type Viewer = NonNullable<MeQuery['me']>;

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field?: string,
    readonly reason?: string,
  ) {
    super(message);
  }
}

export function getToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function setToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else {
      sessionStorage.removeItem(TOKEN_KEY);
      forgetPersonal();
    }
  } catch {
    // Private modes without storage: the session lasts until the tab reloads.
  }
  memoryToken = token;
}

let memoryToken: string | null = null;
let onSignedOut: () => void = () => {};
export function whenSignedOut(listener: () => void): void {
  onSignedOut = listener;
}

export function authHeaders(): Record<string, string> {
  const token = getToken() ?? memoryToken;
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** `anonymous`: without the token, e.g. for public reference data that must not issue anything personal. */
export async function request<T, V>(document: TypedDocumentString<T, V>, variables?: V, options: { anonymous?: boolean } = {}): Promise<T> {
  const headers = options.anonymous ? {} : authHeaders();
  const personal = 'authorization' in headers;
  const operation = operationName(document.toString());
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch {
    // Offline (or the link dropped): the last answer kept for this question, said to be saved.
    const copy = saved<T>(operation, variables, personal);
    if (copy) {
      showedSaved(copy.savedAt);
      return copy.data;
    }
    throw new ApiError('network', 'NETWORK');
  }
  reached();
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string; field?: string; reason?: string } }[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`HTTP ${response.status}`, 'INTERNAL_SERVER_ERROR');
  }
  const error = body.errors?.[0];
  if (error) {
    const code = error.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
    if (code === 'UNAUTHENTICATED' && (getToken() ?? memoryToken)) {
      setToken(null);
      onSignedOut();
    }
    throw new ApiError(error.message, code, error.extensions?.field, error.extensions?.reason);
  }
  keep(operation, variables, personal, body.data);
  return body.data as T;
}

/** Fetches a file with the bearer token and hands it to the browser as a download. */
export async function downloadWithToken(url: string, fallbackName: string): Promise<void> {
  const response = await fetch(url, { headers: authHeaders() });
  if (!response.ok) throw new ApiError(`HTTP ${response.status}`, response.status === 403 ? 'FORBIDDEN' : 'INTERNAL_SERVER_ERROR');
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  const href = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

export const ME = graphql(`
  query Me {
    me {
      ...Viewer
    }
  }
`);

export const SIGN_IN = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      token
      user {
        ...Viewer
      }
    }
  }
`);

export const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut {
      revoked
    }
  }
`);

export const isSecretariat = (viewer: Viewer | null): boolean =>
  viewer !== null && (viewer.role === 'SECRETARIAT_ADMIN' || viewer.role === 'SECRETARIAT_STAFF');
