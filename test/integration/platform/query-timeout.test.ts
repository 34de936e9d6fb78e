import type { CommandStartedEvent } from 'mongodb';
import { runWithQueryTimeout } from '../../../src/db/query-timeout';
import { startTestApp, type TestApp } from '../../helpers/app';
import { useTestDatabase } from '../../helpers/database';
import { givenWorkshop } from '../../helpers/fixtures';
import { operation } from '../../gql';
import type { QueryTimeoutWorkshopTitlesQuery } from '../../gql/graphql';
import { graphql, type GraphQLResponse } from '../../helpers/graphql';

// Reads made for a request carry the configured server-side limit (maxTimeMS); the same reads from
// a job (outside any request) do not. The server the run uses must accept the option.
describe('DB_QUERY_TIMEOUT_MS: a time limit on the queries of a request', () => {
  const db = useTestDatabase();
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(db.current, { dbQueryTimeoutMs: 4_321 });
    await givenWorkshop(db.current, { status: 'PUBLISHED' });
  });
  afterAll(() => app.close());

  const commandsDuring = async (work: () => Promise<unknown>) => {
    const seen: CommandStartedEvent[] = [];
    const listener = (event: CommandStartedEvent) => seen.push(event);
    db.current.client.on('commandStarted', listener);
    try {
      await work();
    } finally {
      db.current.client.off('commandStarted', listener);
    }
    return seen.filter((event) => ['find', 'aggregate', 'count', 'distinct'].includes(event.commandName));
  };

  it('every read of a GraphQL request carries maxTimeMS, and the server accepts it', async () => {
    let answer: GraphQLResponse<QueryTimeoutWorkshopTitlesQuery> | undefined;
    // The first read builds the process's programme, for every request and so outside any one's
    // limit (read-model.ts); what a request then reads itself carries its limit.
    await graphql(app.url, operation(`query QueryTimeoutWorkshopIds { workshops(first: 5) { edges { node { id } } } }`));
    const reads = await commandsDuring(async () => {
      answer = await graphql(app.url, operation(`query QueryTimeoutWorkshopTitles { workshops(first: 5) { edges { node { id title } } } }`));
    });
    expect(answer!.errors).toBeUndefined();
    expect(answer!.data!.workshops.edges).toHaveLength(1);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.map((event) => [event.commandName, event.command.maxTimeMS])).toEqual(reads.map((event) => [event.commandName, 4_321]));
  });

  it('reads outside a request (jobs, start-up) have no limit; an explicit scope sets one', async () => {
    const { Workshop } = db.current.models;
    const unscoped = await commandsDuring(() => Workshop.find({ status: 'PUBLISHED' }).lean());
    expect(unscoped.map((event) => event.command.maxTimeMS)).toEqual([undefined]);
    const scoped = await commandsDuring(() =>
      runWithQueryTimeout(900, () => Promise.all([Workshop.findOne({}), Workshop.countDocuments({}), Workshop.aggregate([{ $match: {} }])])),
    );
    expect(scoped.map((event) => event.command.maxTimeMS)).toEqual([900, 900, 900]);
  });
});
