/**
 * `npm run bench:slow-link`: the portal on a phone over a slow link. Builds the portal (vite, as
 * `npm run portal:build`; BENCH_BUILD=never keeps portal/dist as it is), starts an embedded
 * FerretDB in a throw-away directory (or uses MONGODB_URI with a fresh database, dropped at the
 * end), seeds the demo network (sixty published workshops) and starts the app in this process as
 * main.ts does (production settings, read models built before it listens; bench/service.ts:
 * startCountingApp). Then Chromium (test/helpers/chromium.ts) at a 390 x 844 phone viewport, with
 * CDP Network.emulateNetworkConditions at BENCH_LINK_KBPS (400) kbit/s down and up and
 * BENCH_LINK_LATENCY_MS (400) ms, on the page and on the service worker, measures:
 *
 * 1. a first visit to `/` (a fresh context: no cache, no service worker);
 * 2. a deep link to `/#/workshops/<id>` (another fresh context), the first workshop of the programme;
 * 3. a repeat visit to `/` in the first visit's context (its service worker and caches warm).
 *
 * Each reports the first contentful paint, the moment the first workshop title is on screen (the
 * programme's first card, or the workshop page's heading; checked on every animation frame from
 * the document's start) and the bytes that crossed the network (the sum of
 * Network.loadingFinished's encodedDataLength, page and service worker, leaving out what the
 * service worker or the disk cache answered), counted until the page has settled: the title
 * shown, the load event, the service worker active and the network quiet for 1 s.
 */
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { createAppDeps } from '../src/app/deps';
import { loadConfig } from '../src/config';
import { connectDatabase } from '../src/db/database';
import { ensureFerretdbBinary, startFerretdb, type FerretdbProcess } from '../src/db/ferretdb';
import { createLogger } from '../src/logger';
import { seedDemoData } from '../src/seed/demo-seed';
import { chromiumExecutable } from '../test/helpers/chromium';
import { dropBenchDatabase, root, startCountingApp, type CountingApp } from './service';

const KBPS = Number(process.env.BENCH_LINK_KBPS ?? 400);
const LATENCY_MS = Number(process.env.BENCH_LINK_LATENCY_MS ?? 400);
/** The target for a first visit on a phone. */
const FIRST_VISIT_CEILING_BYTES = 100 * 1024;
/** One visit may take this long on the link before it counts as failed. */
const VISIT_TIMEOUT_MS = 120_000;
const QUIET_MS = 1_000;

const log = (message: string) => process.stderr.write(`[slow-link] ${message}\n`);

interface Visit {
  name: string;
  fcpMs: number | null;
  titleMs: number | null;
  bytes: number;
  requests: number;
}

/** Bytes that crossed the network, on one CDP session (the page's or the service worker's). */
class ByteCount {
  bytes = 0;
  requests = 0;
  private readonly local = new Set<string>();
  private readonly open = new Set<string>();
  private readonly urls = new Map<string, string>();
  lastActivity = Date.now();

  constructor(private readonly label: string) {}

  follow(session: CDPSession): void {
    session.on('Network.requestWillBeSent', (e) => {
      this.urls.set(e.requestId, e.request.url);
      this.open.add(e.requestId);
      this.lastActivity = Date.now();
    });
    session.on('Network.responseReceived', (e) => {
      if (e.response.fromServiceWorker || e.response.fromDiskCache || e.response.fromPrefetchCache) this.local.add(e.requestId);
    });
    session.on('Network.loadingFinished', (e) => {
      this.open.delete(e.requestId);
      this.lastActivity = Date.now();
      if (this.local.has(e.requestId)) return;
      this.bytes += e.encodedDataLength;
      this.requests += 1;
      if (process.env.BENCH_DEBUG) log(`  ${this.label}: ${e.encodedDataLength} B ${this.urls.get(e.requestId)}`);
    });
    session.on('Network.loadingFailed', (e) => {
      this.open.delete(e.requestId);
      this.lastActivity = Date.now();
    });
  }

  get inFlight(): number {
    return this.open.size;
  }
}

const conditions = {
  offline: false,
  latency: LATENCY_MS,
  downloadThroughput: (KBPS * 1000) / 8,
  uploadThroughput: (KBPS * 1000) / 8,
};

async function throttle(session: CDPSession, count: ByteCount): Promise<void> {
  count.follow(session);
  await session.send('Network.enable');
  await session.send('Network.emulateNetworkConditions', conditions);
}

/**
 * The service worker's own fetches (the pages it fetches first from the network, its precache)
 * are not the page's: each worker of the context gets the same link, through the browser's
 * target (a page's CDP session does not reach it).
 */
async function throttleWorkers(browser: Browser, count: ByteCount): Promise<() => Promise<void>> {
  const session = await browser.newBrowserCDPSession();
  let next = 1;
  const attached = new Set<string>();
  session.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type !== 'service_worker') return;
    const sessionId = e.sessionId;
    const send = (method: string, params: object) =>
      session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: next++, method, params }) }).catch(() => undefined);
    attached.add(sessionId);
    void send('Network.enable', {}).then(() => send('Network.emulateNetworkConditions', conditions));
  });
  // A worker's events come wrapped; the count reads them as it reads the page's.
  const relay = { on: (event: string, handler: (e: never) => void) => handlers.set(event, handler) } as unknown as CDPSession;
  const handlers = new Map<string, (e: never) => void>();
  count.follow(relay);
  session.on('Target.receivedMessageFromTarget', (e) => {
    if (!attached.has(e.sessionId)) return;
    const message = JSON.parse(e.message) as { method?: string; params?: unknown };
    if (message.method) handlers.get(message.method)?.(message.params as never);
  });
  session.on('Target.targetCreated', (e) => {
    if (e.targetInfo.type === 'service_worker')
      void session.send('Target.attachToTarget', { targetId: e.targetInfo.targetId, flatten: false }).catch(() => undefined);
  });
  await session.send('Target.setDiscoverTargets', { discover: true });
  return () => session.detach().catch(() => undefined);
}

/** Set before any script of the page runs: the first frame at which the watched title is on screen. */
function watchTitle(selector: string, text: string | null): string {
  return `(() => {
    const probe = { titleAt: null };
    window.__slowLink = probe;
    const check = () => {
      for (const el of document.querySelectorAll(${JSON.stringify(selector)})) {
        const seen = (el.textContent || '').trim();
        if (seen === '' || (${JSON.stringify(text)} !== null && !seen.includes(${JSON.stringify(text)}))) continue;
        const box = el.getBoundingClientRect();
        if (box.width > 0 && box.height > 0 && box.top < innerHeight) { probe.titleAt = performance.now(); return; }
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`;
}

async function settle(page: Page, counts: ByteCount[]): Promise<void> {
  await page.waitForFunction(() => (globalThis as unknown as { __slowLink: { titleAt: number | null } }).__slowLink.titleAt !== null, null, {
    timeout: VISIT_TIMEOUT_MS,
    polling: 100,
  });
  await page.waitForLoadState('load', { timeout: VISIT_TIMEOUT_MS });
  await page.evaluate(() => (globalThis as unknown as { navigator: { serviceWorker: { ready: Promise<unknown> } } }).navigator.serviceWorker.ready);
  const deadline = Date.now() + VISIT_TIMEOUT_MS;
  for (;;) {
    const quiet = counts.every((c) => c.inFlight === 0 && Date.now() - c.lastActivity >= QUIET_MS);
    if (quiet || Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function visit(browser: Browser, context: BrowserContext, name: string, url: string, title: { selector: string; text: string | null }): Promise<Visit> {
  const page = await context.newPage();
  const pageCount = new ByteCount('page');
  const workerCount = new ByteCount('worker');
  const session = await context.newCDPSession(page);
  await throttle(session, pageCount);
  const stopWorkers = await throttleWorkers(browser, workerCount);
  // The cache is whatever the context holds: empty for a new one, warm for a repeat.
  await page.addInitScript(watchTitle(title.selector, title.text));
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: VISIT_TIMEOUT_MS });
    await settle(page, [pageCount, workerCount]);
    const figures = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        fcpMs: paint ? paint.startTime : null,
        titleMs: (globalThis as unknown as { __slowLink: { titleAt: number | null } }).__slowLink.titleAt,
      };
    });
    return {
      name,
      fcpMs: figures.fcpMs === null ? null : Math.round(figures.fcpMs),
      titleMs: figures.titleMs === null ? null : Math.round(figures.titleMs),
      bytes: pageCount.bytes + workerCount.bytes,
      requests: pageCount.requests + workerCount.requests,
    };
  } finally {
    await stopWorkers();
    await session.detach().catch(() => undefined);
    await page.close();
  }
}

const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, locale: 'en-GB', timezoneId: 'Africa/Nairobi' };

function printTable(visits: Visit[]): void {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const ms = (value: number | null) => (value === null ? '–' : `${(value / 1000).toFixed(2)} s`);
  const rows = visits.map((v) => [v.name, ms(v.fcpMs), ms(v.titleMs), kb(v.bytes), String(v.requests)]);
  const head = ['visit', 'first contentful paint', 'first workshop title', 'transferred', 'requests'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`\nThe portal on a ${KBPS} kbit/s link with ${LATENCY_MS} ms latency, 390 x 844 phone viewport`);
  console.log(line(head));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const row of rows) console.log(line(row));
  const first = visits.find((v) => v.name.startsWith('first visit'));
  if (first) {
    const verdict = first.bytes <= FIRST_VISIT_CEILING_BYTES ? 'within' : 'OVER';
    console.log(`first visit: ${kb(first.bytes)} transferred, ceiling ${kb(FIRST_VISIT_CEILING_BYTES)} (${verdict})`);
  }
}

async function main(): Promise<void> {
  if (process.env.BENCH_BUILD !== 'never') {
    log('building the portal (vite)');
    execFileSync(path.join(root, 'node_modules', '.bin', 'vite'), ['build', '--config', 'portal/vite.config.mts', '--logLevel', 'warn'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', process.stderr, process.stderr],
    });
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'exchange-slow-link-'));
  let ferretdb: FerretdbProcess | undefined;
  let app: CountingApp | undefined;
  let browser: Browser | undefined;
  let target: { uri: string; dbName: string } | undefined;
  try {
    let uri = process.env.MONGODB_URI;
    let dbName = 'bench';
    if (uri) {
      dbName = `bench-slow-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
      target = { uri, dbName };
    } else {
      log('starting the embedded FerretDB');
      const logger = createLogger('warn');
      const binary = await ensureFerretdbBinary(logger, process.env.FERRETDB_BIN || undefined);
      ferretdb = await startFerretdb({ binary, dataDir: path.join(dataDir, 'ferretdb'), logger });
      uri = ferretdb.uri;
    }
    const linkSecret = randomBytes(32).toString('base64url');
    log('seeding the demo network');
    {
      const logger = createLogger('silent');
      const config = loadConfig({
        NODE_ENV: 'production',
        LOG_LEVEL: 'silent',
        MONGODB_URI: uri,
        MONGODB_DB_NAME: dbName,
        DATA_DIR: dataDir,
        LINK_SIGNING_SECRET: linkSecret,
      });
      const database = await connectDatabase({ uri, dbName, logger, serverSelectionTimeoutMS: config.dbServerSelectionTimeoutMs });
      const deps = createAppDeps(config, logger, database);
      try {
        await seedDemoData(deps);
      } finally {
        deps.mailer.close();
        await database.close();
      }
    }
    log('starting the app');
    app = await startCountingApp({ uri, dbName, dataDir, linkSecret });
    const first = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ workshops(filter: { status: PUBLISHED }, first: 1) { edges { node { id title } } } }' }),
    }).then((r) => r.json() as Promise<{ data: { workshops: { edges: { node: { id: string; title: string } }[] } } }>);
    const workshop = first.data.workshops.edges[0]?.node;
    if (!workshop) throw new Error('the seeded programme has no published workshop');

    browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
    const programmeTitle = { selector: 'ul.cards li h2 a', text: null };
    const visits: Visit[] = [];
    const firstContext = await browser.newContext(phone);
    try {
      log('1. a first visit to /');
      visits.push(await visit(browser, firstContext, 'first visit, /', `${app.url}/`, programmeTitle));
      const deepContext = await browser.newContext(phone);
      try {
        log(`2. a deep link to #/workshops/${workshop.id}`);
        visits.push(
          await visit(browser, deepContext, 'deep link, #/workshops/<id>', `${app.url}/#/workshops/${workshop.id}`, {
            selector: 'main h1',
            text: workshop.title,
          }),
        );
      } finally {
        await deepContext.close();
      }
      log('3. a repeat visit to / (service worker and cache warm)');
      visits.push(await visit(browser, firstContext, 'repeat visit, /', `${app.url}/`, programmeTitle));
    } finally {
      await firstContext.close();
    }
    printTable(visits);
  } finally {
    await browser?.close().catch(() => undefined);
    await app?.close().catch(() => undefined);
    if (target) await dropBenchDatabase(target, log);
    await ferretdb?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
