import { expireOffersJob } from '../../../src/modules/registrations/jobs/expire-offers.job';
import { givenWorkshop, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { errorCodes, graphql } from '../../helpers/graphql';

const REGISTER = operation(`mutation OffersRegister($input: RegisterInput!) { register(input: $input) { registrations { id status waitlistPosition } } }`);
const CANCEL = operation(`mutation OffersCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }`);
const ACCEPT = operation(`mutation OffersAccept($id: ID!) { acceptOffer(input: { id: $id }) { registration { id status offerExpiresAt } } }`);
const SEATS = operation(`query OffersSeats($id: ID!) { workshop(id: $id) { seats { capacity confirmed waitlisted available } } }`);

describe('waiting-list offers', () => {
  const env = useNetworkApp();

  it('offers a freed seat for offerHours, then passes it to the next in line', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 1, promotionMode: 'OFFER', offerHours: 48 });
    const id = String(workshop._id);
    const regs = (
      await graphql(
        env.app.url,
        REGISTER,
        {
          input: { workshopId: id, participants: [1, 2, 3].map((n) => ({ name: `O${n}`, email: `offer-${n}@example.org` })) },
        },
        { token: env.network.tokens.coordinator },
      )
    ).data!.register.registrations;

    await graphql(env.app.url, CANCEL, { id: regs[0]!.id }, { token: env.network.tokens.coordinator });
    const offered = await env.db.current.models.Registration.findById(regs[1]!.id).lean();
    expect(offered).toMatchObject({ status: 'WAITLISTED', offerExpiresAt: new Date('2026-03-03T09:00:00Z') });
    // The open offer holds the seat.
    expect((await graphql(env.app.url, SEATS, { id }, { token: env.network.tokens.staff })).data).toEqual({
      workshop: { seats: { capacity: 1, confirmed: 0, waitlisted: 1, available: 0 } },
    });

    // Not accepted in time: the seat goes to the next in line, as a new offer.
    env.app.clock.set('2026-03-03T09:00:01Z');
    try {
      const late = await graphql(env.app.url, ACCEPT, { id: regs[1]!.id }, { token: env.network.tokens.coordinator });
      expect(errorCodes(late)).toEqual(['CONFLICT']);
      expect((await env.db.current.models.Registration.findById(regs[1]!.id).lean())?.status).toBe('CANCELLED');
      const next = await env.db.current.models.Registration.findById(regs[2]!.id).lean();
      expect(next?.offerExpiresAt).toEqual(new Date('2026-03-05T09:00:01Z'));

      const accepted = await graphql(env.app.url, ACCEPT, { id: regs[2]!.id }, { token: env.network.tokens.coordinator });
      expect(accepted.data).toEqual({ acceptOffer: { registration: { id: regs[2]!.id, status: 'CONFIRMED', offerExpiresAt: null } } });
      expect((await graphql(env.app.url, SEATS, { id }, { token: env.network.tokens.staff })).data).toEqual({
        workshop: { seats: { capacity: 1, confirmed: 1, waitlisted: 0, available: 0 } },
      });
      const claims = await env.db.current.db.collection('claims').countDocuments({ _id: { $regex: `^ws:${id}:seat:` } } as never);
      expect(claims).toBe(1);
    } finally {
      env.app.clock.set('2026-03-01T09:00:00Z');
    }
  });

  it('registrations/expire-offers passes lapsed offers on and leaves open ones alone', async () => {
    env.app.clock.set('2026-03-01T09:00:00Z');
    const registerThree = async (offerHours: number, tag: string) => {
      const workshop = await givenWorkshop(env.db.current, { capacity: 1, promotionMode: 'OFFER', offerHours });
      const regs = (
        await graphql(
          env.app.url,
          REGISTER,
          {
            input: { workshopId: String(workshop._id), participants: [1, 2, 3].map((n) => ({ name: `J${n}`, email: `job-${tag}-${n}@example.org` })) },
          },
          { token: env.network.tokens.coordinator },
        )
      ).data!.register.registrations;
      await graphql(env.app.url, CANCEL, { id: regs[0]!.id }, { token: env.network.tokens.coordinator });
      return { workshop, regs };
    };
    const lapsing = await registerThree(48, 'lapsing');
    const open = await registerThree(96, 'open');
    const stored = (id: string) => env.db.current.models.Registration.findById(id).lean();
    expect((await stored(lapsing.regs[1]!.id))?.offerExpiresAt).toEqual(new Date('2026-03-03T09:00:00Z'));

    env.app.clock.set('2026-03-03T09:00:01Z');
    try {
      await expireOffersJob.handler({}, env.app.deps);
      expect((await stored(lapsing.regs[1]!.id))?.status).toBe('CANCELLED');
      const next = await stored(lapsing.regs[2]!.id);
      expect(next).toMatchObject({ status: 'WAITLISTED', offerExpiresAt: new Date('2026-03-05T09:00:01Z') });
      const seats = await env.db.current.db
        .collection<{ _id: string; data?: { registrationId?: string } }>('claims')
        .find({ _id: { $regex: `^ws:${String(lapsing.workshop._id)}:seat:` } })
        .toArray();
      expect(seats.map((c) => [c._id, c.data?.registrationId])).toEqual([[next?.seatClaim, lapsing.regs[2]!.id]]);
      // The offer still open (96 h) is untouched, and a second run changes nothing.
      expect(await stored(open.regs[1]!.id)).toMatchObject({ status: 'WAITLISTED', offerExpiresAt: new Date('2026-03-05T09:00:00Z') });
      await expireOffersJob.handler({}, env.app.deps);
      expect(await stored(lapsing.regs[2]!.id)).toMatchObject({ status: 'WAITLISTED', offerExpiresAt: new Date('2026-03-05T09:00:01Z') });
    } finally {
      env.app.clock.set('2026-03-01T09:00:00Z');
    }
  });
});
