/**
 * The first paint: the api serves index.html with the anonymous programme's first page inside it
 * (src/http/first-paint.ts), as plain HTML in #root and as the query's answer in a
 * `<script type="application/json" id="first-paint">`. The build writes what the api needs to
 * do so into dist/first-paint.json (vite.config.mts): the query as this portal sends it, its
 * variables and the words the page is drawn with. The portal then starts from that answer
 * instead of asking for it again, once, while it is fresh.
 */
import { ProgrammeDocument } from './gql/graphql';
import type { Key } from './i18n';

export const FIRST_PAINT_ID = 'first-paint';

/** The programme page's first question, anonymous and unfiltered (Programme.tsx asks exactly this). */
export const FIRST_PAINT_VARIABLES = { filter: { status: 'PUBLISHED' }, after: null };

/** Older than this (a page kept by the service worker, a stale tab), the answer is asked for again. */
export const FIRST_PAINT_FRESH_MS = 120_000;

/** The words of the pre-rendered page, in every language (the api has no dictionary of the portal's). */
export const FIRST_PAINT_WORDS = [
  'siteName',
  'skip',
  'programmeTitle',
  'programmeIntro',
  'WORKSHOP',
  'FORUM',
  'WEBINAR',
  'IN_PERSON',
  'ONLINE',
  'HYBRID',
] as const satisfies readonly Key[];

/** What dist/first-paint.json holds. */
export interface FirstPaintSpec {
  operation: string;
  query: string;
  variables: unknown;
  words: Record<string, Record<(typeof FIRST_PAINT_WORDS)[number], string>>;
}

export const firstPaintSpec = (words: FirstPaintSpec['words']): FirstPaintSpec => ({
  operation: 'Programme',
  query: ProgrammeDocument.toString(),
  variables: FIRST_PAINT_VARIABLES,
  words,
});

/** What the page carries: the answer, the question it answers and when the api made it. */
interface InPage {
  operation: string;
  variables: unknown;
  at: string;
  data: unknown;
}

let inPage: InPage | null | undefined;

function read(): InPage | null {
  try {
    const text = document.getElementById(FIRST_PAINT_ID)?.textContent;
    return text ? (JSON.parse(text) as InPage) : null;
  } catch {
    return null;
  }
}

/**
 * The answer the page came with, for this very question asked anonymously, if it is fresh; taken
 * once (a later visit to the programme asks the api, whose answer may have changed since).
 */
export function answerInPage<T>(operation: string | null, variablesKey: string, anonymous: boolean): T | null {
  if (inPage === undefined) inPage = typeof document === 'undefined' ? null : read();
  const answer = inPage;
  if (!answer || !anonymous || answer.operation !== operation || JSON.stringify(answer.variables ?? {}) !== variablesKey) return null;
  inPage = null;
  const age = Date.now() - Date.parse(answer.at);
  if (!(Math.abs(age) < FIRST_PAINT_FRESH_MS)) return null;
  return answer.data as T;
}

/**
 * A workshop's title as the page's programme lists it, while its own answer comes: a link from an
 * email shows the title at once (index.html draws it the same way before the script has come).
 */
export function titleInPage(id: string): string | null {
  const answer = typeof document === 'undefined' ? null : read();
  if (!answer || !(Math.abs(Date.now() - Date.parse(answer.at)) < FIRST_PAINT_FRESH_MS)) return null;
  const edges = (answer.data as { workshops?: { edges?: { node?: { id?: string; title?: string } }[] } } | null)?.workshops?.edges ?? [];
  return edges.find((edge) => edge.node?.id === id)?.node?.title ?? null;
}
