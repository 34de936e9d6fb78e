import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import { reconcileResources } from '../../../src/modules/resources/reconcile.service';
import { countCommands } from '../../helpers/command-counter';
import { givenOrganization, givenRegistration, givenUser, givenWorkshop, signInAs, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import type { CreateResourceInput, ResourceFilter } from '../../gql/graphql';
import { errorCodes, graphql } from '../../helpers/graphql';
import { waitFor } from '../../helpers/wait';
import { createResource, pdfBytes, upload } from './resource-fixtures';

const RESOURCE =
  operation(`query ResourcesResource($id: ID!) { resource(id: $id) { id title description kind visibility topics languages regions countries archived
  organization { id } workshops { id } externalUrl downloadCount viewerCanManage
  versions { number language filename contentType size sha256 downloadUrl } } }`);
const LIST = operation(`query ResourcesList($filter: ResourceFilter, $sort: ResourceSort, $first: Int, $after: String) {
  resources(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount edges { cursor node { id title } } pageInfo { hasNextPage endCursor } } }`);
const UPDATE = operation(
  `mutation ResourcesUpdate($input: UpdateResourceInput!) { updateResource(input: $input) { resource { id title topics languages kind externalUrl } } }`,
);

type ListAnswer = {
  resources: { totalCount: number; edges: { node: { id: string; title: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};

// Resources through GraphQL (and /files where visibility matters), against the real database.
describe('resources', () => {
  const env = useNetworkApp();
  const url = () => env.app.url;
  const tokens = () => env.network.tokens;

  describe('sharing and editing', () => {
    it('creates a resource with its metadata, normalised', async () => {
      const workshop = await givenWorkshop(env.db.current);
      // A group links material only to workshops it has people in (or organises).
      await givenRegistration(env.db.current, { workshopId: workshop._id, organizationId: env.network.group._id });
      const create = await graphql(
        url(),
        operation(
          `mutation ResourcesCreateResource($input: CreateResourceInput!) { createResource(input: $input) { resource { id title kind visibility topics languages regions countries organization { id } workshops { id } versions { number } } } }`,
        ),
        {
          input: {
            title: '  Child safeguarding toolkit  ',
            description: 'For community workers.',
            kind: 'TOOLKIT',
            visibility: 'NETWORK',
            topics: ['ONLINE_SEXUAL_EXPLOITATION', 'ONLINE_SEXUAL_EXPLOITATION'],
            languages: ['en-gb', 'fr'],
            regions: ['AFRICA'],
            countries: ['ke', 'UG'],
            workshopIds: [String(workshop._id)],
          },
        },
        { token: tokens().coordinator },
      );
      expect(create.errors).toBeUndefined();
      expect(create.data?.createResource.resource).toMatchObject({
        title: 'Child safeguarding toolkit',
        topics: ['ONLINE_SEXUAL_EXPLOITATION'],
        languages: ['en-GB', 'fr'],
        countries: ['KE', 'UG'],
        organization: { id: String(env.network.group._id) },
        workshops: [{ id: String(workshop._id) }],
        versions: [],
      });
    });

    it.each([
      ['a short title', { title: 'ab' }, 'title'],
      ['an unknown topic', { topics: ['COOKING'] }, 'topics.0'],
      ['an unknown region', { regions: ['ATLANTIS'] }, 'regions.0'],
      ['a bad country', { countries: ['XX'] }, 'countries.0'],
      ['no language', { languages: [] }, 'languages'],
      ['a bad language', { languages: ['english'] }, 'languages.0'],
      ['a LINK without its address', { kind: 'LINK' }, 'externalUrl'],
      ['an address on a file resource', { externalUrl: 'https://example.org' }, 'externalUrl'],
      ['a javascript: address', { kind: 'LINK', externalUrl: 'javascript:alert(1)' }, 'externalUrl'],
      ['an unknown workshop', { workshopIds: ['0123456789abcdef01234567'] }, 'workshopIds'],
    ])('refuses %s and stores nothing', async (_name, fields, field) => {
      const before = await env.db.current.models.Resource.countDocuments({});
      const response = await graphql(
        url(),
        operation(`mutation ResourcesCreateRefused($input: CreateResourceInput!) { createResource(input: $input) { resource { id } } }`),
        { input: { title: 'A toolkit', kind: 'TOOLKIT', visibility: 'NETWORK', languages: ['en'], ...(fields as Partial<CreateResourceInput>) } },
        { token: tokens().admin },
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await env.db.current.models.Resource.countDocuments({})).toBe(before);
      expect(await env.db.current.models.ResourceLink.countDocuments({ workshopId: new Types.ObjectId('0123456789abcdef01234567') })).toBe(0);
    });

    it('lets a coordinator share only for their own group; the Secretariat for any', async () => {
      const other = await givenOrganization(env.db.current, { name: 'Other Group', country: 'PE', region: 'AMERICAS' });
      const input: CreateResourceInput = {
        title: 'For another group',
        kind: 'REPORT',
        visibility: 'NETWORK',
        languages: ['es'],
        organizationId: String(other._id),
      };
      const mutation = operation(
        `mutation ResourcesCreateForGroup($input: CreateResourceInput!) { createResource(input: $input) { resource { organization { id } } } }`,
      );
      expect(errorCodes(await graphql(url(), mutation, { input }, { token: tokens().coordinator }))).toEqual(['FORBIDDEN']);
      const byAdmin = await graphql(url(), mutation, { input }, { token: tokens().staff });
      expect(byAdmin.data?.createResource.resource.organization?.id).toBe(String(other._id));
    });

    it('updates what is given, keeps the rest, refuses to clear required fields or drop an edition with files', async () => {
      const id = await createResource(url(), tokens().coordinator, { languages: ['en', 'fr'], topics: ['CHILD_EARLY_FORCED_MARRIAGE'] });
      const renamed = await graphql(url(), UPDATE, { input: { id, title: 'Renamed toolkit' } }, { token: tokens().coordinator });
      expect(renamed.data?.updateResource.resource).toMatchObject({
        title: 'Renamed toolkit',
        topics: ['CHILD_EARLY_FORCED_MARRIAGE'],
        languages: ['en', 'fr'],
      });
      expect(errorCodes(await graphql(url(), UPDATE, { input: { id, title: null } }, { token: tokens().coordinator }))).toEqual(['BAD_USER_INPUT']);
      await upload(url(), tokens().coordinator, id, pdfBytes(300), 'fr.pdf', { language: 'fr' });
      const drop = await graphql(url(), UPDATE, { input: { id, languages: ['en'] } }, { token: tokens().coordinator });
      expect(drop.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EDITION_HAS_FILES' });
      const toLink = await graphql(url(), UPDATE, { input: { id, kind: 'LINK', externalUrl: 'https://example.org' } }, { token: tokens().coordinator });
      expect(toLink.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'HAS_FILES' });
      const stored = await env.db.current.models.Resource.findById(id).lean();
      expect(stored).toMatchObject({ title: 'Renamed toolkit', languages: ['en', 'fr'], kind: 'TOOLKIT' });
      // Another group's coordinator can see it (NETWORK) but not change it.
      const otherGroup = await givenOrganization(env.db.current);
      const otherCoordinator = await givenUser(env.db.current, { role: 'GROUP_COORDINATOR', organizationId: otherGroup._id });
      const otherToken = await signInAs(url(), otherCoordinator.email);
      expect(errorCodes(await graphql(url(), UPDATE, { input: { id, title: 'Hijacked' } }, { token: otherToken }))).toEqual(['FORBIDDEN']);
    });

    it('archives: gone from lists, still readable and downloadable', async () => {
      const id = await createResource(url(), tokens().coordinator, { title: 'Archived gazetteer' });
      const file = pdfBytes(400);
      await upload(url(), tokens().coordinator, id, file, 'g.pdf');
      const archive = await graphql(
        url(),
        operation(`mutation ResourcesArchiveResource($input: ArchiveResourceInput!) { archiveResource(input: $input) { resource { archived } } }`),
        { input: { id } },
        { token: tokens().coordinator },
      );
      expect(archive.data?.archiveResource.resource.archived).toBe(true);
      const list = await graphql(url(), LIST, { filter: { text: 'gazetteer' } }, { token: tokens().member });
      expect(list.data?.resources.totalCount).toBe(0);
      const withArchived = await graphql(url(), LIST, { filter: { text: 'gazetteer', includeArchived: true } }, { token: tokens().admin });
      expect(withArchived.data?.resources.edges.map((e) => e.node.id)).toEqual([id]);
      expect((await graphql(url(), RESOURCE, { id }, { token: tokens().member })).data).toMatchObject({ resource: { archived: true } });
      const download = await fetch(`${url()}/files/${id}`, { headers: { authorization: `Bearer ${tokens().member}` } });
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).equals(file)).toBe(true);
    });

    it('deletes (admin only) with every file, version and figure', async () => {
      const id = await createResource(url(), tokens().admin);
      await upload(url(), tokens().admin, id, pdfBytes(600_000), 'big.pdf');
      await fetch(`${url()}/files/${id}`, { headers: { authorization: `Bearer ${tokens().member}` } }).then((r) => r.arrayBuffer());
      const files = env.db.current.db.collection('files.files');
      const chunks = env.db.current.db.collection('files.chunks');
      const fileIds = (await env.db.current.models.ResourceVersion.find({ resourceId: id }).lean()).map((v) => v.fileId);
      expect(await chunks.countDocuments({ files_id: { $in: fileIds } })).toBeGreaterThan(0);
      const mutation = operation(`mutation ResourcesDelete($input: DeleteResourceInput!) { deleteResource(input: $input) { deletedId } }`);
      expect(errorCodes(await graphql(url(), mutation, { input: { id } }, { token: tokens().staff }))).toEqual(['FORBIDDEN']);
      expect((await graphql(url(), mutation, { input: { id } }, { token: tokens().admin })).data).toEqual({ deleteResource: { deletedId: id } });
      expect(await files.countDocuments({ _id: { $in: fileIds } })).toBe(0);
      expect(await chunks.countDocuments({ files_id: { $in: fileIds } })).toBe(0);
      expect(await env.db.current.models.ResourceVersion.countDocuments({ resourceId: id })).toBe(0);
      expect(await env.db.current.models.ResourceDownload.countDocuments({ resourceId: id })).toBe(0);
      expect(errorCodes(await graphql(url(), RESOURCE, { id }, { token: tokens().admin }))).toEqual(['NOT_FOUND']);
      expect((await fetch(`${url()}/files/${id}`, { headers: { authorization: `Bearer ${tokens().admin}` } })).status).toBe(404);
    });

    it('links and unlinks workshops (idempotently); Workshop.resources shows what the caller may see', async () => {
      const workshop = await givenWorkshop(env.db.current);
      await givenRegistration(env.db.current, { workshopId: workshop._id, organizationId: env.network.group._id });
      const draft = await givenWorkshop(env.db.current, { status: 'DRAFT' });
      const id = await createResource(url(), tokens().coordinator, { visibility: 'NETWORK' });
      const secret = await createResource(url(), tokens().admin, { visibility: 'SECRETARIAT' });
      const link = operation(`mutation ResourcesLink($input: LinkResourceInput!) { linkResource(input: $input) { resource { workshops { id } } } }`);
      const unlink = operation(`mutation ResourcesUnlink($input: UnlinkResourceInput!) { unlinkResource(input: $input) { resource { workshops { id } } } }`);
      const input = { resourceId: id, workshopId: String(workshop._id) };
      await graphql(url(), link, { input }, { token: tokens().coordinator });
      const again = await graphql(url(), link, { input }, { token: tokens().coordinator });
      expect(again.data?.linkResource.resource.workshops).toEqual([{ id: String(workshop._id) }]);
      await graphql(url(), link, { input: { resourceId: secret, workshopId: String(workshop._id) } }, { token: tokens().admin });
      expect(errorCodes(await graphql(url(), link, { input: { resourceId: id, workshopId: String(draft._id) } }, { token: tokens().coordinator }))).toEqual([
        'NOT_FOUND',
      ]);
      expect(errorCodes(await graphql(url(), link, { input }, { token: tokens().member }))).toEqual(['FORBIDDEN']);

      const resourcesOf = operation(`query ResourcesResourcesOf($id: ID!) { workshop(id: $id) { resources { id } } }`);
      const asMember = await graphql(url(), resourcesOf, { id: String(workshop._id) }, { token: tokens().member });
      expect(asMember.data?.workshop?.resources).toEqual([{ id }]);
      const asAdmin = await graphql(url(), resourcesOf, { id: String(workshop._id) }, { token: tokens().admin });
      expect(asAdmin.data?.workshop?.resources.map((r) => r.id).sort()).toEqual([id, secret].sort());
      expect((await graphql(url(), resourcesOf, { id: String(workshop._id) })).data).toEqual({ workshop: { resources: [] } });

      const unlinked = await graphql(url(), unlink, { input }, { token: tokens().coordinator });
      expect(unlinked.data?.unlinkResource.resource.workshops).toEqual([]);
      expect(await env.db.current.models.ResourceLink.countDocuments({ resourceId: id })).toBe(0);
    });
  });

  describe('visibility', () => {
    const visibilities = ['PUBLIC', 'NETWORK', 'PARTICIPANTS', 'SECRETARIAT'] as const;
    const ids: Record<string, string> = {};
    const tokensOf: Record<string, string | undefined> = {};
    const bytes = pdfBytes(1_000);
    const digest = createHash('sha256').update(bytes).digest('hex');

    beforeAll(async () => {
      const workshop = await givenWorkshop(env.db.current);
      await givenRegistration(env.db.current, { workshopId: workshop._id, organizationId: env.network.group._id });
      for (const visibility of visibilities) {
        ids[visibility] = await createResource(url(), tokens().coordinator, {
          title: `Visibility ${visibility} matrix`,
          visibility,
          workshopIds: [String(workshop._id)],
        });
        await upload(url(), tokens().coordinator, ids[visibility]!, bytes, 'm.pdf');
      }
      const otherGroup = await givenOrganization(env.db.current, { name: 'Elsewhere Group' });
      const outsider = await givenUser(env.db.current, { role: 'MEMBER', organizationId: otherGroup._id });
      const participant = await givenUser(env.db.current, { role: 'MEMBER', organizationId: otherGroup._id });
      await env.db.current.models.Registration.create({
        workshopId: workshop._id,
        organizationId: otherGroup._id,
        status: 'CONFIRMED',
        participant: { name: 'P', email: participant.email, userId: participant._id },
        personClaim: `ws:${String(workshop._id)}:person:p`,
        registeredBy: new Types.ObjectId(),
      });
      Object.assign(tokensOf, {
        anonymous: undefined,
        outsider: await signInAs(url(), outsider.email),
        participant: await signInAs(url(), participant.email),
        sharingMember: tokens().member,
        secretariat: tokens().staff,
      });
    });

    const sees: Record<string, (typeof visibilities)[number][]> = {
      anonymous: ['PUBLIC'],
      outsider: ['PUBLIC', 'NETWORK'],
      participant: ['PUBLIC', 'NETWORK', 'PARTICIPANTS'],
      sharingMember: ['PUBLIC', 'NETWORK', 'PARTICIPANTS', 'SECRETARIAT'],
      secretariat: ['PUBLIC', 'NETWORK', 'PARTICIPANTS', 'SECRETARIAT'],
    };

    it.each(Object.keys(sees))('%s: lists, gets and downloads exactly what the visibility allows', async (who) => {
      const token = tokensOf[who];
      const list = await graphql(url(), LIST, { filter: { text: 'visibility matrix' }, first: 10 }, { token });
      const listed = list.data!.resources.edges.map((e) => e.node.title).sort();
      expect(listed).toEqual(sees[who]!.map((v) => `Visibility ${v} matrix`).sort());
      expect(list.data!.resources.totalCount).toBe(sees[who]!.length);
      for (const visibility of visibilities) {
        const allowed = sees[who]!.includes(visibility);
        const get = await graphql(url(), RESOURCE, { id: ids[visibility]! }, { token });
        expect(get.errors ? errorCodes(get) : 'ok').toEqual(allowed ? 'ok' : ['NOT_FOUND']);
        const plain = await fetch(`${url()}/files/${ids[visibility]}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
        expect({ visibility, status: plain.status }).toEqual({ visibility, status: allowed ? 200 : 404 });
        if (allowed) {
          expect(
            createHash('sha256')
              .update(Buffer.from(await plain.arrayBuffer()))
              .digest('hex'),
          ).toBe(digest);
          // The API's link works without the token (signed, or plain for public resources).
          const link = await fetch(`${url()}${get.data!.resource!.versions[0]!.downloadUrl}`);
          expect(link.status).toBe(200);
          await link.arrayBuffer();
        } else {
          await plain.arrayBuffer();
        }
      }
    });

    it('signed links: valid, expired, tampered, moved to another version', async () => {
      const get = await graphql(url(), RESOURCE, { id: ids.SECRETARIAT! }, { token: tokens().staff });
      const link = get.data!.resource!.versions[0]!.downloadUrl;
      expect(link).toMatch(new RegExp(`^/files/${ids.SECRETARIAT}/en/1\\?expires=\\d+&org=[0-9a-f]{24}&sig=`));
      expect(await fetch(`${url()}${link}`).then(async (r) => [r.status, (await r.arrayBuffer()).byteLength])).toEqual([200, bytes.length]);
      const reason = async (path: string) => {
        const response = await fetch(`${url()}${path}`);
        return [response.status, ((await response.json()) as { errors: { extensions: { reason: string } }[] }).errors[0]!.extensions.reason];
      };
      expect(await reason(link.replace(/sig=[^&]+/, 'sig=AAAA'))).toEqual([403, 'LINK_INVALID']);
      expect(await reason(link.replace(/expires=(\d+)/, (_m, n: string) => `expires=${Number(n) + 3600}`))).toEqual([403, 'LINK_INVALID']);
      expect(await reason(link.replace(/org=[0-9a-f]{24}/, `org=${String(env.network.group._id)}`))).toEqual([403, 'LINK_INVALID']);
      expect(await reason(link.replace(`/files/${ids.SECRETARIAT}/`, `/files/${ids.NETWORK}/`))).toEqual([403, 'LINK_INVALID']);
      expect(await reason(link.replace('/en/1?', '/en/2?'))).toEqual([403, 'LINK_INVALID']);
      env.app.clock.advance(61 * 60_000);
      try {
        expect(await reason(link)).toEqual([403, 'LINK_EXPIRED']);
      } finally {
        env.app.clock.advance(-61 * 60_000);
      }
      // Public resources get plain links.
      const open = await graphql(url(), RESOURCE, { id: ids.PUBLIC! });
      expect(open.data!.resource!.versions[0]!.downloadUrl).toBe(`/files/${ids.PUBLIC}/en/1`);
    });
  });

  describe('search', () => {
    const titles: string[] = [];
    beforeAll(async () => {
      const workshop = await givenWorkshop(env.db.current);
      const specs = [
        {
          title: 'Légal protection in Perú',
          kind: 'REPORT',
          topics: ['TRAFFICKING_FOR_SEXUAL_PURPOSES'],
          languages: ['es'],
          regions: ['AMERICAS'],
          countries: ['PE'],
        },
        {
          title: 'Online grooming signals',
          kind: 'GUIDE',
          topics: ['ONLINE_SEXUAL_EXPLOITATION'],
          languages: ['en', 'fr'],
          regions: ['EUROPE'],
          countries: ['FR'],
          workshopIds: [String(workshop._id)],
        },
        {
          title: 'Survivor voices recording',
          kind: 'RECORDING',
          description: 'Testimonies from Kenya',
          languages: ['sw'],
          regions: ['AFRICA'],
          countries: ['KE'],
        },
      ];
      for (const spec of specs) {
        titles.push(spec.title);
        await createResource(url(), tokens().admin, { ...spec, visibility: 'PUBLIC' });
      }
      (env as unknown as { workshopId: string }).workshopId = String(workshop._id);
    });

    it.each([
      ['text with accents folded', { text: 'legal PERU' }, ['Légal protection in Perú']],
      ['text in the description', { text: 'testimonies kenya' }, ['Survivor voices recording']],
      ['text in a topic', { text: 'trafficking' }, ['Légal protection in Perú']],
      ['kind', { kind: 'GUIDE' }, ['Online grooming signals']],
      ['topic', { topic: 'ONLINE_SEXUAL_EXPLOITATION' }, ['Online grooming signals']],
      ['language', { language: 'FR' }, ['Online grooming signals']],
      ['region', { region: 'AFRICA' }, ['Survivor voices recording']],
      ['country', { country: 'pe' }, ['Légal protection in Perú']],
      ['punctuation only', { text: '!!' }, []],
    ])('by %s', async (_name, filter, expected) => {
      const response = await graphql(url(), LIST, { filter: filter as ResourceFilter, first: 50 });
      expect(response.errors).toBeUndefined();
      expect(response.data!.resources.edges.map((e) => e.node.title).filter((t) => titles.includes(t))).toEqual(expected);
    });

    const scripts: [string, string, string][] = [
      ['Thai', 'การคุ้มครองเด็กในโลกออนไลน์', 'เด็ก'],
      ['Thai, over 40 characters', 'การคุ้มครองเด็กจากการแสวงประโยชน์ทางเพศในโลกออนไลน์และการท่องเที่ยว', 'ท่องเที่ยว'],
      ['Chinese', '儿童保护与网络安全培训', '网络安全'],
      ['Japanese', '子どもの保護とオンラインの安全', '保護'],
    ];
    it.each(scripts)('by a word of a %s title', async (_script, title, word) => {
      await createResource(url(), tokens().admin, { title, kind: 'GUIDE', visibility: 'PUBLIC' });
      const response = await graphql(url(), LIST, { filter: { text: word }, first: 50 });
      expect(response.errors).toBeUndefined();
      // This title, and besides it only those of the other cases that hold the word too, if their
      // tests ran first (the long Thai title holds เด็ก as well).
      const stored = await env.db.current.models.Resource.find({ title: { $in: scripts.map(([, other]) => other) } }).lean();
      const holding = stored.map((r) => r.title).filter((other) => other.includes(word));
      expect(holding).toContain(title);
      expect(response.data!.resources.edges.map((e) => e.node.title).sort()).toEqual(holding.sort());
    });

    it('by linked workshop and sharing organisation', async () => {
      const workshopId = (env as unknown as { workshopId: string }).workshopId;
      const byWorkshop = await graphql(url(), LIST, { filter: { workshopId } });
      expect(byWorkshop.data!.resources.edges.map((e) => e.node.title)).toEqual(['Online grooming signals']);
      const byGroup = await graphql(url(), LIST, { filter: { organizationId: String(env.network.secretariat._id), text: 'signals' } });
      expect(byGroup.data!.resources.totalCount).toBe(1);
    });

    it('refuses a bad filter', async () => {
      const response = await graphql(url(), LIST, { filter: { organizationId: 'nope' } });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.organizationId' });
    });

    it('pages with cursors, newest first, and by most downloaded; the total covers every page', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        env.app.clock.advance(1_000);
        ids.push(await createResource(url(), tokens().admin, { title: `Paging sample ${i}`, visibility: 'PUBLIC' }));
      }
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: { data?: ListAnswer } = await graphql(url(), LIST, { filter: { text: 'paging sample' }, first: 2, after });
        expect(page.data!.resources.totalCount).toBe(5);
        seen.push(...page.data!.resources.edges.map((e) => e.node.id));
        after = page.data!.resources.pageInfo.hasNextPage ? page.data!.resources.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual([...ids].reverse());

      await upload(url(), tokens().admin, ids[1]!, pdfBytes(200), 'p.pdf');
      await upload(url(), tokens().admin, ids[3]!, pdfBytes(200), 'p.pdf');
      for (const [id, times] of [
        [ids[1]!, 3],
        [ids[3]!, 1],
      ] as const) {
        for (let i = 0; i < times; i++) await fetch(`${url()}/files/${id}`).then((r) => r.arrayBuffer());
      }
      // Counts are written after the response; the ranking below needs both (fails if they never land).
      const counted = async () =>
        (await env.db.current.models.Resource.find({ _id: { $in: [ids[1], ids[3]] } }, { downloadCount: 1 }).lean()).map(
          (r) => [String(r._id), r.downloadCount] as const,
        );
      await waitFor(async () => {
        const counts = new Map(await counted());
        return counts.get(ids[1]!) === 3 && counts.get(ids[3]!) === 1;
      }, 'the download counts 3 and 1');
      const top: string[] = [];
      after = null;
      do {
        const page: { data?: ListAnswer } = await graphql(url(), LIST, {
          filter: { text: 'paging sample' },
          sort: 'MOST_DOWNLOADED',
          first: 2,
          after,
        });
        top.push(...page.data!.resources.edges.map((e) => e.node.id));
        after = page.data!.resources.pageInfo.hasNextPage ? page.data!.resources.pageInfo.endCursor : null;
      } while (after);
      expect(top.slice(0, 2)).toEqual([ids[1], ids[3]]);
      expect(top.sort()).toEqual([...ids].sort());
    });

    it('reads a page with versions, editions and workshops in a number of commands that does not grow with its size', async () => {
      const workshop = await givenWorkshop(env.db.current);
      for (let i = 0; i < 12; i++) {
        const id = await createResource(url(), tokens().admin, {
          title: `Counted sample ${i}`,
          visibility: 'NETWORK',
          languages: ['en', 'fr'],
          workshopIds: [String(workshop._id)],
        });
        await upload(url(), tokens().admin, id, pdfBytes(100), 'c.pdf');
      }
      const query =
        operation(`query ResourcesCountedSample($first: Int) { resources(first: $first, filter: { text: "counted sample" }) { totalCount edges { node { id organization { name }
        workshops { title } versions { number downloadUrl } editions { language latest { number } } download { number } } } } }`);
      const counted = async (first: number) => {
        const run = await countCommands(env.db.current.client, () => graphql(url(), query, { first }, { token: tokens().member }));
        expect(run.result.errors).toBeUndefined();
        expect(run.result.data!.resources.edges).toHaveLength(first);
        return run.count;
      };
      // The first read after the writes applies them to the library in memory (a catch-up that
      // depends on the writes, not on the page): the comparison starts after it.
      await counted(1);
      const small = await counted(2);
      const large = await counted(12);
      expect(large).toBe(small);
    });
  });

  describe('download figures', () => {
    it('counts N concurrent downloads exactly, per resource and per organisation; ranges resuming count once', async () => {
      const id = await createResource(url(), tokens().admin, { visibility: 'NETWORK', title: 'Counted exactly' });
      await upload(url(), tokens().admin, id, pdfBytes(300_000), 'count.pdf');
      const otherGroup = await givenOrganization(env.db.current);
      const outsider = await givenUser(env.db.current, { role: 'MEMBER', organizationId: otherGroup._id });
      const outsiderToken = await signInAs(url(), outsider.email);
      const fetchAll = (token: string, headers: Record<string, string> = {}) =>
        fetch(`${url()}/files/${id}`, { headers: { authorization: `Bearer ${token}`, ...headers } }).then((r) => r.arrayBuffer());
      await Promise.all([...Array.from({ length: 20 }, () => fetchAll(tokens().member)), ...Array.from({ length: 10 }, () => fetchAll(outsiderToken))]);
      // Not counted: a resumed piece, HEAD, a 304.
      await fetchAll(tokens().member, { range: 'bytes=1000-' });
      await fetch(`${url()}/files/${id}`, { method: 'HEAD', headers: { authorization: `Bearer ${tokens().member}` } });
      const etag = (await fetch(`${url()}/files/${id}`, { method: 'HEAD', headers: { authorization: `Bearer ${tokens().member}` } })).headers.get('etag')!;
      await fetchAll(tokens().member, { 'if-none-match': etag });
      // Counted: a ranged request that starts at byte 0.
      await fetchAll(tokens().member, { range: 'bytes=0-99' });

      const report = operation(`query ResourcesReport($filter: ResourceDownloadReportFilter) { resourceDownloadReport(filter: $filter) { total
        byResource { resourceId count resource { title } } byOrganization { organizationId count } } }`);
      const answer = await graphql(url(), report, { filter: { resourceId: id } }, { token: tokens().staff });
      expect(answer.data?.resourceDownloadReport).toEqual({
        total: 31,
        byResource: [{ resourceId: id, count: 31, resource: { title: 'Counted exactly' } }],
        byOrganization: [
          { organizationId: String(env.network.group._id), count: 21 },
          { organizationId: String(otherGroup._id), count: 10 },
        ],
      });
      expect(errorCodes(await graphql(url(), report, {}, { token: tokens().coordinator }))).toEqual(['FORBIDDEN']);
      // The sortable figure ($inc per download, not atomic on FerretDB) is rewritten from the records.
      await reconcileResources(env.app.deps);
      const shown = await graphql(url(), RESOURCE, { id }, { token: tokens().member });
      expect(shown.data?.resource?.downloadCount).toBe(31);
    });
  });
});
