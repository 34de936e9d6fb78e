import { readModelsOf } from '../../../src/app/deps';
import { countCommands } from '../../helpers/command-counter';
import { givenWorkshop, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';
import { settleDeferredWrites } from '../../../src/db/deferred-writes';

const REGISTER = operation(`mutation RoundTripsRegister($input: RegisterInput!) { register(input: $input) { registrations { id status waitlistPosition } } }`);
const CANCEL = operation(`mutation RoundTripsCancel($id: ID!) { cancelRegistration(input: { id: $id }) { registration { id status } } }`);
const APPROVE = operation(`mutation RoundTripsApprove($id: ID!) { approveRegistration(input: { id: $id }) { registration { id status } } }`);

/** Database round trips per seat operation, printed for the notes and bounded so they cannot creep. */
describe('seat engine round trips', () => {
  const env = useNetworkApp();
  const client = () => env.db.current.connection.getClient();
  const register = (workshopId: string, emails: string[]) =>
    graphql(
      env.app.url,
      REGISTER,
      {
        input: { workshopId, participants: emails.map((email) => ({ name: email, email })) },
      },
      { token: env.network.tokens.coordinator },
    );

  it('counts register, cancelRegistration with a promotion, and approveRegistration', async () => {
    const workshop = await givenWorkshop(env.db.current, { capacity: 1 });
    const id = String(workshop._id);
    // The read models catch up on the fixtures' writes here, not inside the counted operations.
    const caughtUp = () => Promise.all(readModelsOf(env.app.deps).map((model) => model.current()));
    await settleDeferredWrites(env.db.current);
    await caughtUp();
    // A registration's deferred settle is part of its cost.
    const settled = async <T>(work: Promise<T>) => {
      const result = await work;
      await settleDeferredWrites(env.db.current);
      return result;
    };
    const first = await countCommands(client(), () => settled(register(id, ['trips-1@example.org'])));
    const waitlisted = await countCommands(client(), () => settled(register(id, ['trips-2@example.org'])));
    const regs = await env.db.current.models.Registration.find({ workshopId: workshop._id }).sort({ registeredAt: 1, _id: 1 }).lean();
    const confirmed = regs.find((r) => r.status === 'CONFIRMED')!;
    const cancel = await countCommands(client(), () => graphql(env.app.url, CANCEL, { id: String(confirmed._id) }, { token: env.network.tokens.coordinator }));
    const approval = await givenWorkshop(env.db.current, { capacity: 5, requiresApproval: true });
    const pending = (await register(String(approval._id), ['trips-3@example.org'])).data!.register.registrations[0]!;
    await settleDeferredWrites(env.db.current);
    await caughtUp();
    const approve = await countCommands(client(), () => graphql(env.app.url, APPROVE, { id: pending.id }, { token: env.network.tokens.staff }));
    const figures = { registerConfirmed: first.count, registerWaitlisted: waitlisted.count, cancelWithPromotion: cancel.count, approve: approve.count };
    console.log(
      `seat engine round trips: ${JSON.stringify(figures)}\n${JSON.stringify({ register: first.commands, cancel: cancel.commands, approve: approve.commands }, null, 1)}`,
    );
    // Ceilings a little above this engine's figures (event subscribers add one or two, unevenly);
    // a change that adds round trips to the engine fails here. Settling reads the seating in
    // memory: a look at the change log and a point read of each changed registration, where it
    // used to scan the registrations once (one or two commands more, none that grows with the
    // collection: measured 19, 21, 28-29 and 18-19 where the scan gave 18, 19, 26 and 16-17; with
    // the sign-in and the read models proved from one read of one log, 14, 16, 21 and 13).
    expect(figures.registerConfirmed).toBeLessThanOrEqual(17);
    expect(figures.registerWaitlisted).toBeLessThanOrEqual(19);
    expect(figures.cancelWithPromotion).toBeLessThanOrEqual(25);
    expect(figures.approve).toBeLessThanOrEqual(16);
    // A new registration is the last document of its collection, where a point read costs the
    // most on FerretDB's SQLite: registering reads none back (its notification takes the copy the
    // write left in this process: registrations/recent-registrations.ts).
    expect(first.commands.filter((command) => command.startsWith('find registrations'))).toEqual([]);
    expect((await env.db.current.models.Registration.findById(regs.find((r) => r.status === 'WAITLISTED')!._id).lean())?.status).toBe('CONFIRMED');
  });
});
