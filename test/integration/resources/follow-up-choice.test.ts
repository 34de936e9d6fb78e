import { fireDuePlans } from '../../../src/modules/notifications/planning.service';
import { givenRegistration, givenWorkshop } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';
import { deliverAll, useMailApp } from '../../helpers/notifications';
import { createResource, pdfBytes, upload } from './resource-fixtures';

const LINK = operation(`mutation FollowUpChoiceLink($input: LinkResourceInput!) { linkResource(input: $input) { resource { id } } }`);
const UPDATE = operation(`mutation FollowUpChoiceUpdate($input: UpdateResourceInput!) { updateResource(input: $input) { resource { id } } }`);

/**
 * The Secretariat chooses what goes into participants' follow-up email after looking at it. A
 * group that changes its chosen material afterwards (a new address, a new file, a new title) must
 * not slip the change into their inboxes: the change withdraws the choice until it is made again.
 */
describe('a group changing material the Secretariat chose for the follow-up', () => {
  const env = useMailApp();
  let day = 0;

  /** A workshop the coordinator's group attended, its follow-up due, and the mail it sends. */
  async function workshopWithFollowUp(title: string) {
    day += 1;
    const startsAt = new Date(Date.UTC(2026, 2, 4 + day * 3, 9));
    const workshop = await givenWorkshop(env.db.current, { title, startsAt, registrationClosesAt: new Date(startsAt.getTime() - 86_400_000) });
    const attended = await givenRegistration(env.db.current, {
      workshopId: workshop._id,
      organizationId: env.network.group._id,
      email: `came-${day}@example.org`,
    });
    await env.db.current.models.Registration.updateOne({ _id: attended._id }, { $set: { attended: true } });
    const dueAt = new Date(startsAt.getTime() + 36 * 3_600_000);
    await env.db.current.models.NotificationPlan.create({ _id: `FOLLOW_UP:${String(workshop._id)}`, kind: 'FOLLOW_UP', workshopId: workshop._id, dueAt });
    const followUpText = async () => {
      env.app.clock.set(dueAt.toISOString());
      try {
        await fireDuePlans(env.app.deps);
        await deliverAll(env.app.deps);
      } finally {
        env.app.clock.set('2026-03-01T09:00:00Z');
      }
      return env.sink.messages.find((m) => m.subject === `Thank you for joining ${title}`)!.text!;
    };
    return { workshopId: String(workshop._id), followUpText };
  }

  const link = async (token: string, resourceId: string, workshopId: string, inFollowUp?: boolean) =>
    expect(
      (await graphql(env.app.url, LINK, { input: { resourceId, workshopId, ...(inFollowUp === undefined ? {} : { inFollowUp }) } }, { token })).errors,
    ).toBeUndefined();

  it('leaves out a link whose address the group changed after the Secretariat chose it', async () => {
    const { workshopId, followUpText } = await workshopWithFollowUp('Address swap workshop');
    const coordinator = env.network.tokens.coordinator;
    const guide = await createResource(env.app.url, coordinator, {
      title: 'Group guide',
      kind: 'LINK',
      externalUrl: 'https://example.org/good-guide',
      visibility: 'PUBLIC',
    });
    await link(coordinator, guide, workshopId);
    await link(env.network.tokens.staff, guide, workshopId, true);
    const swapped = await graphql(env.app.url, UPDATE, { input: { id: guide, externalUrl: 'https://phish.example.net/login' } }, { token: coordinator });
    expect(swapped.errors).toBeUndefined();
    const text = await followUpText();
    expect(text).not.toContain('phish.example.net');
    expect(text).not.toContain('Group guide');
  });

  it('leaves out a file the group replaced after the Secretariat chose it', async () => {
    const { workshopId, followUpText } = await workshopWithFollowUp('File swap workshop');
    const coordinator = env.network.tokens.coordinator;
    const slides = await createResource(env.app.url, coordinator, { title: 'Group slides', visibility: 'PUBLIC' });
    expect((await upload(env.app.url, coordinator, slides, pdfBytes(2_000), 'slides.pdf', { type: 'application/pdf' })).status).toBe(201);
    await link(coordinator, slides, workshopId);
    await link(env.network.tokens.staff, slides, workshopId, true);
    expect((await upload(env.app.url, coordinator, slides, pdfBytes(3_000), 'slides-v2.pdf', { type: 'application/pdf' })).status).toBe(201);
    expect(await followUpText()).not.toContain('Group slides');
  });

  it('keeps the choice when the Secretariat itself edits, and when the group chose nothing new', async () => {
    const { workshopId, followUpText } = await workshopWithFollowUp('Kept choice workshop');
    const coordinator = env.network.tokens.coordinator;
    const guide = await createResource(env.app.url, coordinator, {
      title: 'Reviewed guide',
      kind: 'LINK',
      externalUrl: 'https://example.org/reviewed',
      visibility: 'PUBLIC',
    });
    await link(coordinator, guide, workshopId);
    await link(env.network.tokens.staff, guide, workshopId, true);
    expect(
      (await graphql(env.app.url, UPDATE, { input: { id: guide, externalUrl: 'https://example.org/reviewed-v2' } }, { token: env.network.tokens.staff }))
        .errors,
    ).toBeUndefined();
    const text = await followUpText();
    expect(text).toContain('Reviewed guide');
    expect(text).toContain('https://example.org/reviewed-v2');
  });
});
