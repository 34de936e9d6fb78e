import { startTestApp, type TestApp } from '../../helpers/app';
import { countCommands } from '../../helpers/command-counter';
import { useTestDatabase } from '../../helpers/database';
import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';

// The helper later modules use to prove there is no N+1: it counts what one request sends.
describe('counting database commands per request', () => {
  const db = useTestDatabase();
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(db.current);
  });
  afterAll(() => app.close());

  it('counts each command the driver sends, by name and collection', async () => {
    const things = db.current.db.collection('things');
    const { count, commands } = await countCommands(db.current.client, async () => {
      await things.insertOne({ n: 1 });
      await things.find({ n: 1 }).toArray();
      await things.countDocuments({});
    });
    expect(count).toBe(3);
    expect(commands).toEqual(['insert things', 'find things', 'aggregate things']);
  });

  it('counts a batched $in lookup as one command however many ids it carries', async () => {
    const things = db.current.db.collection<{ _id: number }>('batched');
    await things.insertMany(Array.from({ length: 50 }, (_, i) => ({ _id: i })));
    const small = await countCommands(db.current.client, () => things.find({ _id: { $in: [1, 2] } }).toArray());
    const large = await countCommands(db.current.client, () => things.find({ _id: { $in: Array.from({ length: 50 }, (_, i) => i) } }).toArray());
    expect(small.count).toBe(1);
    expect(large.count).toBe(small.count);
    expect(large.result).toHaveLength(50);
  });

  it('sees no command for a request that needs no data', async () => {
    const { count, result } = await countCommands(db.current.client, () =>
      graphql(app.url, operation(`query PlatformCommandCounterServerInfo { serverInfo { name } }`)),
    );
    expect(result.status).toBe(200);
    expect(count).toBe(0);
  });

  it('sees the ping that /readyz sends', async () => {
    const { commands } = await countCommands(db.current.client, () => fetch(`${app.url}/readyz`).then((r) => r.json()));
    expect(commands[0]).toBe('ping');
  });
});
