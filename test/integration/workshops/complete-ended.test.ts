import { completeEndedWorkshopsJob } from '../../../src/modules/workshops/jobs/complete-ended.job';
import { holdAt } from '../../../src/db/race-points';
import { givenWorkshop, useNetworkApp } from '../../helpers/fixtures';

// The `workshops/complete-ended` job (every 15 minutes): published workshops that have ended become COMPLETED.
describe('the complete-ended job', () => {
  const env = useNetworkApp();
  const completedEvents = () => {
    const seen: string[] = [];
    env.app.deps.events.on('workshop.completed', ({ workshopId }) => void seen.push(workshopId));
    return seen;
  };
  const run = () => completeEndedWorkshopsJob.handler({}, env.app.deps);
  const stateOf = async (id: unknown) => env.db.current.models.Workshop.findById(id).lean();

  it('completes published workshops that ended, once, and leaves every other one alone', async () => {
    const now = env.app.clock.now().getTime();
    const at = (hours: number) => new Date(now + hours * 3_600_000);
    const ended = await givenWorkshop(env.db.current, { startsAt: at(-5), endsAt: at(-1), registrationClosesAt: at(-5) });
    const running = await givenWorkshop(env.db.current, { startsAt: at(-1), endsAt: at(1), registrationClosesAt: at(-1) });
    const endedDraft = await givenWorkshop(env.db.current, { status: 'DRAFT', startsAt: at(-5), endsAt: at(-1), registrationClosesAt: at(-5) });
    const endedCancelled = await givenWorkshop(env.db.current, { status: 'CANCELLED', startsAt: at(-5), endsAt: at(-1), registrationClosesAt: at(-5) });
    const events = completedEvents();

    await run();
    expect(await stateOf(ended._id)).toMatchObject({ status: 'COMPLETED', completedAt: env.app.clock.now(), revision: (ended.revision ?? 0) + 1 });
    for (const other of [running, endedDraft, endedCancelled]) expect((await stateOf(other._id))?.status).toBe(other.status);
    expect(events).toEqual([String(ended._id)]);

    // Again: nothing left to do. Once the running one ends, it goes too.
    await run();
    expect(events).toEqual([String(ended._id)]);
    env.app.clock.advance(2 * 3_600_000);
    await run();
    expect((await stateOf(running._id))?.status).toBe('COMPLETED');
    expect(events).toEqual([String(ended._id), String(running._id)]);
  });

  it('completes each workshop once when two workers run it at the same time', async () => {
    const now = env.app.clock.now().getTime();
    const workshop = await givenWorkshop(env.db.current, {
      startsAt: new Date(now - 7_200_000),
      endsAt: new Date(now - 60_000),
      registrationClosesAt: new Date(now - 7_200_000),
    });
    const events = completedEvents();
    // The first worker is held between reading the workshop and writing it; the second runs through.
    const held = holdAt(env.db.current, 'workshop-revision', String(workshop._id));
    try {
      const first = run();
      await held.reached;
      await run();
      held.release();
      await first;
    } finally {
      held.release();
    }
    expect(await stateOf(workshop._id)).toMatchObject({ status: 'COMPLETED', revision: (workshop.revision ?? 0) + 1 });
    expect(events).toEqual([String(workshop._id)]);
  });
});
