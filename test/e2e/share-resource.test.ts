import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TEST_PASSWORD, useNetworkApp } from '../helpers/fixtures';
import { pdfBytes } from '../integration/resources/resource-fixtures';
import { accessibilityViolations, newVisitor, screenshot, signIn, useBrowser } from './browser';

/** A coordinator shares a toolkit: its description, then its file with the upload's progress, stopped once and sent again. */
describe('sharing a resource in a browser', () => {
  const env = useNetworkApp();
  const browser = useBrowser();
  let dir = '';

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'share-'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows the upload going, lets it be stopped, and sends the file again to the same resource', async () => {
    const bytes = pdfBytes(600_000);
    const file = path.join(dir, 'helpline-toolkit.pdf');
    fs.writeFileSync(file, bytes);
    const { context, page } = await newVisitor(browser.current);
    try {
      await signIn(page, env.app.url, env.network.people.coordinator.email, TEST_PASSWORD);
      await page.goto(`${env.app.url}/#/resources`);
      await page.getByText('Share a resource').click();
      const form = page.getByRole('form', { name: 'Share a resource' });
      await form.getByLabel('Title').fill('Helpline toolkit');
      await form.getByRole('radio', { name: /^The network/ }).check();
      await form.getByRole('checkbox', { name: 'Support and care for survivors' }).check();
      await form.getByLabel(/^File/).setInputFiles(file);
      expect(await accessibilityViolations(page)).toEqual([]);

      // A slow link (about 100 kB/s up): the bar moves, and the upload can be stopped.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 100, downloadThroughput: 100_000, uploadThroughput: 100_000 });
      await form.getByRole('button', { name: 'Share' }).click();
      const bar = form.getByRole('progressbar');
      await bar.waitFor();
      await form.getByText(/^Uploading: \d+% \(/).waitFor();
      await screenshot(page, 'share-upload');
      await form.getByRole('button', { name: 'Stop the upload' }).click();
      await page.getByRole('status').filter({ hasText: 'Upload stopped.' }).waitFor();
      const saved = await env.db.current.models.Resource.findOne({ title: 'Helpline toolkit' }).lean();
      expect(saved).not.toBeNull();
      expect(await env.db.current.models.ResourceVersion.countDocuments({ resourceId: saved!._id })).toBe(0);

      // Sent again at full speed: to the same resource, not a second one.
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
      await form.getByRole('button', { name: 'Send the file again' }).click();
      await page.getByRole('status').filter({ hasText: 'Shared: Helpline toolkit.' }).waitFor();
      expect(await env.db.current.models.Resource.countDocuments({ title: 'Helpline toolkit' })).toBe(1);
      const version = await env.db.current.models.ResourceVersion.findOne({ resourceId: saved!._id }).lean();
      expect(version?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      // The list shows it at once, and its download is the file sent.
      const href = await page.getByRole('link', { name: /^Download Helpline toolkit/ }).getAttribute('href');
      const download = await page.request.get(new URL(href!, env.app.url).toString());
      expect(download.status()).toBe(200);
      expect(Buffer.from(await download.body()).equals(bytes)).toBe(true);
    } finally {
      await context.close();
    }
  });
});
