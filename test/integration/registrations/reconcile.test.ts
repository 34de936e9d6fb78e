import { Types } from 'mongoose';
import { reconcileClaimsJob } from '../../../jobs/registrations/reconcile-claims.job';
import { tryClaim } from '../../../src/db/claims';
import { givenWorkshop, useNetworkApp } from '../../helpers/fixtures';
import { graphql } from '../../helpers/graphql';

describe('registrations/reconcile-claims job', () => {
  const env = useNetworkApp();

  it('frees claims a crash left without a registration, keeps those in use, and recounts', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 2 });
    const id = String(workshop._id);
    const answer = await graphql<{ register: { registrations: { id: string }[] } }>(
      env.app.url,
      'mutation($input: RegisterInput!) { register(input: $input) { registrations { id } } }',
      { input: { workshopId: id, participants: [{ name: 'Kept', email: 'kept@example.org' }] } },
      { token: env.network.tokens.coordinator },
    );
    expect(answer.errors).toBeUndefined();
    // A registration that crashed after taking its seat (the one still free), before being written.
    const kept = await env.db.current.models.Registration.findById(answer.data!.register.registrations[0]!.id).lean();
    const ghostSeat = kept?.seatClaim === `ws:${id}:seat:1` ? `ws:${id}:seat:2` : `ws:${id}:seat:1`;
    const ghost = new Types.ObjectId();
    const now = env.app.clock.now();
    expect(await tryClaim(env.db.current.db, ghostSeat, { kind: 'seat', now, data: { registrationId: String(ghost), workshopId: id } })).toBe(true);
    await tryClaim(env.db.current.db, `ws:${id}:person:ghost`, { kind: 'person', now, data: { registrationId: String(ghost), workshopId: id } });

    await reconcileClaimsJob.handler({}, env.app.deps); // within the grace period: nothing happens
    expect(await env.db.current.db.collection('claims').countDocuments({ _id: ghostSeat } as never)).toBe(1);

    env.app.clock.advance(11 * 60_000);
    try {
      await reconcileClaimsJob.handler({}, env.app.deps);
      await reconcileClaimsJob.handler({}, env.app.deps);
      const left = (
        await env.db.current.db
          .collection('claims')
          .find({ _id: { $regex: `^ws:${id}:(seat|person):` } } as never)
          .toArray()
      ).map((c) => c._id);
      expect(left).toHaveLength(2); // the kept registration's seat and person claims
      expect(left).not.toContain(ghostSeat);
      expect(left).toContain(kept?.seatClaim);
      expect(left).not.toContain(`ws:${id}:person:ghost`);
    } finally {
      env.app.clock.advance(-11 * 60_000);
    }
  });

  it('promotes the waiting list beside a seat freed without a promotion (a race)', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 1 });
    const regs = (
      await graphql<{ register: { registrations: { id: string }[] } }>(
        env.app.url,
        'mutation($input: RegisterInput!) { register(input: $input) { registrations { id } } }',
        {
          input: {
            workshopId: String(workshop._id),
            participants: [
              { name: 'A', email: 'race-a@example.org' },
              { name: 'B', email: 'race-b@example.org' },
            ],
          },
        },
        { token: env.network.tokens.coordinator },
      )
    ).data!.register.registrations;
    // The confirmed one is cancelled by a request that died before promoting anyone.
    const first = await env.db.current.models.Registration.findById(regs[0]!.id).lean();
    await env.db.current.models.Registration.updateOne({ _id: first!._id }, { $set: { status: 'CANCELLED', seatClaim: null } });
    await env.db.current.db.collection('claims').deleteOne({ _id: first!.seatClaim } as never);
    await env.db.current.models.SeatCount.updateOne({ _id: workshop._id }, { $set: { confirmed: 0, waitlisted: 1 } });

    await reconcileClaimsJob.handler({}, env.app.deps);
    expect((await env.db.current.models.Registration.findById(regs[1]!.id).lean())?.status).toBe('CONFIRMED');
  });

  it('frees the claims of a cancellation that crashed before releasing them, and promotes beside the seat', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 1 });
    const id = String(workshop._id);
    const regs = (
      await graphql<{ register: { registrations: { id: string; status: string }[] } }>(
        env.app.url,
        'mutation($input: RegisterInput!) { register(input: $input) { registrations { id status } } }',
        {
          input: {
            workshopId: id,
            participants: [
              { name: 'Gone', email: 'crash-gone@example.org' },
              { name: 'Next', email: 'crash-next@example.org' },
            ],
          },
        },
        { token: env.network.tokens.coordinator },
      )
    ).data!.register.registrations;
    expect(regs.map((r) => r.status)).toEqual(['CONFIRMED', 'WAITLISTED']);
    // The cancellation's write landed (as cancelStored writes it); the process died before the releases.
    const gone = (await env.db.current.models.Registration.findById(regs[0]!.id).lean())!;
    await env.db.current.models.Registration.updateOne(
      { _id: gone._id },
      { $set: { status: 'CANCELLED', cancelledAt: env.app.clock.now(), seatClaim: null, slotClaim: null }, $inc: { version: 1 } },
    );
    const claimIds = async () =>
      (
        await env.db.current.db
          .collection('claims')
          .find({ _id: { $regex: `^ws:${id}:(seat|person):` } } as never)
          .toArray()
      ).map((c) => c._id);
    expect(await claimIds()).toEqual(expect.arrayContaining([gone.seatClaim, gone.personClaim]));

    await reconcileClaimsJob.handler({}, env.app.deps); // a cancellation this young may still be releasing
    expect(await claimIds()).toEqual(expect.arrayContaining([gone.seatClaim, gone.personClaim]));

    env.app.clock.advance(11 * 60_000);
    try {
      await reconcileClaimsJob.handler({}, env.app.deps);
      const next = (await env.db.current.models.Registration.findById(regs[1]!.id).lean())!;
      expect(next.status).toBe('CONFIRMED');
      // One seat, one holder: the promoted person; the cancelled one holds nothing any more.
      const seats = await env.db.current.db
        .collection<{ _id: string; data?: { registrationId?: string } }>('claims')
        .find({ _id: { $regex: `^ws:${id}:seat:` } })
        .toArray();
      expect(seats.map((c) => [c._id, c.data?.registrationId])).toEqual([[next.seatClaim, regs[1]!.id]]);
      expect(await claimIds()).not.toContain(gone.personClaim);
    } finally {
      env.app.clock.advance(-11 * 60_000);
    }
  });
});
