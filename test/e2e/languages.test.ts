import type { Page } from 'playwright-core';
import { givenRegistration, givenWorkshop, useNetworkApp } from '../helpers/fixtures';
import { createResource } from '../integration/resources/resource-fixtures';
import { graphql } from '../helpers/graphql';
import { newVisitor, useBrowser } from './browser';
import type { Translation } from '../../portal/src/dictionaries/en';
import { es } from '../../portal/src/dictionaries/es';
import { fr } from '../../portal/src/dictionaries/fr';

/**
 * Every page read in English and in French (and the Secretariat's in Spanish too): a line of the
 * page's text that reads the same in both, and is not the data itself (titles, names, addresses,
 * figures), is words the portal forgot to translate. A raw dictionary key (`camelCase`) on screen
 * is one it forgot to define.
 */
describe('every page in the reader’s language', () => {
  const env = useNetworkApp();
  const browser = useBrowser();
  let workshopId = '';
  /** What the pages show of the test's data, the same in every language. */
  const data = new Set<string>();

  beforeAll(async () => {
    const workshop = await givenWorkshop(env.db.current, { title: 'Helpline practice in the region', summary: 'Sharing case notes safely.' });
    workshopId = String(workshop._id);
    await givenRegistration(env.db.current, { workshopId: workshop._id, organizationId: env.network.group._id, email: 'amina@example.org' });
    await createResource(env.app.url, env.network.tokens.staff, { title: 'Toolkit for helplines' });
    for (const text of ['Helpline practice in the region', 'Sharing case notes safely.', 'Registered Person', 'Toolkit for helplines', 'Community Hall'])
      data.add(text);
    for (const person of Object.values(env.network.people)) data.add(person.name);
    for (const organisation of await env.db.current.models.Organization.find({}, { name: 1 }).lean()) data.add(organisation.name);
  }, 60_000);

  /** The page's lines once it has settled: no skeleton, no "Loading". */
  const linesOf = async (page: Page, path: string): Promise<string[]> => {
    await page.goto(`${env.app.url}/#${path}`);
    await page.locator('main h1').first().waitFor();
    await page.waitForFunction(
      () => !(globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector('[aria-busy="true"]'),
    );
    // biome-ignore lint/performance/useDomNodeTextContent: what the reader sees, laid out in lines; hidden text is not on the page
    const text = await page.locator('body').innerText();
    return text
      .split(/[\n\t]/)
      .map((line) => line.trim())
      .filter(Boolean);
  };

  /** Lines that are only data, figures, codes, addresses or the names of languages. */
  const neutral = (line: string) =>
    data.has(line) ||
    /^[\d\s.,:;/()+%×·–-]*$/.test(line) ||
    /@|https?:\/\/|webcal:\/\//.test(line) ||
    /^(English|Français|Español|UTC|RRULE|iCal|\.ics|CSV|QR|Google Calendar|Outlook|Apple|OK)$/i.test(line) ||
    /^[A-Z]{2,3}$/.test(line) ||
    // Time zones by their IANA names, as every calendar app lists them.
    /^[A-Za-z_]+\/[\w/ +-]+$/.test(line);

  /** A language's words as a page may show them whole (those without placeholders). */
  const wordsOf = (dictionary: Translation) =>
    new Set(
      Object.values(dictionary)
        .flatMap((group) => Object.values(group) as string[])
        .filter((text) => !text.includes('{')),
    );
  const WORDS: Record<string, Set<string>> = { 'fr-FR': wordsOf(fr), 'es-ES': wordsOf(es) };

  const visit = async (locale: string, token: string | null, paths: readonly string[]) => {
    const { context, page } = await newVisitor(browser.current, { locale });
    if (token) await context.addInitScript((value) => sessionStorage.setItem('exchange.token', value), token);
    try {
      const pages: Record<string, string[]> = {};
      for (const path of paths) pages[path] = await linesOf(page, path);
      return pages;
    } finally {
      await context.close();
    }
  };

  /** Names of places and topics that are the API's own translation (France is France in French). */
  const referenceNames = async (language: string) => {
    const answer = await graphql<{ countries: { name: string }[]; regions: { name: string }[]; topics: { name: string }[] }>(
      env.app.url,
      'query Names($language: String) { countries(language: $language) { name } regions(language: $language) { name } topics(language: $language) { name } }',
      { language },
    );
    return new Set([...answer.data!.countries, ...answer.data!.regions, ...answer.data!.topics].map((named) => named.name));
  };
  /** A facet's count ("Guide (3)") is a figure beside a word. */
  const withoutCount = (line: string) => line.replace(/\s*\(\d+\)$/, '');

  const untranslated = async (token: string | null, paths: readonly string[], other = 'fr-FR') => {
    const english = await visit('en-GB', token, paths);
    const translated = await visit(other, token, paths);
    const names = await referenceNames(other.slice(0, 2));
    const found: string[] = [];
    for (const path of paths) {
      const same = new Set(english[path]!.map(withoutCount).filter((line) => !neutral(line) && !names.has(line)));
      for (const raw of translated[path]!) {
        const line = withoutCount(raw);
        // The same in both languages and one of the translation's own words ("Programme") is translated.
        if (same.has(line) && !WORDS[other]!.has(line)) found.push(`${path}: "${line}"`);
        if (/^[a-z]+[A-Z]\w*$/.test(line)) found.push(`${path}: key ${line}`);
      }
    }
    return found;
  };

  it('leaves no English on a visitor’s pages', async () => {
    expect(
      await untranslated(null, ['/', `/workshops/${workshopId}`, '/sign-in', '/forgot-password', '/resources', '/?view=month&month=2026-05', '/?view=map']),
    ).toEqual([]);
  }, 120_000);

  it('leaves no English on a coordinator’s pages', async () => {
    expect(
      await untranslated(env.network.tokens.coordinator, ['/my', '/calendar', '/notifications', '/profile', `/workshops/${workshopId}`, '/resources']),
    ).toEqual([]);
  }, 120_000);

  it('leaves no English on the Secretariat’s pages, in French or in Spanish', async () => {
    const pages = [
      '/secretariat',
      '/secretariat/workshops',
      '/secretariat/workshops/new',
      `/secretariat/workshops/${workshopId}`,
      `/secretariat/workshops/${workshopId}/report`,
      '/secretariat/organisations',
      '/secretariat/deliveries',
    ];
    expect(await untranslated(env.network.tokens.admin, pages)).toEqual([]);
    expect(await untranslated(env.network.tokens.admin, pages, 'es-ES')).toEqual([]);
  }, 180_000);
});
