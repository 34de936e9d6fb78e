import { givenOrganization, givenRegistration, givenUser, givenWorkshop, signInAs, useNetworkApp } from '../../helpers/fixtures';
import type { WorkshopDoc } from '../../../src/modules/workshops/workshop.model';
import { operation } from '../../gql';
import { errorCodes, graphql } from '../../helpers/graphql';
import { createResource, pdfBytes, storedFileCounts, upload } from './resource-fixtures';

const LINK = operation(`mutation SharingRightsLink($input: LinkResourceInput!) { linkResource(input: $input) { resource { id workshops { id } } } }`);
const UPDATE = operation(`mutation SharingRightsUpdate($input: UpdateResourceInput!) { updateResource(input: $input) { resource { id title } } }`);
const CREATE = operation(`mutation SharingRightsCreate($input: CreateResourceInput!) { createResource(input: $input) { resource { id } } }`);
const WORKSHOP_RESOURCES = operation(`query SharingRightsWorkshopResources($id: ID!) { workshop(id: $id) { resources { id } } }`);

describe('who may put material on a workshop', () => {
  const env = useNetworkApp();

  it('refuses a coordinator whose group neither organises the workshop nor has people in it', async () => {
    const workshop = await givenWorkshop(env.db.current, { title: "Another group's workshop" });
    const phishing = await createResource(env.app.url, env.network.tokens.coordinator, {
      kind: 'LINK',
      externalUrl: 'https://phish.example.net/login',
      visibility: 'PUBLIC',
    });
    const refused = await graphql(
      env.app.url,
      LINK,
      { input: { resourceId: phishing, workshopId: String(workshop._id) } },
      { token: env.network.tokens.coordinator },
    );
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(await env.db.current.models.ResourceLink.countDocuments({ workshopId: workshop._id })).toBe(0);
    // Nor through createResource's workshopIds.
    const created = await graphql(
      env.app.url,
      CREATE,
      {
        input: {
          title: 'Sneaky',
          kind: 'LINK',
          externalUrl: 'https://phish.example.net/2',
          visibility: 'PUBLIC',
          languages: ['en'],
          workshopIds: [String(workshop._id)],
        },
      },
      { token: env.network.tokens.coordinator },
    );
    expect(errorCodes(created)).toEqual(['FORBIDDEN']);
    const page = await graphql(env.app.url, WORKSHOP_RESOURCES, { id: String(workshop._id) });
    expect(page.data!.workshop!.resources).toEqual([]);
  });

  it("lets a group with people in the workshop link its material, for the page only: the follow-up email is the Secretariat's choice", async () => {
    const workshop = await givenWorkshop(env.db.current);
    await givenRegistration(env.db.current, { workshopId: workshop._id, organizationId: env.network.group._id });
    const toolkit = await createResource(env.app.url, env.network.tokens.coordinator, { visibility: 'PUBLIC' });
    const input = { resourceId: toolkit, workshopId: String(workshop._id) };
    expect(errorCodes(await graphql(env.app.url, LINK, { input: { ...input, inFollowUp: true } }, { token: env.network.tokens.coordinator }))).toEqual([
      'FORBIDDEN',
    ]);
    expect((await graphql(env.app.url, LINK, { input }, { token: env.network.tokens.coordinator })).errors).toBeUndefined();
    const page = await graphql(env.app.url, WORKSHOP_RESOURCES, { id: String(workshop._id) });
    expect(page.data!.workshop!.resources).toEqual([{ id: toolkit }]);
    const link = await env.db.current.models.ResourceLink.findById(`res:${toolkit}:ws:${String(workshop._id)}`).lean();
    expect(link?.inFollowUp).toBe(false);
    // The Secretariat chooses it for the follow-up by linking it again.
    expect((await graphql(env.app.url, LINK, { input: { ...input, inFollowUp: true } }, { token: env.network.tokens.staff })).errors).toBeUndefined();
    expect((await env.db.current.models.ResourceLink.findById(link!._id).lean())?.inFollowUp).toBe(true);
  });

  it('lets a group whose facilitator helps run the workshop link material', async () => {
    const facilitator = env.network.people.member;
    const workshop = await givenWorkshop(env.db.current, {
      facilitators: [{ name: 'Facilitator', organization: null, userId: facilitator._id }] as unknown as WorkshopDoc['facilitators'],
    });
    const toolkit = await createResource(env.app.url, env.network.tokens.coordinator);
    expect(
      (await graphql(env.app.url, LINK, { input: { resourceId: toolkit, workshopId: String(workshop._id) } }, { token: env.network.tokens.coordinator }))
        .errors,
    ).toBeUndefined();
  });
});

describe('applicant and suspended groups cannot share', () => {
  const env = useNetworkApp();

  it.each(['SUSPENDED', 'APPLICANT'] as const)(
    "refuses a %s group's coordinator linkResource, though it has people in the workshop",
    async (membershipStatus) => {
      const group = await givenOrganization(env.db.current, { name: `Linking group ${membershipStatus}` });
      const coordinator = await givenUser(env.db.current, { role: 'GROUP_COORDINATOR', organizationId: group._id });
      const token = await signInAs(env.app.url, coordinator.email);
      const toolkit = await createResource(env.app.url, token, { visibility: 'PUBLIC' });
      const workshop = await givenWorkshop(env.db.current);
      await givenRegistration(env.db.current, { workshopId: workshop._id, organizationId: group._id });
      await env.db.current.models.Organization.updateOne({ _id: group._id }, { $set: { membershipStatus } });

      const linked = await graphql(env.app.url, LINK, { input: { resourceId: toolkit, workshopId: String(workshop._id) } }, { token });
      expect(errorCodes(linked)).toEqual(['FORBIDDEN']);
      expect(await env.db.current.models.ResourceLink.countDocuments({ resourceId: toolkit })).toBe(0);
    },
  );

  it.each(['SUSPENDED', 'APPLICANT'] as const)("refuses a %s group's coordinator createResource, updateResource and POST /files", async (membershipStatus) => {
    const group = await givenOrganization(env.db.current, { name: `Group ${membershipStatus}` });
    const coordinator = await givenUser(env.db.current, { role: 'GROUP_COORDINATOR', organizationId: group._id });
    const token = await signInAs(env.app.url, coordinator.email);
    // Shared while the group was a member ...
    const earlier = await createResource(env.app.url, token);
    await env.db.current.models.Organization.updateOne({ _id: group._id }, { $set: { membershipStatus } });
    const before = await env.db.current.models.Resource.countDocuments({});
    const files = await storedFileCounts(env.db.current);

    const created = await graphql(env.app.url, CREATE, { input: { title: 'New', kind: 'REPORT', visibility: 'NETWORK', languages: ['en'] } }, { token });
    expect(errorCodes(created)).toEqual(['FORBIDDEN']);
    const updated = await graphql(env.app.url, UPDATE, { input: { id: earlier, title: 'Changed' } }, { token });
    expect(errorCodes(updated)).toEqual(['FORBIDDEN']);
    const uploaded = await upload(env.app.url, token, earlier, pdfBytes(2_000), 'report.pdf', { type: 'application/pdf' });
    expect(uploaded.status).toBe(403);
    expect(uploaded.body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    expect(await env.db.current.models.Resource.countDocuments({})).toBe(before);
    expect(await storedFileCounts(env.db.current)).toEqual(files);
    expect((await env.db.current.models.Resource.findById(earlier).lean())?.title).not.toBe('Changed');
  });
});
