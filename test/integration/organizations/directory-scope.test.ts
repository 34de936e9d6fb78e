import { givenOrganization, givenUser, signInAs, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';

const RESOURCES = operation(
  `query DirectoryScopeResources { resources(first: 20) { edges { node { id organization { id name contactEmail statusHistory { reason } } } } } }`,
);
const ORGANIZATION = operation(`query DirectoryScopeOrganization($id: ID!) { organization(id: $id) { id statusHistory { to reason } } }`);
const SUSPEND = operation(`mutation DirectoryScopeSuspend($input: SuspendOrganizationInput!) { suspendOrganization(input: $input) { organization { id } } }`);

describe('the member directory and its notes stay where the organisations policy puts them', () => {
  const env = useNetworkApp();

  it('does not show a partner the sharing member group through Resource.organization', async () => {
    await env.db.current.models.Organization.updateOne({ _id: env.network.group._id }, { $set: { contactEmail: 'director@group.example.org' } });
    const resource = await env.db.current.models.Resource.create({
      title: 'Network toolkit',
      kind: 'TOOLKIT',
      visibility: 'NETWORK',
      languages: ['en'],
      organizationId: env.network.group._id,
      createdBy: env.network.people.coordinator._id,
    });
    const partner = await givenOrganization(env.db.current, { kind: 'PARTNER', name: 'A Partner' });
    const partnerToken = await signInAs(env.app.url, (await givenUser(env.db.current, { role: 'GROUP_COORDINATOR', organizationId: partner._id })).email);

    const asPartner = await graphql(env.app.url, RESOURCES, {}, { token: partnerToken });
    expect(asPartner.errors).toBeUndefined();
    const seen = asPartner.data!.resources.edges.find((e) => e.node.id === String(resource._id))!;
    expect(seen.node.organization).toBeNull();
    expect(JSON.stringify(asPartner.data)).not.toContain('director@group.example.org');
    // A member group's people see the directory, as the organisations policy says.
    const asMember = await graphql(env.app.url, RESOURCES, {}, { token: env.network.tokens.member });
    expect(asMember.data!.resources.edges.find((e) => e.node.id === String(resource._id))!.node.organization).toMatchObject({
      id: String(env.network.group._id),
    });
  });

  it('shows suspension reasons to the Secretariat only', async () => {
    const group = await givenOrganization(env.db.current, { name: 'Group Under Review' });
    const suspended = await graphql(
      env.app.url,
      SUSPEND,
      { input: { id: String(group._id), reason: 'safeguarding investigation' } },
      { token: env.network.tokens.admin },
    );
    expect(suspended.errors).toBeUndefined();
    for (const caller of ['member', 'coordinator'] as const) {
      const read = await graphql(env.app.url, ORGANIZATION, { id: String(group._id) }, { token: env.network.tokens[caller] });
      expect(read.data!.organization!.statusHistory.at(-1)).toEqual({ to: 'SUSPENDED', reason: null });
    }
    const asStaff = await graphql(env.app.url, ORGANIZATION, { id: String(group._id) }, { token: env.network.tokens.staff });
    expect(asStaff.data!.organization!.statusHistory.at(-1)).toEqual({ to: 'SUSPENDED', reason: 'safeguarding investigation' });
  });
});
