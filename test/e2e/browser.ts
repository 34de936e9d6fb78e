import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { projectRoot } from '../../src/paths';
import { chromiumExecutable } from '../helpers/chromium';
import { ensurePortalBuilt } from '../helpers/portal';

export const SCREENSHOTS = path.join(projectRoot, 'test', 'e2e', 'screenshots');

/** Chromium from an npm package on Linux x64, the system's Chrome elsewhere (see helpers/chromium). */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = await chromiumExecutable();
  ensurePortalBuilt();
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
  return chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
}

/** One browser for a test file: launched before its tests, closed after them. */
export function useBrowser(): { readonly current: Browser } {
  // A browser journey takes seconds alone and several times that beside another browser file on
  // two loaded cores: each test waits on events, and gets minutes, not the suite's 30 s.
  jest.setTimeout(180_000);
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get current(): Browser {
      if (!browser) throw new Error('useBrowser(): used before beforeAll ran');
      return browser;
    },
  };
}

/** A fresh visitor: own storage, English UI, a Nairobi clock, downloads allowed. */
export async function newVisitor(browser: Browser, options: { locale?: string; phone?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-GB',
    timezoneId: 'Africa/Nairobi',
    acceptDownloads: true,
    // A phone: 390 by 844 CSS pixels, touch, as an iPhone 12–15 or a mid-range Android shows pages.
    ...(options.phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : { viewport: { width: 1100, height: 900 } }),
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return { context, page };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/#/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Every form control has a name a screen reader reads out (a <label> or aria-label). */
/**
 * What axe-core (a real accessibility engine, injected into the page) finds against WCAG 2.1 A
 * and AA: unlabelled controls, text contrast under 4.5:1, missing landmarks and names, and the
 * rest of its rules. Each violation reads as "rule: the first offending element".
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes[0]?.html.slice(0, 120) ?? ''} (${v.nodes.length} in all)`);
}
