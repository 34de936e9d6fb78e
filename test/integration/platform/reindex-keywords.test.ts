import { reindexKeywordsJob } from '../../../jobs/system/reindex-keywords.job';
import { KEYWORDS_VERSION } from '../../../src/db/reindex-keywords';
import { givenOrganization, givenWorkshop, useNetworkApp } from '../../helpers/fixtures';
import { graphql } from '../../helpers/graphql';
import { createResource } from '../resources/resource-fixtures';

const THAI = 'การคุ้มครองเด็กในโลกออนไลน์';
/** What the keywords of a Thai title were before words came from Intl.Segmenter: the whole title, one "word". */
const OLD_KEYWORDS = [THAI];

describe('system/reindex-keywords: stored search words follow the way words are split', () => {
  const env = useNetworkApp();

  it('recomputes keywords stored by an older version once, so a Thai word finds workshops, resources and groups', async () => {
    const db = env.db.current;
    const workshop = await givenWorkshop(db, { title: THAI, keywords: OLD_KEYWORDS, revision: 3 });
    const group = await givenOrganization(db, { name: `${THAI} network` });
    await db.models.Organization.updateOne({ _id: group._id }, { $set: { keywords: OLD_KEYWORDS } }, { timestamps: false });
    const resourceId = await createResource(env.app.url, env.network.tokens.admin, { title: THAI, kind: 'GUIDE', visibility: 'PUBLIC' });
    await db.models.Resource.updateOne({ _id: resourceId }, { $set: { keywords: OLD_KEYWORDS } }, { timestamps: false });
    const before = await db.models.Resource.findById(resourceId).lean();

    const find = async () => {
      const answer = await graphql<{
        workshops: { edges: { node: { id: string } }[] };
        resources: { edges: { node: { id: string } }[] };
        organizations: { edges: { node: { id: string } }[] };
      }>(
        env.app.url,
        `query($text: String!) {
          workshops(filter: { text: $text, from: "2026-01-01T00:00:00Z" }) { edges { node { id } } }
          resources(filter: { text: $text }) { edges { node { id } } }
          organizations(filter: { text: $text }) { edges { node { id } } } }`,
        { text: 'เด็ก' },
        { token: env.network.tokens.admin },
      );
      expect(answer.errors).toBeUndefined();
      return [answer.data!.workshops.edges.length, answer.data!.resources.edges.length, answer.data!.organizations.edges.length];
    };
    expect(await find()).toEqual([0, 0, 0]);

    await reindexKeywordsJob.handler({}, env.app.deps);
    expect(await find()).toEqual([1, 1, 1]);
    // No new revision (calendars see no change) and no new edit time.
    expect((await db.models.Workshop.findById(workshop._id).lean())?.revision).toBe(3);
    expect((await db.models.Resource.findById(resourceId).lean())?.updatedAt).toEqual(before?.updatedAt);
    const done = await db.db.collection('claims').findOne({ _id: `search:keywords:v${KEYWORDS_VERSION}` } as never);
    expect(done?.completedAt).toBeTruthy();

    // Once per version: old words stored again stay until the next version.
    await db.models.Organization.updateOne({ _id: group._id }, { $set: { keywords: OLD_KEYWORDS } }, { timestamps: false });
    await reindexKeywordsJob.handler({}, env.app.deps);
    expect((await db.models.Organization.findById(group._id).lean())?.keywords).toEqual(OLD_KEYWORDS);
  });
});
