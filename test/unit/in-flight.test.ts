import type { GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';
import { InFlightOperations } from '../../src/graphql/in-flight.plugin';

type Listener = GraphQLRequestListener<Record<string, never>>;
const start = async (tracker: InFlightOperations) => (await tracker.plugin.requestDidStart!({} as GraphQLRequestContext<Record<string, never>>)) as Listener;
const finish = (listener: Listener) => listener.willSendResponse!({} as never);

describe('in-flight operations', () => {
  it('settles only when every started operation has sent its response', async () => {
    const tracker = new InFlightOperations();
    const a = await start(tracker);
    const b = await start(tracker);
    let settled = false;
    const waiting = tracker.settled(10_000).then(() => (settled = true));
    await finish(a);
    await finish(a); // counted once
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    expect(tracker.size).toBe(1);
    await finish(b);
    await waiting;
    expect(settled).toBe(true);
  });

  it('gives up after the timeout', async () => {
    const tracker = new InFlightOperations();
    await start(tracker);
    await tracker.settled(50);
    expect(tracker.size).toBe(1);
  });
});
