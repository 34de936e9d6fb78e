import { queueDailyDigests } from '../../../src/modules/notifications/digest.service';
import { givenRegistration, givenWorkshop } from '../../helpers/fixtures';
import { deliverAll, useMailApp } from '../../helpers/notifications';

describe("the Secretariat's daily digest", () => {
  const env = useMailApp();

  it('goes once a day at 07:00 in each reader zone, with counts and no participant names', async () => {
    // Nothing new and nothing waiting: no digest at all.
    env.app.clock.set('2026-03-01T05:00:00Z'); // 08:00 in Nairobi
    expect(await queueDailyDigests(env.app.deps)).toBe(0);

    const workshop = await givenWorkshop(env.db.current, { title: 'Digest workshop', requiresApproval: true });
    await givenRegistration(env.db.current, {
      workshopId: workshop._id,
      organizationId: env.network.group._id,
      status: 'PENDING_APPROVAL',
      email: 'secret-person@example.org',
    });
    await env.db.current.models.User.updateOne({ _id: env.network.people.staff._id }, { $set: { timeZone: 'America/Lima', language: 'es' } });

    env.app.clock.set('2026-03-02T03:59:00Z'); // 06:59 in Nairobi, 22:59 in Lima
    expect(await queueDailyDigests(env.app.deps)).toBe(0);
    env.app.clock.set('2026-03-02T04:00:00Z'); // 07:00 in Nairobi: the admin's digest
    expect(await queueDailyDigests(env.app.deps)).toBe(1);
    expect(await queueDailyDigests(env.app.deps)).toBe(0); // the job runs every 15 minutes: still one
    env.app.clock.set('2026-03-02T12:00:00Z'); // 07:00 in Lima: the staff member's, in Spanish
    expect(await queueDailyDigests(env.app.deps)).toBe(1);

    await deliverAll(env.app.deps);
    expect(env.sink.messages.map((m) => m.subject).sort()).toEqual([
      'Daily digest: 0 new registrations, 1 awaiting approval',
      'Resumen diario: 0 inscripciones nuevas, 1 por aprobar',
    ]);
    expect(env.sink.messages.every((m) => !m.text?.includes('secret-person'))).toBe(true);
    expect(env.sink.messages[0]!.text).toContain('Digest workshop');
    env.app.clock.set('2026-03-01T09:00:00Z');
  });
});
