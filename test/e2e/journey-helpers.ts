import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { CountriesDocument, type CountriesQuery, ReferenceDocument, type ReferenceQuery } from '../../portal/src/gql/graphql';
import type { Key } from '../../portal/src/dictionaries/en';
import { graphql } from '../helpers/graphql';
import { accessibilityViolations, newVisitor, screenshot } from './browser';
import { JOURNEY_LANGUAGES, type JourneyLanguage, pageSpeaks, wordsIn } from './words';

/**
 * What the journey files share (journeys-secretariat, journeys-people): a journey is written once
 * for any language and screen, walked in one browser context by one person, and each main page it
 * reaches is checked the same way (settled, fitting the screen, pictured, axe-clean).
 */

export interface Way {
  language: JourneyLanguage;
  phone: boolean;
}
export type Words = ReturnType<typeof wordsIn>;
export interface Visit {
  way: Way;
  t: Words;
  page: Page;
  context: BrowserContext;
}
export interface Journey {
  name: string;
  walk: (visit: Visit) => Promise<void>;
}

/** What tells one walk's data from another's in the same database, e.g. "fr-phone". */
export const tagOf = (way: Way) => `${way.language}-${way.phone ? 'phone' : 'desktop'}`;
/** A screenshot's name, e.g. "phone-fr-secretariat-home". */
export const shotOf = (way: Way, name: string) => `${way.phone ? 'phone' : 'desktop'}-${way.language}-${name}`;
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
export const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase of the dictionary as a pattern, its placeholders standing for the patterns given. */
export const shaped = (t: Words, key: Key, patterns: Record<string, string>) => {
  const markers = Object.fromEntries(Object.keys(patterns).map((name, i) => [name, `\u0000${i}\u0000`]));
  let text = literally(t(key, markers));
  Object.entries(patterns).forEach(([, pattern], i) => {
    text = text.replace(`\u0000${i}\u0000`, pattern);
  });
  return new RegExp(text);
};
export const startsWith = (text: string) => new RegExp(`^${literally(text)}`);

/** Reference names as the API at `url` gives them in a language (regions, topics, countries). */
export const referenceNamesIn = async (url: string, language: JourneyLanguage) => {
  const reference = await graphql<ReferenceQuery>(url, String(ReferenceDocument), { language });
  const countries = await graphql<CountriesQuery>(url, String(CountriesDocument), { language });
  const named = (list: { code: string; name: string }[] | undefined, code: string) => {
    const found = list?.find((item) => item.code === code)?.name;
    if (!found) throw new Error(`no name for ${code} in ${language}`);
    return found;
  };
  return {
    region: (code: string) => named(reference.data?.regions, code),
    topics: reference.data?.topics ?? [],
    country: (code: string) => named(countries.data?.countries, code),
  };
};

/** The answers on the page are in: no skeleton left. */
export const settled = (page: Page) =>
  page.waitForFunction(() => !(globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector('[aria-busy="true"]'));
/**
 * Nothing scrolls sideways (WCAG 1.4.10 reflow): the page is no wider than the window, nor than
 * the screen itself (a phone's viewport widens itself to content that does not fit).
 */
export const expectNoSidewaysScroll = async (page: Page) => {
  const screenWidth = page.viewportSize()!.width;
  const { scrollWidth, innerWidth, pastTheEdge } = await page.evaluate((screen) => {
    interface Element {
      tagName: string;
      className: unknown;
      parentElement: Element | null;
      textContent: string | null;
      closest(selector: string): Element | null;
      getBoundingClientRect(): { right: number };
    }
    const w = globalThis as unknown as {
      document: { documentElement: { scrollWidth: number }; querySelectorAll(selector: string): ArrayLike<Element> };
      innerWidth: number;
    };
    // The innermost elements reaching past the screen's right edge: where a fix would go.
    const edge = Math.min(screen, w.innerWidth) + 0.5;
    const sticking = Array.from(w.document.querySelectorAll('body *')).filter((element) => element.getBoundingClientRect().right > edge);
    const parents = new Set(sticking.map((element) => element.parentElement));
    const named = (element: Element) => {
      const label = element.closest('label')?.textContent?.trim().slice(0, 40);
      return `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className)}` : ''}${label ? ` in "${label}"` : ''} to ${Math.round(element.getBoundingClientRect().right)} px`;
    };
    const past = sticking.filter((element) => !parents.has(element)).map(named);
    return { scrollWidth: w.document.documentElement.scrollWidth, innerWidth: w.innerWidth, pastTheEdge: past.slice(0, 5) };
  }, screenWidth);
  const limit = Math.min(innerWidth, screenWidth);
  expect(scrollWidth > limit ? pastTheEdge : []).toEqual([]);
  expect(scrollWidth).toBeLessThanOrEqual(limit);
};
/** A control is shown whole, within the screen's width (not pushed off a phone's edge). */
export const expectOnScreen = async (page: Page, control: Locator) => {
  const box = await control.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
};
/** A main page as its reader gets it: settled, fitting the screen, pictured, and with nothing axe-core finds. */
export const expectGoodPage = async ({ page, way }: Visit, name: string) => {
  await settled(page);
  await expectNoSidewaysScroll(page);
  await screenshot(page, shotOf(way, name));
  expect(await accessibilityViolations(page)).toEqual([]);
};

/** Signs in through the page in the visit's language, and waits for the page the person lands on. */
export const signInThroughPage = async ({ page, way, t }: Visit, url: string, email: string, password: string, landing: Key) => {
  await page.goto(`${url}/#/sign-in`);
  await pageSpeaks(page, way.language);
  await page.getByLabel(t('email'), { exact: true }).fill(email);
  await page.getByLabel(t('password'), { exact: true }).fill(password);
  await page.getByRole('button', { name: t('signIn'), exact: true }).click();
  await page.getByRole('heading', { name: t(landing) }).waitFor();
};

/**
 * The journeys, walked in order in one browser context of one way (language and screen): signed
 * in first by `signIn` when given, for every journey of the walk.
 */
export const walk = (
  browser: { readonly current: Browser },
  way: Way,
  journeys: Journey[],
  options: { as?: string; signIn?: (visit: Visit) => Promise<void> } = {},
) =>
  describe(`${options.as ? `${options.as} ` : ''}${way.phone ? 'on a phone' : 'at desktop'} in ${way.language === 'fr' ? 'French' : 'English'}`, () => {
    let visit: Visit | undefined;
    beforeAll(async () => {
      const t = wordsIn(way.language);
      const { context, page } = await newVisitor(browser.current, { locale: JOURNEY_LANGUAGES[way.language], phone: way.phone });
      visit = { way, t, page, context };
      await options.signIn?.(visit);
    }, 120_000);
    afterAll(async () => {
      await visit?.context.close();
    });
    for (const journey of journeys) {
      it(journey.name, async () => {
        if (!visit) throw new Error('not started');
        await journey.walk(visit);
      });
    }
  });
