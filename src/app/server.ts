import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppDeps } from './context';
import { createApolloServer } from '../graphql/apollo';
import { AnswerCache } from '../graphql/answer-cache';
import { InFlightOperations } from '../graphql/in-flight.plugin';
import { quiesce } from '../quiesce';
import { createExpressApp } from '../http/app';

export interface RunningApi {
  url: string;
  httpServer: http.Server;
  /** Stops accepting, lets in-flight requests finish (also those whose client left) and their follow-up work, then resolves. */
  close(): Promise<void>;
}

/**
 * A connection silent this long is closed (headers must still arrive within headersTimeout). Once
 * a request has fully arrived, the server's own work does not count (src/http/socket-idle.ts).
 */
const SOCKET_IDLE_MS = 60_000;

export async function startApi(deps: AppDeps, listen: { host: string; port: number }): Promise<RunningApi> {
  const httpServer = http.createServer();
  // Slow-loris and oversized-header guards; Node's defaults are generous.
  httpServer.headersTimeout = 20_000;
  // No whole-request deadline: a 200 MB upload over a slow link takes far longer than any fixed
  // limit. Instead a connection that sends nothing for SOCKET_IDLE_MS is closed; bodies other than
  // uploads are bounded by BODY_LIMIT_BYTES, so a slow trickle cannot hold much.
  httpServer.requestTimeout = 0;
  httpServer.timeout = SOCKET_IDLE_MS;
  httpServer.keepAliveTimeout = 5_000;
  httpServer.maxHeadersCount = 100;

  const inFlight = new InFlightOperations();
  const answers = new AnswerCache();
  const apollo = createApolloServer(deps.config, httpServer, inFlight, answers);
  await apollo.start();
  httpServer.on('request', createExpressApp(deps, apollo, answers));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(listen.port, listen.host, () => resolve());
  });
  const address = httpServer.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`;

  return {
    url,
    httpServer,
    async close() {
      await apollo.stop();
      await inFlight.settled(deps.config.shutdownTimeoutMs);
      await quiesce(deps);
    },
  };
}
