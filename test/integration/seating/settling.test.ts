import type { DomainEventName } from '../../../src/events/domain-events';
import { givenWorkshop, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';
import { seatingClient } from './seating-client';

const CANCEL = operation(`mutation SettlingCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }`);
const ACCEPT = operation(`mutation SettlingAccept($id: ID!) { acceptOffer(input: { id: $id }) { registration { id status } } }`);

const HOUR = 3_600_000;

/*
 * What settling a workshop does after each change (seating/settle.ts): an offer held open for the
 * workshop's offer hours and passed on at that instant, free seats to the waiting list, and the
 * events that tell the people concerned (their messages hang on them).
 */
describe('settling a workshop', () => {
  const env = useNetworkApp();
  const { as, register } = seatingClient(env);
  const cancel = async (id: string) => expect((await graphql(env.app.url, CANCEL, { id }, as(env.network.tokens.coordinator))).errors).toBeUndefined();
  const stored = (id: string) => env.db.current.models.Registration.findById(id).lean();
  /** The seat events of one workshop, in order, as `<event> <registration> <status>`. */
  const listen = (workshopId: string) => {
    const seen: string[] = [];
    const names: DomainEventName[] = ['registration.promoted', 'registration.offered', 'registration.offerExpired'];
    const stops = names.map((name) =>
      env.app.deps.events.on(name, (payload) => {
        const event = payload as { registrationId: string; workshopId: string; status: string };
        if (event.workshopId === workshopId) seen.push(`${name} ${event.registrationId} ${event.status}`);
      }),
    );
    return {
      seen: async () => {
        await env.app.deps.events.drain();
        return seen;
      },
      stop: () => {
        for (const stop of stops) stop();
      },
    };
  };

  it("holds an offer open exactly the workshop's offer hours; at that instant it has passed and the seat goes to the next, each told", async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 1, promotionMode: 'OFFER', offerHours: 12 });
    const id = String(workshop._id);
    const [first, offered, next] = await register(id, ['window-1@example.org', 'window-2@example.org', 'window-3@example.org']);
    const events = listen(id);
    const start = env.app.clock.now();
    try {
      await cancel(first!.id);
      expect((await stored(offered!.id))?.offerExpiresAt).toEqual(new Date(start.getTime() + 12 * HOUR));
      const deadline = new Date(start.getTime() + 12 * HOUR);
      env.app.clock.set(deadline.toISOString());
      const answer = await graphql(env.app.url, ACCEPT, { id: offered!.id }, as(env.network.tokens.coordinator));
      expect(answer.errors?.map((e) => e.extensions?.reason)).toEqual(['NO_OPEN_OFFER']);
      expect((await stored(offered!.id))?.status).toBe('CANCELLED');
      expect(await stored(next!.id)).toMatchObject({ status: 'WAITLISTED', offerExpiresAt: new Date(deadline.getTime() + 12 * HOUR) });
      expect(await events.seen()).toEqual([
        `registration.offered ${offered!.id} WAITLISTED`,
        `registration.offerExpired ${offered!.id} CANCELLED`,
        `registration.offered ${next!.id} WAITLISTED`,
      ]);
    } finally {
      events.stop();
      env.app.clock.set(start.toISOString());
    }
  });

  it('an offer a moment before its deadline is accepted, and nothing passes on', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 1, promotionMode: 'OFFER', offerHours: 12 });
    const id = String(workshop._id);
    const [first, offered, next] = await register(id, ['in-time-1@example.org', 'in-time-2@example.org', 'in-time-3@example.org']);
    const start = env.app.clock.now();
    try {
      await cancel(first!.id);
      env.app.clock.set(new Date(start.getTime() + 12 * HOUR - 1).toISOString());
      const answer = await graphql(env.app.url, ACCEPT, { id: offered!.id }, as(env.network.tokens.coordinator));
      expect(answer.data).toEqual({ acceptOffer: { registration: { id: offered!.id, status: 'CONFIRMED' } } });
      expect(await stored(next!.id)).toMatchObject({ status: 'WAITLISTED', offerExpiresAt: null });
    } finally {
      env.app.clock.set(start.toISOString());
    }
  });

  it('promotes the waiting list in ticket order when seats free up (AUTOMATIC), each told', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 2 });
    const id = String(workshop._id);
    const [first, second, third, fourth, fifth] = await register(id, [
      'order-1@example.org',
      'order-2@example.org',
      'order-3@example.org',
      'order-4@example.org',
      'order-5@example.org',
    ]);
    const events = listen(id);
    try {
      await cancel(first!.id);
      await cancel(second!.id);
      expect(await Promise.all([third, fourth, fifth].map(async (r) => (await stored(r!.id))?.status))).toEqual(['CONFIRMED', 'CONFIRMED', 'WAITLISTED']);
      expect(await events.seen()).toEqual([`registration.promoted ${third!.id} CONFIRMED`, `registration.promoted ${fourth!.id} CONFIRMED`]);
      expect(await env.db.current.models.SeatCount.findById(workshop._id).lean()).toMatchObject({ confirmed: 2, openOffers: 0, waitlisted: 1 });
    } finally {
      events.stop();
    }
  });

  it('refuses a capacity or quota below the seats held (confirmed and offered, not those waiting), naming how many', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 3, promotionMode: 'OFFER', offerHours: 12 });
    const id = String(workshop._id);
    const [, , third] = await register(id, ['held-1@example.org', 'held-2@example.org', 'held-3@example.org', 'held-4@example.org', 'held-5@example.org']);
    await cancel(third!.id); // the fourth holds an offer; the fifth waits
    const UPDATE = operation(`mutation SettlingUpdate($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { workshop { capacity } } }`);
    const refusal = async (input: Record<string, unknown>) =>
      (await graphql(env.app.url, UPDATE, { input: { id, ...input } }, as(env.network.tokens.staff))).errors?.map((e) => [e.extensions?.reason, e.message]);
    expect(await refusal({ capacity: 2 })).toEqual([
      ['CAPACITY_BELOW_CONFIRMED', 'Capacity cannot go below the 3 seats already taken (confirmed or offered).'],
    ]);
    expect(await refusal({ perGroupQuota: 2 })).toEqual([['QUOTA_BELOW_HELD', 'The per-group quota cannot go below the 3 seats one group already holds.']]);
  });

  it('stores an open offer apart from those still waiting, and shows the same split in Workshop.seats', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 1, promotionMode: 'OFFER', offerHours: 48 });
    const id = String(workshop._id);
    const [first, offered, waiting] = await register(id, ['split-1@example.org', 'split-2@example.org', 'split-3@example.org']);
    await cancel(first!.id); // its seat offered to the second, the third still waits
    expect(await stored(offered!.id)).toMatchObject({ status: 'WAITLISTED', offerExpiresAt: expect.any(Date) });
    expect(await stored(waiting!.id)).toMatchObject({ status: 'WAITLISTED', offerExpiresAt: null });
    expect(await env.db.current.models.SeatCount.findById(workshop._id).lean()).toMatchObject({ confirmed: 0, openOffers: 1, waitlisted: 1 });
    const seats = await graphql(env.app.url, operation(`query SettlingWorkshop($id: ID!) { workshop(id: $id) { seats { confirmed waitlisted available } } }`), {
      id,
    });
    // The offered seat is not available to anyone else, and one person waits.
    expect(seats.data?.workshop?.seats).toEqual({ confirmed: 0, waitlisted: 1, available: 0 });
  });
});
