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

/** How far an upload has got, in bytes. */
export interface UploadProgress {
  sent: number;
  total: number;
}

/**
 * Uploads a file to a resource's edition (`POST /files`, multipart, the file last), reporting its
 * progress; `signal` aborts it. XMLHttpRequest, because fetch reports no upload progress.
 */
export function uploadFile(
  resourceId: string,
  language: string,
  file: File,
  onProgress: (progress: UploadProgress) => void,
  signal: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    form.append('resourceId', resourceId);
    form.append('language', language);
    form.append('file', file);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/files');
    for (const [name, value] of Object.entries(authHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => onProgress({ sent: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) return resolve();
      let error: { message?: string; extensions?: { code?: string; field?: string; reason?: string } } | undefined;
      try {
        error = (JSON.parse(xhr.responseText) as { errors?: (typeof error)[] }).errors?.[0];
      } catch {
        // not JSON (a proxy's page): the status says enough
      }
      reject(
        new ApiError(
          error?.message ?? `HTTP ${xhr.status}`,
          error?.extensions?.code ?? 'INTERNAL_SERVER_ERROR',
          error?.extensions?.field,
          error?.extensions?.reason,
        ),
      );
    };
    xhr.onerror = () => reject(new ApiError('The upload did not reach the server.', 'NETWORK'));
    xhr.onabort = () => reject(new ApiError('The upload was stopped.', 'ABORTED'));
    signal.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
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
