import { holdAt } from '../../../src/db/race-points';
import { deliverDue, messageIdOf } from '../../../src/modules/notifications/delivery.service';
import { enqueue, eraseMessages, withdraw } from '../../../src/modules/notifications/outbox';
import { recipientOfUser } from '../../../src/modules/notifications/recipients';
import { givenWorkshop } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';
import { storedMessage, storedMessages, useMailApp } from '../../helpers/notifications';

const MARK_READ = operation(`mutation DeliveryRacesMarkRead($ids: [ID!]) { markNotificationsRead(input: { ids: $ids }) { marked unreadCount } }`);
const MINE = operation(`query DeliveryRacesMine { notifications(first: 20) { unreadCount edges { node { id readAt } } } }`);

/**
 * A message moves from the outbox to the record once done (outbox.ts): each test holds one side
 * between its read and its write (src/db/race-points.ts) while the other runs, then lets it go.
 */
describe('delivery races', () => {
  const env = useMailApp();
  afterEach(() => {
    env.sink.messages.length = 0;
  });

  async function queueOne(prefix: string) {
    const workshop = await givenWorkshop(env.db.current);
    const id = `REGISTRATION_DEADLINE:${prefix}:1`;
    await enqueue(env.app.deps, [{ id, kind: 'REGISTRATION_DEADLINE', recipient: recipientOfUser(env.network.people.member), workshopId: workshop._id }]);
    return { id, workshop };
  }

  const copies = async (id: string) => ({
    queued: await env.db.current.models.NotificationOutbox.countDocuments({ _id: id }),
    recorded: await env.db.current.models.Notification.countDocuments({ _id: id }),
  });

  it('a withdrawal that lands while the sent email is being recorded does not turn it into CANCELLED', async () => {
    const { id, workshop } = await queueOne('withdrawn-late');
    const hold = holdAt(env.db.current, 'notifications.move.beforeRecord', id);
    const delivering = deliverDue(env.app.deps);
    await hold.reached; // the email went; its mark is not written yet
    expect(env.sink.messages).toHaveLength(1);
    expect(await withdraw(env.app.deps, { workshopId: workshop._id })).toBe(1);
    expect((await storedMessage(env.db.current, id))?.delivery.state).toBe('CANCELLED');
    hold.release();
    expect(await delivering).toMatchObject({ sent: 1 });
    expect((await storedMessage(env.db.current, id))?.delivery).toMatchObject({ state: 'SENT', attempts: 1 });
    expect(await copies(id)).toEqual({ queued: 0, recorded: 1 });
    expect(await deliverDue(env.app.deps)).toMatchObject({ sent: 0, passed: 0 });
    expect(env.sink.messages.map((m) => m.messageId)).toEqual([messageIdOf(id, env.app.deps.config)]);
  });

  it('a withdrawal that read the message before it was sent and writes after does not overwrite SENT', async () => {
    const { id, workshop } = await queueOne('withdrawn-stale');
    const hold = holdAt(env.db.current, 'notifications.withdraw.beforeWrite', id);
    const withdrawing = withdraw(env.app.deps, { workshopId: workshop._id });
    await hold.reached; // it read the message as QUEUED
    expect(await deliverDue(env.app.deps)).toMatchObject({ sent: 1 });
    hold.release();
    await withdrawing;
    expect((await storedMessage(env.db.current, id))?.delivery).toMatchObject({ state: 'SENT', attempts: 1 });
    expect(await copies(id)).toEqual({ queued: 0, recorded: 1 });
    expect(env.sink.messages).toHaveLength(1);
  });

  it('a message marked read while it moves to the record stays read', async () => {
    const { id } = await queueOne('read-while-moving');
    const hold = holdAt(env.db.current, 'notifications.move.beforeRecord', id);
    const delivering = deliverDue(env.app.deps);
    await hold.reached; // the move holds the copy it read, unread
    const marked = await graphql(env.app.url, MARK_READ, { ids: [id] }, { token: env.network.tokens.member });
    expect(marked.data).toEqual({ markNotificationsRead: { marked: 1, unreadCount: expect.any(Number) } });
    hold.release();
    expect(await delivering).toMatchObject({ sent: 1 });
    const stored = await storedMessage(env.db.current, id);
    expect(stored?.delivery.state).toBe('SENT');
    expect(stored?.readAt).not.toBeNull();
    expect(await copies(id)).toEqual({ queued: 0, recorded: 1 });
    const mine = await graphql(env.app.url, MINE, undefined, {
      token: env.network.tokens.member,
    });
    expect(mine.data!.notifications.edges.find((e) => e.node.id === id)?.node.readAt).not.toBeNull();
  });

  it('a message erased while it is being sent is not written back to the record', async () => {
    const { id, workshop } = await queueOne('erased-while-sending');
    const hold = holdAt(env.db.current, 'notifications.move.beforeRecord', id);
    const delivering = deliverDue(env.app.deps);
    await hold.reached; // sent, not recorded yet
    expect(await eraseMessages(env.app.deps, { workshopId: workshop._id })).toBe(1);
    hold.release();
    expect(await delivering).toMatchObject({ sent: 1 });
    expect(await copies(id)).toEqual({ queued: 0, recorded: 0 });
    expect(await storedMessages(env.db.current, { workshopId: workshop._id })).toEqual([]);
  });

  it('a late copy of the event that queued a message already sent does not queue it again', async () => {
    const { id, workshop } = await queueOne('queued-twice');
    expect(await deliverDue(env.app.deps)).toMatchObject({ sent: 1 });
    expect(await copies(id)).toEqual({ queued: 0, recorded: 1 });
    const again = await enqueue(env.app.deps, [
      { id, kind: 'REGISTRATION_DEADLINE', recipient: recipientOfUser(env.network.people.member), workshopId: workshop._id },
    ]);
    expect(again).toBe(0);
    expect(await deliverDue(env.app.deps)).toMatchObject({ sent: 0, passed: 0 });
    expect(env.sink.messages).toHaveLength(1);
  });

  it('a copy of the event whose claim is held but whose message was never stored queues it (its first holder died)', async () => {
    const workshop = await givenWorkshop(env.db.current);
    const id = 'REGISTRATION_DEADLINE:claimed-then-died:1';
    await env.db.current.db.collection('claims').insertOne({ _id: `notify:${id}`, kind: 'notify-queued', createdAt: env.app.clock.now() } as never);
    const queued = await enqueue(env.app.deps, [
      { id, kind: 'REGISTRATION_DEADLINE', recipient: recipientOfUser(env.network.people.member), workshopId: workshop._id },
    ]);
    expect(queued).toBe(1);
    expect(await deliverDue(env.app.deps)).toMatchObject({ sent: 1 });
  });
});
