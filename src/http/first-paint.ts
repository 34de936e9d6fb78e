import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { createContext, type AppDeps, type ServiceContext } from '../app/context';
import { stampOf } from '../graphql/answer-cache';
import { countryNameFor } from '../modules/organizations/reference/countries';
import { escapeHtml } from '../shared/html';

/** The languages the portal speaks, the first the default (portal/src/i18n.tsx). */
export const PAGE_LANGUAGES = ['en', 'fr', 'es'] as const;
export type PageLanguage = (typeof PAGE_LANGUAGES)[number];

/** What the portal's build writes beside index.html (portal/vite.config.mts, portal/src/first-paint.ts). */
interface Spec {
  operation: string;
  query: string;
  variables: Record<string, unknown>;
  words: Record<PageLanguage, Record<string, string>>;
}

/** The part of the programme's answer the page is drawn from (the WorkshopCard fragment's fields). */
interface Card {
  id: string;
  kind: string;
  title: string;
  summary: string | null;
  format: string;
  timeZone: string;
  venue: { city: string; country: string } | null;
  times: { venueStartsAt: { iso: string } };
}

interface Answer {
  workshops: { edges: { node: Card }[] };
}

export interface Page {
  body: string;
  etag: string;
}

const OPEN = '<!--first-paint-->';
const CLOSE = '<!--/first-paint-->';

/**
 * JSON inside `<script type="application/json">`: nothing in it can end the element or open a
 * comment (`</script>`, `<!--`), and the line separators that older JavaScript parsers took
 * for line ends are written as escapes. JSON.parse reads the same value back.
 */
export const jsonInScript = (value: unknown) =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A moment as people at the venue read it, with the zone in words: what the portal's formatZoned shows. */
function formatZoned(language: PageLanguage, iso: string, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone };
  try {
    return new Intl.DateTimeFormat(language, { ...options, timeZoneName: 'shortGeneric' }).format(new Date(iso));
  } catch {
    return iso;
  }
}

/** The programme's first page as plain HTML, laid out as the portal's Programme page (the same classes). */
function render(answer: Answer, words: Record<string, string>, language: PageLanguage): string {
  const word = (key: string) => escapeHtml(words[key] ?? key);
  const cards = answer.workshops.edges.map(({ node: w }) => {
    const when = `<time datetime="${escapeHtml(w.times.venueStartsAt.iso)}">${escapeHtml(formatZoned(language, w.times.venueStartsAt.iso, w.timeZone))}</time>`;
    const where = w.venue ? ` · ${escapeHtml(w.venue.city)}, ${escapeHtml(countryNameFor(w.venue.country, language))}` : '';
    const summary = w.summary ? `<p>${escapeHtml(w.summary)}</p>` : '';
    return (
      `<li class="card"><h2><a href="#/workshops/${encodeURIComponent(w.id)}">${escapeHtml(w.title)}</a></h2>` +
      `<p class="meta">${word(w.kind)} · ${word(w.format)} · ${when}${where}</p>${summary}</li>`
    );
  });
  return (
    `<header class="top"><p class="brand">${word('siteName')}</p></header>` +
    `<main id="main"><h1>${word('programmeTitle')}</h1><p>${word('programmeIntro')}</p>` +
    `<ul class="cards" aria-label="${word('programmeTitle')}">${cards.join('')}</ul></main>`
  );
}

/** The built portal's files this needs, read again when the build changes. */
interface Build {
  mtimeMs: number;
  shell: string;
  shellTag: string;
  spec: Spec | null;
}

interface Made {
  stamp: string;
  build: Build;
  /** The answer as the page carries it (null: it could not be made; the next page view tries again). */
  data: Promise<{ answer: Answer; json: string } | null>;
  pages: Map<PageLanguage, Page>;
}

const tagOf = (text: string) => `W/"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;

/**
 * index.html with the first page of the anonymous public programme in it, so a first visit or a
 * link from an email on a slow link shows the programme before any script has arrived: the
 * answer the portal's Programme query gets anonymously (executed in this process, through
 * Apollo, as the portal's build wrote it: first-paint.json) as JSON, and that answer drawn as
 * plain HTML in #root, in the visitor's language.
 *
 * Made once per state of what it depends on (the answer cache's stamp: the programme's and the
 * seat tally's versions, each proven current by one read of the change log, and the minute) and
 * per language, never per page view; the anonymous view only, so nothing personal is in it.
 */
export class FirstPaint {
  private made: Made | null = null;
  private build: Build | null = null;

  constructor(
    private readonly deps: AppDeps,
    private readonly apollo: () => ApolloServer<ServiceContext>,
    private readonly portalDir: string,
  ) {}

  /** The built page as it is (the skeleton in #root), or null while the portal is not built. */
  shell(): Build | null {
    const index = path.join(this.portalDir, 'index.html');
    let mtimeMs: number;
    try {
      mtimeMs = fs.statSync(index).mtimeMs;
    } catch {
      return null;
    }
    if (this.build?.mtimeMs !== mtimeMs) {
      const shell = fs.readFileSync(index, 'utf8');
      let spec: Spec | null = null;
      try {
        spec = JSON.parse(fs.readFileSync(path.join(this.portalDir, 'first-paint.json'), 'utf8')) as Spec;
      } catch {
        // A build from before the first paint: the page as built.
      }
      this.build = { mtimeMs, shell, shellTag: tagOf(shell), spec };
    }
    return this.build;
  }

  /** The page with the programme in it, or null where it cannot be made (the shell is sent instead). */
  async page(language: PageLanguage): Promise<Page | null> {
    const build = this.shell();
    if (!build?.spec || !build.shell.includes(OPEN) || !build.shell.includes(CLOSE)) return null;
    const stamp = await stampOf(this.deps).catch(() => null);
    if (stamp === null) return null;
    let made = this.made;
    if (!made || made.stamp !== stamp || made.build !== build) {
      made = { stamp, build, data: this.answer(build.spec), pages: new Map() };
      this.made = made;
    }
    const data = await made.data;
    if (!data) {
      if (this.made === made) this.made = null;
      return null;
    }
    let page = made.pages.get(language);
    if (!page) {
      const { words } = build.spec;
      const start = build.shell.indexOf(OPEN);
      const end = build.shell.indexOf(CLOSE) + CLOSE.length;
      const body = (build.shell.slice(0, start) + render(data.answer, words[language] ?? words.en, language) + build.shell.slice(end))
        .replace(/<html lang="[^"]*">/, `<html lang="${language}">`)
        .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(words[language]?.siteName ?? words.en.siteName ?? '')}</title>`)
        .replace('</body>', `<script type="application/json" id="first-paint">${data.json}</script>\n  </body>`);
      page = { body, etag: tagOf(body) };
      made.pages.set(language, page);
    }
    return page;
  }

  /** The Programme query as the portal sends it, asked anonymously, in this process. */
  private async answer(spec: Spec): Promise<{ answer: Answer; json: string } | null> {
    try {
      const contextValue = await createContext(this.deps, { id: 'first-paint', logger: this.deps.logger, ip: '', authorization: undefined });
      const response = await this.apollo().executeOperation<Answer>(
        { query: spec.query, variables: spec.variables, operationName: spec.operation },
        { contextValue },
      );
      if (response.body.kind !== 'single' || response.body.singleResult.errors || !response.body.singleResult.data) return null;
      const answer = response.body.singleResult.data;
      // `at` in real time: the portal compares it with its own clock to tell a fresh page from a kept one.
      const json = jsonInScript({ operation: spec.operation, variables: spec.variables, at: new Date().toISOString(), data: answer });
      return { answer, json };
    } catch (err) {
      this.deps.logger.warn({ err }, 'the first paint could not be made; index.html is sent as built');
      return null;
    }
  }
}
