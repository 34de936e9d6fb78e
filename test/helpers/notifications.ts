import type { AppDeps } from '../../src/app/context';
import { deliverDue } from '../../src/modules/notifications/delivery.service';
import { createMailer } from '../../src/modules/notifications/mailer';
import type { NotificationDoc } from '../../src/modules/notifications/notification.model';
import type { TestApp } from './app';
import { useNetworkApp } from './fixtures';
import { startSmtpSink, type SmtpSink } from './smtp';
import { waitFor } from './wait';
import { currentMessages } from '../../src/modules/notifications/outbox';

/** Points the app's mailer at the sink (the app starts without SMTP_URL, logging instead). */
export function sendThrough(app: TestApp, sink: SmtpSink): void {
  app.deps.mailer.close();
  app.deps.mailer = createMailer({ ...app.deps.config, notifications: { ...app.deps.config.notifications, smtpUrl: sink.url } }, app.deps.logger);
}

/** Messages matching `filter` as readers see them: the outbox's copy while queued, the record's once done (outbox.ts). */
export function storedMessages(database: AppDeps['database'], filter: Record<string, unknown>): Promise<NotificationDoc[]> {
  return currentMessages({ database }, filter);
}

export async function storedMessage(database: AppDeps['database'], id: string): Promise<NotificationDoc | null> {
  return (await storedMessages(database, { _id: id }))[0] ?? null;
}

/** Runs the delivery job's handler until nothing due is left. */
export async function deliverAll(deps: AppDeps): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const run = await deliverDue(deps);
    if (run.sent + run.retrying + run.failed + run.skipped + run.passed === 0) return;
  }
}

/** Domain events are handled after the response: wait until the expected messages are queued. */
export async function queued(deps: AppDeps, filter: Record<string, unknown>, count: number): Promise<NotificationDoc[]> {
  return waitFor(
    async () => {
      const rows = (await storedMessages(deps.database, filter)).sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
      return rows.length === count ? rows : null;
    },
    `${count} queued notifications matching ${JSON.stringify(filter)}`,
  );
}

/** The emails the sink received addressed to one address. */
export function mailsToAddress(sink: SmtpSink, address: string) {
  return sink.messages.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === address);
}

/** useNetworkApp with a real SMTP server in the test process, the app's mailer pointed at it. */
export function useMailApp(overrides: Parameters<typeof useNetworkApp>[0] = {}) {
  const env = useNetworkApp(overrides);
  let sink: SmtpSink | undefined;
  beforeAll(async () => {
    sink = await startSmtpSink();
    sendThrough(env.app, sink);
  });
  afterAll(() => sink?.close());
  return Object.defineProperty(env, 'sink', {
    get(): SmtpSink {
      if (!sink) throw new Error('useMailApp(): used before beforeAll ran');
      return sink;
    },
  }) as typeof env & { readonly sink: SmtpSink };
}
