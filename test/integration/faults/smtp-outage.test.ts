import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { deliverDue, retryDelayMs } from '../../../src/modules/notifications/delivery.service';
import { createMailer } from '../../../src/modules/notifications/mailer';
import { enqueue } from '../../../src/modules/notifications/outbox';
import { recipientOfUser } from '../../../src/modules/notifications/recipients';
import { testConfig } from '../../helpers/app';
import { givenWorkshop, useNetworkApp } from '../../helpers/fixtures';
import { freePort } from '../../helpers/processes';
import { storedMessages } from '../../helpers/notifications';

/** A mail server on a fixed port, so it can go away and come back at the same address. */
async function startMailServer(port: number, received: string[]): Promise<{ server: SMTPServer; port: number }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail.messageId ?? '');
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  // The port was free when the test began, minutes ago; if another process took it since, a new one.
  const listenOn = (candidate: number) =>
    new Promise<boolean>((resolve, reject) => {
      server.once('error', (err: NodeJS.ErrnoException) => (err.code === 'EADDRINUSE' ? resolve(false) : reject(err)));
      server.listen(candidate, '127.0.0.1', () => resolve(true));
    });
  if (await listenOn(port)) return { server, port };
  const other = await freePort();
  if (!(await listenOn(other))) throw new Error(`ports ${port} and ${other} both taken`);
  return { server, port: other };
}

/**
 * SMTP is down (nothing listens) for an hour of simulated time while the delivery job runs every
 * minute: messages wait as RETRYING without using up their attempts, and each goes out exactly
 * once after the server returns. Default policy: 10 attempts, pauses of 1, 2, 4 … 60 minutes.
 */
describe('the mail server down for an hour', () => {
  const defaults = testConfig().notifications;
  const env = useNetworkApp({ notifications: { ...defaults, maxAttempts: 10, sendLeaseMs: 60_000 } });
  let port: number;
  const received: string[] = [];

  const pointMailerAt = (smtpPort: number) => {
    env.app.deps.mailer.close();
    env.app.deps.mailer = createMailer(
      { ...env.app.deps.config, notifications: { ...env.app.deps.config.notifications, smtpUrl: `smtp://127.0.0.1:${smtpPort}` } },
      env.app.deps.logger,
    );
  };

  beforeAll(async () => {
    port = await freePort();
    pointMailerAt(port);
  });

  it('keeps the policy able to outlast a four-hour outage (the attempts outlive an hour by far)', () => {
    // Time from the first attempt to the last one allowed: the outage a message survives.
    const maxAttempts = 10;
    const span = Array.from({ length: maxAttempts - 1 }, (_, i) => retryDelayMs(i + 1)).reduce((a, b) => a + b, 0);
    expect(span / 60_000).toBe(1 + 2 + 4 + 8 + 16 + 32 + 60 + 60 + 60); // 243 minutes
    expect(testConfig().notifications.maxAttempts).toBe(maxAttempts);
  });

  it('holds messages as RETRYING while down and sends each once when the server returns', async () => {
    const workshop = await givenWorkshop(env.db.current);
    const recipient = recipientOfUser(env.network.people.member);
    const total = 6;
    await enqueue(
      env.app.deps,
      Array.from({ length: total }, (_, n) => ({
        id: `REGISTRATION_DEADLINE:smtp-down-${n}:1`,
        kind: 'REGISTRATION_DEADLINE' as const,
        recipient,
        workshopId: workshop._id,
      })),
    );
    const start = env.app.clock.now().getTime();

    // One hour, the delivery job every minute, nothing listening on the SMTP port.
    for (let minute = 0; minute <= 60; minute += 1) {
      env.app.clock.set(new Date(start + minute * 60_000));
      const run = await deliverDue(env.app.deps);
      expect(run.sent).toBe(0);
      expect(run.failed).toBe(0);
    }
    const waiting = await storedMessages(env.db.current, { _id: { $regex: '^REGISTRATION_DEADLINE:smtp-down-' } });
    expect(waiting).toHaveLength(total);
    for (const message of waiting) {
      expect(message.delivery?.state).toBe('RETRYING');
      // Attempts at 0, 1, 3, 7, 15, 31 minutes: six of ten used in the hour.
      expect(message.delivery?.attempts).toBe(6);
      expect(message.delivery?.lastError).not.toContain('@');
    }

    // The server returns; the job keeps running each minute until the next attempt is due (63 min).
    const { server, port: listening } = await startMailServer(port, received);
    if (listening !== port) pointMailerAt(listening);
    try {
      for (let minute = 61; minute <= 70; minute += 1) {
        env.app.clock.set(new Date(start + minute * 60_000));
        await deliverDue(env.app.deps);
      }
      const after = await storedMessages(env.db.current, { _id: { $regex: '^REGISTRATION_DEADLINE:smtp-down-' } });
      expect(after.map((m) => m.delivery?.state)).toEqual(Array(total).fill('SENT'));
      expect(after.map((m) => m.delivery?.attempts)).toEqual(Array(total).fill(7));
      expect(received).toHaveLength(total);
      expect(new Set(received).size).toBe(total);
    } finally {
      // The pooled SMTP connections first: smtp-server's close waits for open ones (30 s).
      env.app.deps.mailer.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }, 60_000);
});
