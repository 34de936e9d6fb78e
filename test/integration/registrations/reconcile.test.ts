import { Types } from 'mongoose';
import { reconcileClaimsJob } from '../../../src/modules/registrations/jobs/reconcile-claims.job';
import { tryClaim } from '../../../src/db/claims';
import { givenWorkshop, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';

const REGISTER = operation(`mutation RegistrationsReconcileRegister($input: RegisterInput!) { register(input: $input) { registrations { id } } }`);
const REGISTER_WITH_STATUS = operation(
  `mutation RegistrationsReconcileRegisterWithStatus($input: RegisterInput!) { register(input: $input) { registrations { id status } } }`,
);

describe('registrations/reconcile-claims job', () => {
  const env = useNetworkApp();

  it('frees claims a crash left without a registration, keeps those in use, and recounts', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 2 });
    const id = String(workshop._id);
    const answer = await graphql(
      env.app.url,
      REGISTER,
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
      await graphql(
        env.app.url,
        REGISTER,
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
      await graphql(
        env.app.url,
        REGISTER_WITH_STATUS,
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

  it('opens seats and group slots a capacity change left closed within the figures when it died', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 1, perGroupQuota: 1 });
    const id = String(workshop._id);
    const group = String(env.network.group._id);
    const now = env.app.clock.now();
    // A lowering to 0 seats and slots that died after closing them, before writing (the figures stay 1).
    const closing = (kind: string) => ({ kind, now, data: { registrationId: 'closed', workshopId: id } });
    await tryClaim(env.db.current.db, `ws:${id}:seat:1`, closing('seat-closed'));
    await tryClaim(env.db.current.db, `ws:${id}:group:${group}:slot:1`, closing('slot-closed'));
    // And one above the figures, closed by a lowering that landed: it stays closed.
    await tryClaim(env.db.current.db, `ws:${id}:seat:2`, closing('seat-closed'));
    const register = () =>
      graphql(
        env.app.url,
        REGISTER_WITH_STATUS,
        { input: { workshopId: id, participants: [{ name: 'Shut out', email: 'shut-out@example.org' }] } },
        { token: env.network.tokens.coordinator },
      );
    const [waiting] = (await register()).data!.register.registrations;
    expect(waiting?.status).toBe('WAITLISTED');
    env.app.clock.advance(11 * 60_000);
    try {
      await reconcileClaimsJob.handler({}, env.app.deps);
      expect((await env.db.current.models.Registration.findById(waiting!.id).lean())?.status).toBe('CONFIRMED');
      const closed = await env.db.current.db
        .collection('claims')
        .find({ kind: { $in: ['seat-closed', 'slot-closed'] } })
        .toArray();
      expect(closed.map((c) => c._id)).toEqual([`ws:${id}:seat:2`]);
    } finally {
      env.app.clock.advance(-11 * 60_000);
    }
  });

  describe('seating claims of a workshop that is over', () => {
    const seatingClaims = (id: string) =>
      env.db.current.db
        .collection('claims')
        .find({ 'data.workshopId': id } as never)
        .toArray();
    const registerTwo = async (id: string, prefix: string) => {
      const answer = await graphql(
        env.app.url,
        REGISTER,
        { input: { workshopId: id, participants: ['a', 'b'].map((x) => ({ name: x, email: `${prefix}-${x}@example.org` })) } },
        { token: env.network.tokens.coordinator },
      );
      expect(answer.errors).toBeUndefined();
      expect((await seatingClaims(id)).map((c) => c.kind).sort()).toEqual(['person', 'person', 'seat', 'wait-ticket']);
    };

    it('go when the workshop is cancelled (person claims hold hashes of addresses)', async () => {
      const workshop = await givenWorkshop(env.db.current, { capacity: 1 });
      const id = String(workshop._id);
      await registerTwo(id, 'over-cancelled');
      const cancelled = await graphql(
        env.app.url,
        operation(
          `mutation RegistrationsReconcileCancelWorkshop($id: ID!) { cancelWorkshop(input: { id: $id, reason: "Venue closed" }) { workshop { status } } }`,
        ),
        { id },
        { token: env.network.tokens.staff },
      );
      expect(cancelled.errors).toBeUndefined();
      expect(await seatingClaims(id)).toEqual([]);
    });

    it('go when the workshop is completed', async () => {
      const start = env.app.clock.now();
      const workshop = await givenWorkshop(env.db.current, { capacity: 1, startsAt: new Date(start.getTime() + 3_600_000) });
      const id = String(workshop._id);
      await registerTwo(id, 'over-completed');
      env.app.clock.advance(10 * 3_600_000);
      try {
        const completed = await graphql(
          env.app.url,
          operation(`mutation RegistrationsReconcileCompleteWorkshop($id: ID!) { completeWorkshop(input: { id: $id }) { workshop { status } } }`),
          { id },
          {
            token: env.network.tokens.staff,
          },
        );
        expect(completed.errors).toBeUndefined();
        await env.app.deps.events.drain();
        expect(await seatingClaims(id)).toEqual([]);
      } finally {
        env.app.clock.set(start.toISOString());
      }
    });
  });
});
