import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reconcileResources } from '../../../src/modules/resources/reconcile.service';
import { seedDemoData } from '../../../src/seed/demo-seed';
import { startTestApp, type TestApp } from '../../helpers/app';
import { useTestDatabase } from '../../helpers/database';
import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';
import { signInAs } from '../../helpers/fixtures';

describe('demo data', () => {
  const db = useTestDatabase();
  let app: TestApp;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'exchange-seed-'));
    app = await startTestApp(db.current, { dataDir });
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('seeds the network once, with demo sign-ins that work, and is idempotent', async () => {
    const first = await seedDemoData(app.deps);
    const second = await seedDemoData(app.deps);
    expect(second).toEqual(first);
    expect(first.map((c) => c.role).sort()).toEqual(['GROUP_COORDINATOR', 'SECRETARIAT_ADMIN']);

    const { Organization, User } = db.current.models;
    expect(await Organization.countDocuments({ kind: 'SECRETARIAT' })).toBe(1);
    expect(await Organization.countDocuments({ kind: 'MEMBER_GROUP' })).toBe(120);
    expect((await Organization.distinct('country', { kind: 'MEMBER_GROUP' })).length).toBeGreaterThanOrEqual(95);
    expect(await User.countDocuments({})).toBe(2);
    expect(await db.current.models.Workshop.countDocuments({ status: 'PUBLISHED' })).toBe(60);
    // The demo library is consistent: the reconcile job (run at the worker's start) finds nothing to mend.
    expect(await reconcileResources(app.deps)).toEqual({ uploadsRemoved: 0, linksRemoved: 0, resynced: 0, countsFixed: 0 });

    const file = path.join(dataDir, 'demo-credentials.json');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    const coordinator = first.find((c) => c.role === 'GROUP_COORDINATOR')!;
    const token = await signInAs(app.url, coordinator.email, coordinator.password);
    const me = await graphql(app.url, operation(`query DemoSeedMe { me { role organization { kind } } }`), undefined, { token });
    expect(me.data?.me).toEqual({ role: 'GROUP_COORDINATOR', organization: { kind: 'MEMBER_GROUP' } });

    const page = await graphql(
      app.url,
      operation(`query DemoSeedOrganizations { organizations(first: 50, filter: { region: "AFRICA" }) { edges { node { id } } pageInfo { hasNextPage } } }`),
      undefined,
      { token },
    );
    expect(page.data?.organizations.edges.length).toBeGreaterThan(5);

    const programme = await graphql(app.url, operation(`query DemoSeedWorkshops { workshops(first: 50) { edges { node { id } } } }`));
    expect(programme.data?.workshops.edges).toHaveLength(50);

    // The demo library: public resources download as anyone, in the asked edition.
    expect(await db.current.models.Resource.countDocuments({})).toBe(5);
    const library = await graphql(
      app.url,
      operation(
        `query DemoSeedResources { resources(first: 10, filter: { text: "code of conduct" }) { totalCount edges { node { title download(language: "fr") { downloadUrl } } } } }`,
      ),
    );
    expect(library.data?.resources.totalCount).toBe(1);
    const toolkit = await fetch(`${app.url}${library.data!.resources.edges[0]!.node.download!.downloadUrl}`);
    expect(toolkit.status).toBe(200);
    expect(await toolkit.text()).toContain('Boîte à outils');
  }, 60_000);
});
