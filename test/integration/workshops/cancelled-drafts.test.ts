import { useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import { errorCodes, graphql } from '../../helpers/graphql';

const CREATE = operation(`mutation CancelledDraftsCreate($input: CreateWorkshopInput!) { createWorkshop(input: $input) { workshop { id } } }`);
const PUBLISH = operation(`mutation CancelledDraftsPublish($id: ID!) { publishWorkshop(input: { id: $id }) { workshop { id } } }`);
const CANCEL = operation(
  `mutation CancelledDraftsCancel($id: ID!) { cancelWorkshop(input: { id: $id, reason: "Safeguarding concern at the venue." }) { workshop { id status } } }`,
);
const READ = operation(`query CancelledDraftsRead($id: ID!) { workshop(id: $id) { id description venue { address } cancellationReason } }`);
const CANCELLED = operation(`query CancelledDraftsCancelled { workshops(filter: { status: CANCELLED }) { edges { node { id } } } }`);

describe("a draft cancelled before it was published stays the Secretariat's", () => {
  const env = useNetworkApp();
  let draft: string;
  let published: string;

  const create = async (title: string) => {
    const created = await graphql(
      env.app.url,
      CREATE,
      {
        input: {
          kind: 'WORKSHOP',
          title,
          description: 'Internal planning notes',
          format: 'IN_PERSON',
          timeZone: 'Africa/Nairobi',
          venue: { name: 'Safe house', address: '12 Hidden Road', city: 'Nairobi', country: 'KE' },
          startsAt: '2026-06-01T09:00:00+03:00',
          endsAt: '2026-06-01T17:00:00+03:00',
          capacity: 10,
        },
      },
      { token: env.network.tokens.admin },
    );
    expect(created.errors).toBeUndefined();
    return created.data!.createWorkshop.workshop.id;
  };

  beforeAll(async () => {
    draft = await create('Never published');
    published = await create('Published, then cancelled');
    expect((await graphql(env.app.url, PUBLISH, { id: published }, { token: env.network.tokens.admin })).errors).toBeUndefined();
    for (const id of [draft, published]) expect((await graphql(env.app.url, CANCEL, { id }, { token: env.network.tokens.admin })).errors).toBeUndefined();
  });

  it.each(['anonymous', 'member', 'coordinator'] as const)(
    'answers NOT_FOUND to %s for the cancelled draft and leaves it out of the CANCELLED list',
    async (caller) => {
      const token = caller === 'anonymous' ? undefined : env.network.tokens[caller];
      const read = await graphql(env.app.url, READ, { id: draft }, { token });
      expect(errorCodes(read)).toEqual(['NOT_FOUND']);
      expect(JSON.stringify(read)).not.toContain('Hidden Road');
      const listed = await graphql(env.app.url, CANCELLED, {}, { token });
      expect(listed.data!.workshops.edges.map((e) => e.node.id)).toEqual([published]);
      // A cancelled workshop that had been published stays on the record.
      expect((await graphql(env.app.url, READ, { id: published }, { token })).errors).toBeUndefined();
    },
  );

  it('shows the Secretariat both', async () => {
    expect((await graphql(env.app.url, READ, { id: draft }, { token: env.network.tokens.staff })).errors).toBeUndefined();
    const listed = await graphql(env.app.url, CANCELLED, {}, { token: env.network.tokens.staff });
    expect(listed.data!.workshops.edges.map((e) => e.node.id).sort()).toEqual([draft, published].sort());
  });
});
