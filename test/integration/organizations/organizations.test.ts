import { systemClock } from '../../../src/clock';
import { releaseClaim } from '../../../src/db/claims';
import { claimSecretariat, createSecretariat, SECRETARIAT_CLAIM } from '../../../src/modules/organizations/secretariat';
import { countCommands } from '../../helpers/command-counter';
import { createTestDatabase, dropTestDatabase } from '../../helpers/database';
import { givenOrganization, givenUser, signInAs, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import type { CreateOrganizationInput, OrganizationKind, OrganizationsListQuery } from '../../gql/graphql';
import { errorCodes, graphql, type GraphQLResponse } from '../../helpers/graphql';

const CREATE = operation(`mutation OrganizationsCreate($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { organization { id name kind country region membershipStatus topics languages website contactEmail statusHistory { from to } } }
}`);
const UPDATE = operation(`mutation OrganizationsUpdate($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) { organization { id name country region website contactEmail topics } }
}`);
const LIST = operation(`query OrganizationsList($filter: OrganizationFilter, $first: Int, $after: String) {
  organizations(filter: $filter, first: $first, after: $after) { edges { cursor node { id name country region } } pageInfo { hasNextPage endCursor } }
}`);

describe('organisations', () => {
  const env = useNetworkApp();

  describe('createOrganization', () => {
    it('creates a member group as an applicant, with the region derived from the country', async () => {
      const response = await graphql(
        env.app.url,
        CREATE,
        {
          input: {
            name: '  Protección Infantil Bolivia ',
            kind: 'MEMBER_GROUP',
            country: 'bo',
            topics: ['ONLINE_SEXUAL_EXPLOITATION', 'ONLINE_SEXUAL_EXPLOITATION'],
            languages: ['es-bo', 'qu'],
            website: 'https://proteccion.example.org',
            contactEmail: 'Info@Proteccion.example.org',
          },
        },
        { token: env.network.tokens.staff },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.createOrganization.organization).toEqual({
        id: expect.any(String),
        name: 'Protección Infantil Bolivia',
        kind: 'MEMBER_GROUP',
        country: 'BO',
        region: 'AMERICAS',
        membershipStatus: 'APPLICANT',
        topics: ['ONLINE_SEXUAL_EXPLOITATION'],
        languages: ['es-BO', 'qu'],
        website: 'https://proteccion.example.org',
        contactEmail: 'info@proteccion.example.org',
        statusHistory: [{ from: null, to: 'APPLICANT' }],
      });
    });

    it.each([
      ['a bad country', { country: 'XX' }, 'country'],
      ['a three-letter country', { country: 'KEN' }, 'country'],
      ['an unknown region', { region: 'ATLANTIS' }, 'region'],
      ['an unknown topic', { topics: ['CATS'] }, 'topics.0'],
      ['a bad language tag', { languages: ['english!'] }, 'languages.0'],
      ['a huge name', { name: 'x'.repeat(201) }, 'name'],
      ['a one-letter name', { name: ' x ' }, 'name'],
      ['a javascript: website', { website: 'javascript:alert(1)' }, 'website'],
      ['a bad email', { contactEmail: 'not-an-email' }, 'contactEmail'],
      ['a status for a partner', { kind: 'PARTNER', membershipStatus: 'MEMBER' }, 'membershipStatus'],
    ])('refuses %s with BAD_USER_INPUT naming the field, storing nothing', async (_name, change, field) => {
      const before = await env.db.current.models.Organization.countDocuments({});
      const response = await graphql(
        env.app.url,
        CREATE,
        { input: { name: 'Valid Name', kind: 'MEMBER_GROUP', country: 'KE', ...(change as Partial<CreateOrganizationInput>) } },
        { token: env.network.tokens.admin },
      );
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.field).toBe(field);
      expect(await env.db.current.models.Organization.countDocuments({})).toBe(before);
    });

    it('refuses an unknown enum value before it reaches the service', async () => {
      const response = await graphql(
        env.app.url,
        CREATE,
        { input: { name: 'Valid Name', kind: 'CLUB' as OrganizationKind, country: 'KE' } },
        { token: env.network.tokens.admin },
      );
      expect(response.status).toBe(400);
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    });

    it('refuses a second Secretariat', async () => {
      const answers = await Promise.all(
        [1, 2, 3].map((n) =>
          graphql(env.app.url, CREATE, { input: { name: `Secretariat ${n}`, kind: 'SECRETARIAT', country: 'TH' } }, { token: env.network.tokens.admin }),
        ),
      );
      // The fixture network already has its Secretariat.
      expect(answers.map((a) => errorCodes(a)[0])).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);
      expect(await env.db.current.models.Organization.countDocuments({ kind: 'SECRETARIAT' })).toBe(1);
    });

    it('allows only one Secretariat, even when two are created at once', async () => {
      const database = await createTestDatabase(); // a network without one yet
      try {
        const deps = { database, clock: systemClock };
        // The race itself: the second creation checks after the first checked, before it wrote.
        await claimSecretariat(deps, new Date());
        expect(await database.models.Organization.exists({ kind: 'SECRETARIAT' })).toBeNull();
        await expect(claimSecretariat(deps, new Date())).rejects.toMatchObject({ code: 'CONFLICT' });
        await releaseClaim(database.db, SECRETARIAT_CLAIM);
        // And the whole creation, three at once: exactly one lands.
        const outcomes = await Promise.allSettled([1, 2, 3].map((n) => createSecretariat(deps, { name: `Secretariat ${n}` })));
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        expect(outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason.code)).toEqual(['CONFLICT', 'CONFLICT']);
        expect(await database.models.Organization.countDocuments({ kind: 'SECRETARIAT' })).toBe(1);
      } finally {
        await dropTestDatabase(database);
      }
    });

    it('is for the Secretariat only', async () => {
      for (const token of [env.network.tokens.coordinator, env.network.tokens.member]) {
        const response = await graphql(env.app.url, CREATE, { input: { name: 'Sneaky', kind: 'MEMBER_GROUP', country: 'KE' } }, { token });
        expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      }
      expect(errorCodes(await graphql(env.app.url, CREATE, { input: { name: 'Sneaky', kind: 'MEMBER_GROUP', country: 'KE' } }))).toEqual(['UNAUTHENTICATED']);
      expect(await env.db.current.models.Organization.countDocuments({ name: 'Sneaky' })).toBe(0);
    });
  });

  describe('partner organisations', () => {
    it('show their people only their own organisation and the Secretariat', async () => {
      const partner = await givenOrganization(env.db.current, { kind: 'PARTNER', name: 'Regional Liaison Office', country: 'TH' });
      const person = await givenUser(env.db.current, { role: 'MEMBER', organizationId: partner._id });
      const token = await signInAs(env.app.url, person.email);
      const listed = await graphql(env.app.url, LIST, { first: 100 }, { token });
      expect(listed.data?.organizations.edges.map((e) => e.node.name).sort()).toEqual(['International Secretariat', 'Regional Liaison Office']);
      const hidden = await graphql(
        env.app.url,
        operation(`query OrganizationsOrganization($id: ID!) { organization(id: $id) { id } }`),
        { id: String(env.network.group._id) },
        { token },
      );
      expect(errorCodes(hidden)).toEqual(['NOT_FOUND']);
    });
  });

  describe('updateOrganization', () => {
    it('changes only the given fields, clears optional ones with null, and re-derives the region', async () => {
      const org = await givenOrganization(env.db.current, { name: 'Old Name', country: 'KE' });
      await env.db.current.models.Organization.updateOne({ _id: org._id }, { $set: { website: 'https://old.example.org', topics: ['ACCESS_TO_JUSTICE'] } });
      const response = await graphql(
        env.app.url,
        UPDATE,
        { input: { id: String(org._id), name: 'New Name', country: 'FR', website: null } },
        { token: env.network.tokens.admin },
      );
      expect(response.data?.updateOrganization.organization).toEqual({
        id: String(org._id),
        name: 'New Name',
        country: 'FR',
        region: 'EUROPE',
        website: null,
        contactEmail: null,
        topics: ['ACCESS_TO_JUSTICE'],
      });
    });

    it.each([
      ['a malformed id', 'not-an-id', 'BAD_USER_INPUT'],
      ['an unknown id', '0123456789abcdef01234567', 'NOT_FOUND'],
    ])('answers %s with %s', async (_name, id, code) => {
      expect(errorCodes(await graphql(env.app.url, UPDATE, { input: { id, name: 'X Y' } }, { token: env.network.tokens.admin }))).toEqual([code]);
    });

    it('refuses to clear a required field', async () => {
      const org = await givenOrganization(env.db.current);
      const response = await graphql(env.app.url, UPDATE, { input: { id: String(org._id), name: null } }, { token: env.network.tokens.admin });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('organization and organizations', () => {
    it('finds by id; NOT_FOUND for an unknown one; BAD_USER_INPUT for a malformed one', async () => {
      const query = operation(`query OrganizationsById($id: ID!) { organization(id: $id) { id name } }`);
      const ok = await graphql(env.app.url, query, { id: String(env.network.group._id) }, { token: env.network.tokens.member });
      expect(ok.data).toEqual({ organization: { id: String(env.network.group._id), name: 'Safe Childhood Kenya' } });
      expect(errorCodes(await graphql(env.app.url, query, { id: '0123456789abcdef01234567' }, { token: env.network.tokens.member }))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await graphql(env.app.url, query, { id: '{"$gt":""}' }, { token: env.network.tokens.member }))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await graphql(env.app.url, query, { id: String(env.network.group._id) }))).toEqual(['UNAUTHENTICATED']);
    });

    it('pages through every organisation in name order, each exactly once', async () => {
      // Written in the order a reader expects (case and accents aside), stored in another.
      const expected = ['Alpha Pageorder', 'beta Pageorder', 'Émile Pageorder', 'Émilie Pageorder', 'ñandú Pageorder', 'Oasis Pageorder', 'Zeta Pageorder'];
      for (const name of [...expected].reverse()) await givenOrganization(env.db.current, { name });
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const response: GraphQLResponse<OrganizationsListQuery> = await graphql(
          env.app.url,
          LIST,
          { first: 3, after, filter: { text: 'pageorder' } },
          { token: env.network.tokens.member },
        );
        const connection = response.data!.organizations;
        seen.push(...connection.edges.map((e) => e.node.name));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(seen).toEqual(expected);
    });

    it('filters by region, country, status, topic and text (accents and case ignored)', async () => {
      await givenOrganization(env.db.current, {
        name: 'Niños Seguros Perú',
        country: 'PE',
        region: 'AMERICAS',
        topics: ['EXPLOITATION_IN_TRAVEL_AND_TOURISM'],
      });
      await givenOrganization(env.db.current, { name: 'Coalition Togo', country: 'TG', region: 'AFRICA', membershipStatus: 'SUSPENDED' });
      const names = async (filter: Record<string, unknown>) => {
        const response = await graphql(env.app.url, LIST, { filter, first: 100 }, { token: env.network.tokens.member });
        expect(response.errors).toBeUndefined();
        return response.data!.organizations.edges.map((e) => e.node.name);
      };
      expect(await names({ text: 'ninos peru' })).toEqual(['Niños Seguros Perú']);
      expect(await names({ text: 'PÉROU' })).toEqual(['Niños Seguros Perú']); // the country's French name
      expect(await names({ country: 'pe' })).toEqual(['Niños Seguros Perú']);
      expect(await names({ region: 'AMERICAS', topic: 'EXPLOITATION_IN_TRAVEL_AND_TOURISM' })).toEqual(['Niños Seguros Perú']);
      expect(await names({ membershipStatus: 'SUSPENDED' })).toEqual(['Coalition Togo']);
      expect(await names({ text: '.*' })).toEqual([]);
      expect(await names({ kind: 'SECRETARIAT' })).toEqual(['International Secretariat']);
    });

    it.each([
      ['first over 100', { first: 101 }, 'first'],
      ['first of 0', { first: 0 }, 'first'],
      ['a forged cursor', { after: 'bm90LWEtY3Vyc29y' }, 'after'],
      ['a huge search', { filter: { text: 'x'.repeat(201) } }, 'filter.text'],
    ])('refuses %s', async (_name, variables, field) => {
      const response = await graphql(env.app.url, LIST, variables, { token: env.network.tokens.member });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.field).toBe(field);
    });

    it('answers a page with one command whatever its size, users and their organisations included', async () => {
      // The first read after the writes applies them to the directory in memory; the count starts after it.
      await graphql(env.app.url, LIST, { first: 1 }, { token: env.network.tokens.member });
      const small = await countCommands(env.db.current.client, () => graphql(env.app.url, LIST, { first: 2 }, { token: env.network.tokens.member }));
      const large = await countCommands(env.db.current.client, () => graphql(env.app.url, LIST, { first: 50 }, { token: env.network.tokens.member }));
      // One look at the change log proves the session, the account and the directory in memory
      // current for the whole request: the reader's own organisation (partners see less), the page
      // and every user's organisation come from it
      expect(small.commands).toEqual(['find changes']);
      expect(large.count).toBe(small.count);
      const bySecretariat = await countCommands(env.db.current.client, () => graphql(env.app.url, LIST, { first: 50 }, { token: env.network.tokens.staff }));
      expect(bySecretariat.commands).toEqual(['find changes']);
    });
  });
});
