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
      const left = (await env.db.current.db.collection('claims').find({ _id: { $regex: `^ws:${id}:(seat|person):` } } as never).toArray()).map((c) => c._id);
      expect(left).toHaveLength(2); // the kept registration's seat and person claims
      expect(left).not.toContain(ghostSeat);
      expect(left).toContain(kept?.seatClaim);
      expect(left).not.toContain(`ws:${id}:person:ghost`);
    } finally {
      env.app.clock.advance(-11 * 60_000);
    }
  });
});
