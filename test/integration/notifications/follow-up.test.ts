import { fireDuePlans } from '../../../src/modules/notifications/planning.service';
import { givenRegistration, givenWorkshop } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';
import { deliverAll, useMailApp } from '../../helpers/notifications';
import { createResource, pdfBytes, upload } from '../resources/resource-fixtures';

const LINK = operation(`mutation FollowUpLink($input: LinkResourceInput!) { linkResource(input: $input) { resource { id } } }`);

describe('the follow-up after a workshop', () => {
  const env = useMailApp();

  it("sends participants the workshop's materials they may open, with working links, and nothing of the Secretariat's own", async () => {
    const workshop = await givenWorkshop(env.db.current, {
      title: 'Materials workshop',
      startsAt: new Date('2026-03-05T09:00:00Z'),
      registrationClosesAt: new Date('2026-03-04T09:00:00Z'),
    });
    const attended = await givenRegistration(env.db.current, { workshopId: workshop._id, organizationId: env.network.group._id, email: 'came@example.org' });
    await env.db.current.models.Registration.updateOne({ _id: attended._id }, { $set: { attended: true } });
    await givenRegistration(env.db.current, { workshopId: workshop._id, organizationId: env.network.group._id, email: 'away@example.org' }).then((r) =>
      env.db.current.models.Registration.updateOne({ _id: r._id }, { $set: { attended: false } }),
    );
    const staff = env.network.tokens.staff;
    const shared: Record<string, string> = {};
    for (const visibility of ['PUBLIC', 'PARTICIPANTS', 'SECRETARIAT'] as const) {
      const id = await createResource(env.app.url, staff, { title: `${visibility} toolkit`, visibility });
      expect((await upload(env.app.url, staff, id, pdfBytes(2_000), `${visibility.toLowerCase()}.pdf`, { type: 'application/pdf' })).status).toBe(201);
      expect((await graphql(env.app.url, LINK, { input: { resourceId: id, workshopId: String(workshop._id) } }, { token: staff })).errors).toBeUndefined();
      shared[visibility] = id;
    }
    // The follow-up is planned when the workshop is published; here, stored directly.
    await env.db.current.models.NotificationPlan.create({
      _id: `FOLLOW_UP:${String(workshop._id)}`,
      kind: 'FOLLOW_UP',
      workshopId: workshop._id,
      dueAt: new Date('2026-03-06T17:00:00Z'),
    });
    env.app.clock.set('2026-03-06T17:00:00Z');
    try {
      expect(await fireDuePlans(env.app.deps)).toEqual({ plans: 1, queued: 1 }); // not to the one who did not attend
      await deliverAll(env.app.deps);
      const mail = env.sink.messages.find((m) => m.subject === 'Thank you for joining Materials workshop')!;
      expect(mail.to).toMatchObject({ value: [{ address: 'came@example.org' }] });
      expect(mail.text).toContain('PUBLIC toolkit');
      expect(mail.text).toContain('PARTICIPANTS toolkit');
      expect(mail.text).not.toContain('SECRETARIAT toolkit');
      const links = [...mail.text!.matchAll(/<(http:\/\/localhost:\d+\/files\/[^>]+)>/g)].map((m) => m[1]!.replace(/^http:\/\/localhost:\d+/, env.app.url));
      expect(links).toHaveLength(2);
      expect(links.find((l) => l.includes(shared.PARTICIPANTS!))).toMatch(/sig=/);
      for (const link of links) {
        const response = await fetch(link);
        expect(response.status).toBe(200);
        expect(
          Buffer.from(await response.arrayBuffer())
            .subarray(0, 5)
            .toString(),
        ).toBe('%PDF-');
      }
    } finally {
      env.app.clock.set('2026-03-01T09:00:00Z');
    }
  });

  it("leaves a group's link out of the follow-up email unless the Secretariat chose it", async () => {
    const workshop = await givenWorkshop(env.db.current, {
      title: 'Group material workshop',
      startsAt: new Date('2026-03-05T09:00:00Z'),
      registrationClosesAt: new Date('2026-03-04T09:00:00Z'),
    });
    const attended = await givenRegistration(env.db.current, {
      workshopId: workshop._id,
      organizationId: env.network.group._id,
      email: 'came.again@example.org',
    });
    await env.db.current.models.Registration.updateOne({ _id: attended._id }, { $set: { attended: true } });
    const coordinator = env.network.tokens.coordinator;
    const groupLink = await createResource(env.app.url, coordinator, {
      title: 'Group external link',
      kind: 'LINK',
      externalUrl: 'https://example.net/group-page',
      visibility: 'PUBLIC',
    });
    expect(
      (await graphql(env.app.url, LINK, { input: { resourceId: groupLink, workshopId: String(workshop._id) } }, { token: coordinator })).errors,
    ).toBeUndefined();
    const chosen = await createResource(env.app.url, env.network.tokens.staff, {
      title: 'Secretariat external link',
      kind: 'LINK',
      externalUrl: 'https://example.org/chosen',
      visibility: 'PUBLIC',
    });
    expect(
      (await graphql(env.app.url, LINK, { input: { resourceId: chosen, workshopId: String(workshop._id) } }, { token: env.network.tokens.staff })).errors,
    ).toBeUndefined();
    await env.db.current.models.NotificationPlan.create({
      _id: `FOLLOW_UP:${String(workshop._id)}`,
      kind: 'FOLLOW_UP',
      workshopId: workshop._id,
      dueAt: new Date('2026-03-06T17:00:00Z'),
    });
    env.app.clock.set('2026-03-06T17:00:00Z');
    try {
      await fireDuePlans(env.app.deps);
      await deliverAll(env.app.deps);
      const mail = env.sink.messages.find((m) => m.subject === 'Thank you for joining Group material workshop')!;
      expect(mail.text).toContain('https://example.org/chosen');
      expect(mail.text).not.toContain('example.net/group-page');
    } finally {
      env.app.clock.set('2026-03-01T09:00:00Z');
    }
  });
});
