import { operation } from '../../gql';
import { graphql } from '../../helpers/graphql';
import { useOwnFerretdb } from '../../helpers/own-ferretdb';

// The database stops and comes back: /readyz says so at once, and the same process recovers.
describe('readiness while the database goes away and comes back', () => {
  const own = useOwnFerretdb('readyz');

  const readyz = async () => {
    const response = await fetch(`${own.app.url}/readyz`);
    return { status: response.status, body: (await response.json()) as { status: string; database: string } };
  };

  it('answers 200 while the database is up, 503 while it is down, and 200 again without a restart', async () => {
    expect(await readyz()).toEqual({ status: 200, body: expect.objectContaining({ status: 'ready', database: 'up' }) });
    await own.database.db.collection('probe').insertOne({ _id: 'before' } as never);

    await own.stop();
    const down = await readyz();
    expect(down).toEqual({ status: 503, body: expect.objectContaining({ status: 'unavailable', database: 'down' }) });
    // The process itself keeps answering.
    expect((await fetch(`${own.app.url}/healthz`)).status).toBe(200);
    expect((await graphql(own.app.url, operation(`query ReadinessServerInfo { serverInfo { name } }`))).status).toBe(200);

    await own.restart();
    // Same data, same connection object: nothing was lost or reopened by hand.
    expect(await own.database.db.collection('probe').countDocuments({ _id: 'before' } as never)).toBe(1);
  }, 60_000);
});
