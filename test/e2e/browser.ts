import fs from 'node:fs';
import path from 'node:path';
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

/** A fresh visitor: own storage, English UI, a Nairobi clock, downloads allowed. */
export async function newVisitor(browser: Browser, options: { locale?: string } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-GB',
    timezoneId: 'Africa/Nairobi',
    acceptDownloads: true,
    viewport: { width: 1100, height: 900 },
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
export async function unlabelledControls(page: Page): Promise<string[]> {
  return page.$$eval('input, select, textarea', (controls) =>
    controls
      .map(
        (c) =>
          c as unknown as {
            type?: string;
            labels?: { length: number } | null;
            closest(s: string): unknown;
            getAttribute(n: string): string | null;
            outerHTML: string;
          },
      )
      .filter((c) => c.type !== 'hidden')
      .filter((c) => !c.closest('label') && !c.getAttribute('aria-label') && !(c.labels?.length ?? 0))
      .map((c) => c.outerHTML.slice(0, 120)),
  );
}
