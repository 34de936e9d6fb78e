import { holdAt } from '../../../src/db/race-points';
import { quiesce } from '../../../src/quiesce';
import { countCommands } from '../../helpers/command-counter';
import { givenWorkshop, useNetworkApp } from '../../helpers/fixtures';
import { operation } from '../../gql';
import type { TypedDocumentString } from '../../gql/graphql';
import { graphql } from '../../helpers/graphql';

// Anonymous answers cached whole (src/graphql/answer-cache.ts): repeated public reads cost two
// point reads of the change log, a write shows in the very next answer, and nobody signed in,
// and no answer with data from elsewhere, is ever served from the cache.

const PAGE = operation(
  `query AnswerCachePage { workshops(first: 20, filter: { from: "2026-01-01T00:00:00Z" }) { edges { node { id title seats { confirmed available } } } } }`,
);
const WITH_RESOURCES = operation(
  `query AnswerCacheWithResources { workshops(first: 20, filter: { from: "2026-01-01T00:00:00Z" }) { edges { node { id resources { id } } } } }`,
);

describe('the anonymous answer cache', () => {
  const env = useNetworkApp();
  const answer = async <T, V>(query: TypedDocumentString<T, V>, token?: string) => {
    const response = await fetch(`${env.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: String(query) }),
    });
    return { age: response.headers.get('age'), text: await response.text() };
  };
  const titles = async (query = PAGE, token?: string) =>
    ((await graphql(env.app.url, query, {}, token ? { token } : {})).data?.workshops.edges ?? []).map((e) => e.node.title);

  it('answers a repeated public read without running it again, and shows a write in the very next answer', async () => {
    const workshop = await givenWorkshop(env.db.current, { title: 'Cached once', startsAt: new Date('2026-08-01T02:00:00Z') });
    expect(await titles()).toContain('Cached once');
    // Work the network's seeding left behind (queued emails, seat recounts) reads the log too.
    await quiesce(env.app.deps);
    const again = await countCommands(env.db.current.client, () => answer(PAGE));
    expect(again.result.text).toContain('Cached once');
    // Served from the cache (it says so with an Age header), after the two read models were
    // proven current by one read of the change log.
    expect(again.result.age).not.toBeNull();
    expect(again.commands).toEqual(['find changes']);

    await env.db.current.models.Workshop.updateOne({ _id: workshop._id }, { $set: { title: 'Renamed after caching' } });
    expect((await answer(PAGE)).age).toBeNull();
    const after = await titles();
    expect(after).toContain('Renamed after caching');
    expect(after).not.toContain('Cached once');
  });

  it('never keeps an answer under a state newer than the one it read (a write lands while it is being kept)', async () => {
    const workshop = await givenWorkshop(env.db.current, { title: 'Read before the write', startsAt: new Date('2026-08-03T02:00:00Z') });
    const query = operation(`query AnswerCacheHeldRead { workshops(first: 50, filter: { from: "2026-08-03T00:00:00Z" }) { edges { node { id title } } } }`);
    // The first answer is held after it was worked out, before it is kept; a write lands meanwhile.
    const held = holdAt(env.db.current, 'answer-cache-keep');
    try {
      const first = answer(query);
      await held.reached;
      await env.db.current.models.Workshop.updateOne({ _id: workshop._id }, { $set: { title: 'Written while it was kept' } });
      held.release();
      expect((await first).text).toContain('Read before the write');
    } finally {
      held.release();
    }
    const next = await answer(query);
    expect(next.text).toContain('Written while it was kept');
    expect(next.text).not.toContain('Read before the write');
  });

  it('never serves a signed-in person from it, nor keeps answers with data from elsewhere', async () => {
    await givenWorkshop(env.db.current, { title: 'A draft', status: 'DRAFT', startsAt: new Date('2026-08-02T02:00:00Z') });
    expect(await titles()).not.toContain('A draft');
    expect(await titles(PAGE, env.network.tokens.admin)).toContain('A draft');
    expect((await answer(PAGE, env.network.tokens.admin)).age).toBeNull();
    expect(await titles()).not.toContain('A draft');

    // Workshop.resources comes from the resources, which no read model follows: not cached.
    await answer(WITH_RESOURCES);
    expect((await answer(WITH_RESOURCES)).age).toBeNull();
  });

  it('sends no HTTP cache header that would let a browser or proxy outlive a write', async () => {
    const response = await fetch(`${env.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: String(PAGE) }),
    });
    expect(response.headers.get('cache-control') ?? '').not.toMatch(/max-age=[1-9]|public/);
  });
});
