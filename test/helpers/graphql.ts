import { ErrorCode } from '../../src/shared/errors';
import type { TypedDocumentString } from '../gql/graphql';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
  headers: Headers;
}

/**
 * A GraphQL request as a real client sends it: JSON over HTTP POST, optional bearer token. A typed
 * document (an `operation()` from test/gql) gives the result and variable types; a plain string is
 * for the requests the schema knows nothing of, such as hostile or malformed ones.
 */
export async function graphql<T = Record<string, unknown>, V = Record<string, unknown>>(
  url: string,
  document: TypedDocumentString<T, V> | string,
  variables?: NoInfer<V>,
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query: String(document), variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
  return { status: response.status, data: body.data ?? undefined, errors: body.errors, headers: response.headers };
}

/** The codes of a response's errors, for short assertions. */
export const errorCodes = (response: GraphQLResponse<unknown>) => (response.errors ?? []).map((e) => e.extensions?.code);
/** The field the first error names (BAD_USER_INPUT's `field`), if any. */
export const errorField = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.field;

/** The codes a hostile or malformed request may get: its own fault, never the server's. */
export const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set<string>([
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
  ErrorCode.RATE_LIMITED,
]);
