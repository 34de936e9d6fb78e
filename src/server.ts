import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppDeps } from './graphql/context';
import { createApolloServer } from './graphql/apollo';
import { createExpressApp } from './http/app';

export interface RunningApi {
  url: string;
  httpServer: http.Server;
  /** Stops accepting, lets in-flight requests finish (Apollo's drain plugin), then resolves. */
  close(): Promise<void>;
}

export async function startApi(deps: AppDeps, listen: { host: string; port: number }): Promise<RunningApi> {
  const httpServer = http.createServer();
  // Slow-loris and oversized-header guards; Node's defaults are generous.
  httpServer.headersTimeout = 20_000;
  httpServer.requestTimeout = 120_000;
  httpServer.keepAliveTimeout = 5_000;
  httpServer.maxHeadersCount = 100;

  const apollo = createApolloServer(deps.config, httpServer);
  await apollo.start();
  httpServer.on('request', createExpressApp(deps, apollo));

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
    close: () => apollo.stop(),
  };
}
