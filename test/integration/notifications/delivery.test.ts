import { deliverDue, messageIdOf } from '../../../src/modules/notifications/delivery.service';
import { createMailer } from '../../../src/modules/notifications/mailer';
import { enqueue } from '../../../src/modules/notifications/outbox';
import { recipientOfUser } from '../../../src/modules/notifications/recipients';
import { givenWorkshop, signInAs } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { errorCodes, graphql } from '../../helpers/graphql';
import { deliverAll, storedMessage, useMailApp } from '../../helpers/notifications';

const DELIVERIES = operation(`query DeliveryDeliveries($filter: NotificationDeliveryFilter) { notificationDeliveries(filter: $filter, first: 50) {
  edges { node { id kind recipientEmail state attempts lastError nextAttemptAt sentAt } } } }`);
const RETRY = operation(`mutation DeliveryRetry($id: ID!) { retryNotificationDelivery(input: { id: $id }) { delivery { id state attempts } } }`);

describe('delivering email exactly once', () => {
  const env = useMailApp({ notifications: { ...testNotifications(), maxAttempts: 3, sendLeaseMs: 60_000 } });
  afterEach(() => {
    env.sink.failWith(null);
    env.sink.messages.length = 0;
    env.app.clock.set('2026-03-01T09:00:00Z');
  });

  async function queue(count: number, prefix: string) {
    const workshop = await givenWorkshop(env.db.current);
    const recipient = recipientOfUser(env.network.people.member);
    await enqueue(
      env.app.deps,
      Array.from({ length: count }, (_, n) => ({
        id: `REGISTRATION_DEADLINE:${prefix}-${n}:1`,
        kind: 'REGISTRATION_DEADLINE' as const,
        recipient,
        workshopId: workshop._id,
      })),
    );
    return workshop;
  }

  it('retries with growing pauses while the mail server refuses, then marks it failed for the Secretariat, who can send it again', async () => {
    await queue(1, 'refused');
    const id = 'REGISTRATION_DEADLINE:refused-0:1';
    env.sink.failWith(451);
    expect(await deliverDue(env.app.deps)).toMatchObject({ retrying: 1 });
    let stored = await storedMessage(env.db.current, id);
    expect(stored!.delivery).toMatchObject({ state: 'RETRYING', attempts: 1, nextAttemptAt: new Date('2026-03-01T09:01:00Z') });
    expect(stored!.delivery!.lastError).toMatch(/SMTP 451/);
    expect(stored!.delivery!.lastError).not.toContain('@'); // no addresses in what is stored and shown

    expect(await deliverDue(env.app.deps)).toMatchObject({ sent: 0, retrying: 0 }); // not due yet
    env.app.clock.set('2026-03-01T09:01:00Z');
    expect(await deliverDue(env.app.deps)).toMatchObject({ retrying: 1 });
    env.app.clock.set('2026-03-01T09:03:00Z'); // 2 minutes after the second attempt
    expect(await deliverDue(env.app.deps)).toMatchObject({ failed: 1 });

    const staff = await signInAs(env.app.url, env.network.people.staff.email);
    const failed = await graphql(env.app.url, DELIVERIES, { filter: { states: ['FAILED'] } }, { token: staff });
    expect(failed.data!.notificationDeliveries.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        id,
        kind: 'REGISTRATION_DEADLINE',
        recipientEmail: env.network.people.member.email,
        state: 'FAILED',
        attempts: 3,
        nextAttemptAt: null,
        sentAt: null,
      }),
    ]);
    // Coordinators and members cannot see deliveries or send them again.
    expect(errorCodes(await graphql(env.app.url, DELIVERIES, {}, { token: env.network.tokens.coordinator }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(env.app.url, RETRY, { id }, { token: env.network.tokens.member }))).toEqual(['FORBIDDEN']);

    env.sink.failWith(null);
    const retried = await graphql(env.app.url, RETRY, { id }, { token: staff });
    expect(retried.data).toEqual({ retryNotificationDelivery: { delivery: { id, state: 'QUEUED', attempts: 3 } } });
    // Sent again, it has left the failed list for the queued one (its record still says FAILED).
    const listed = async (states: ('FAILED' | 'QUEUED')[]) =>
      (await graphql(env.app.url, DELIVERIES, { filter: { states } }, { token: staff })).data!.notificationDeliveries.edges.map((e) => [
        e.node.id,
        e.node.state,
      ]);
    expect(await listed(['FAILED'])).toEqual([]);
    expect(await listed(['QUEUED'])).toEqual([[id, 'QUEUED']]);
    await deliverAll(env.app.deps);
    expect(env.sink.messages).toHaveLength(1);
    stored = await storedMessage(env.db.current, id);
    expect(stored!.delivery).toMatchObject({ state: 'SENT', attempts: 4, lastError: null });
    expect(env.sink.messages[0]!.messageId).toBe(messageIdOf(id, env.app.deps.config));
  });

  it('two workers delivering the same batch at once send each message once', async () => {
    await queue(40, 'pair');
    const second = {
      ...env.app.deps,
      mailer: createMailer({ ...env.app.deps.config, notifications: { ...env.app.deps.config.notifications, smtpUrl: env.sink.url } }, env.app.deps.logger),
    };
    try {
      const runs = await Promise.all([deliverDue(env.app.deps), deliverDue(second), deliverDue(env.app.deps), deliverDue(second)]);
      expect(runs.reduce((total, run) => total + run.sent, 0)).toBe(40);
      expect(env.sink.messages).toHaveLength(40);
      expect([...env.sink.countsByMessageId().values()].every((count) => count === 1)).toBe(true);
      expect(env.sink.countsByMessageId().size).toBe(40);
    } finally {
      second.mailer.close();
    }
  });

  it('takes over an attempt whose worker died, after the lease, with the same Message-ID', async () => {
    await queue(1, 'orphan');
    const id = 'REGISTRATION_DEADLINE:orphan-0:1';
    // A worker claimed attempt 1 and died before marking it (perhaps after the server accepted it).
    await env.db.current.db.collection('claims').insertOne({ _id: `notify:${id}#1`, kind: 'notify-send', createdAt: env.app.clock.now() } as never);
    expect(await deliverDue(env.app.deps)).toMatchObject({ sent: 0, passed: 1 });
    env.app.clock.set('2026-03-01T09:01:00Z'); // the 60 s lease has run out
    expect(await deliverDue(env.app.deps)).toMatchObject({ sent: 1 });
    expect(env.sink.messages.map((m) => m.messageId)).toEqual([messageIdOf(id, env.app.deps.config)]);
    expect((await storedMessage(env.db.current, id))!.delivery).toMatchObject({ state: 'SENT', attempts: 2 });
    expect(await deliverDue(env.app.deps)).toMatchObject({ sent: 0, passed: 0 });
  });

  it('skips a message that no longer applies when its time comes', async () => {
    const workshop = await queue(1, 'gone');
    await env.db.current.models.Workshop.updateOne({ _id: workshop._id }, { $set: { status: 'CANCELLED' } });
    expect(await deliverDue(env.app.deps)).toMatchObject({ skipped: 1 });
    expect(env.sink.messages).toHaveLength(0);
  });

  it('sends the longest-waiting first, at most `limit` a run, with at least one lane whatever the concurrency asked', async () => {
    await queue(3, 'ordered');
    const ids = [0, 1, 2].map((n) => `REGISTRATION_DEADLINE:ordered-${n}:1`);
    // Due at 08:58, 08:57 and 08:59: the second waited longest.
    const dueAt = ['2026-03-01T08:58:00Z', '2026-03-01T08:57:00Z', '2026-03-01T08:59:00Z'];
    for (const [n, id] of ids.entries()) {
      await env.db.current.models.NotificationOutbox.updateOne({ _id: id }, { $set: { 'delivery.nextAttemptAt': new Date(dueAt[n]!) } });
    }
    expect(await deliverDue(env.app.deps, { limit: 2, concurrency: 0 })).toMatchObject({ sent: 2 });
    const states = await Promise.all(ids.map(async (id) => (await storedMessage(env.db.current, id))?.delivery?.state));
    expect(states).toEqual(['SENT', 'SENT', 'QUEUED']);
    expect(await deliverDue(env.app.deps, { concurrency: 0 })).toMatchObject({ sent: 1 });
  });
});

function testNotifications() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { testConfig } = require('../../helpers/app') as typeof import('../../helpers/app');
  return testConfig().notifications;
}
