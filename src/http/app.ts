import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import { queryTimeoutMiddleware } from '../db/query-timeout';
import { requestProofsMiddleware } from '../db/request-proofs';
import type { AnswerCache } from '../graphql/answer-cache';
import { createContext, type AppDeps, type ServiceContext } from '../app/context';
import { ErrorCode } from '../shared/errors';
import { MODULES } from '../modules';
import { compressText } from './compress';
import { explorerRouter } from './explorer';
import { FirstPaint } from './first-paint';
import { healthRouter } from './health';
import { portalRouter } from './portal';
import { errorHandler, notFound, sendError } from './http-errors';
import { requestLogging } from './request-logging';
import { serverWorkLimit } from './socket-idle';

const JSON_TYPES = ['application/json', 'application/graphql-response+json'];

/** POST /graphql takes JSON only: anything else is a 415 with a clear message, before Apollo. */
const requireJson: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST' || req.is(JSON_TYPES)) return next();
  sendError(res, 415, ErrorCode.BAD_USER_INPUT, 'POST /graphql needs Content-Type: application/json.');
};

export function createExpressApp(deps: AppDeps, apollo: ApolloServer<ServiceContext>, answers: AnswerCache): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.trustProxy);
  app.use(requestLogging(deps.logger));
  app.use(queryTimeoutMiddleware(deps.config.dbQueryTimeoutMs));
  app.use(requestProofsMiddleware);
  const production = deps.config.env === 'production';
  app.use(
    helmet({
      // Over plain http (development, a private network) these would break the service.
      strictTransportSecurity: production,
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: production ? [] : null } },
    }),
  );
  app.use(healthRouter(deps));
  if (deps.config.graphql.explorer) app.use(explorerRouter(deps.logger));
  for (const module of MODULES) for (const route of module.routes?.(deps) ?? []) app.use(route);
  app.use(
    '/graphql',
    compressText(),
    requireJson,
    express.json({ limit: deps.config.bodyLimitBytes, type: JSON_TYPES, strict: true }),
    answers.middleware(deps),
    serverWorkLimit(),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(deps, { id: String(req.id), logger: req.log, ip: req.ip ?? '', authorization: req.headers.authorization }),
    }),
  );
  // After every API route: the portal only answers `/` and its hashed assets.
  app.use(compressText(), portalRouter(deps.config.portalDir, new FirstPaint(deps, () => apollo, deps.config.portalDir)));
  app.use(notFound);
  app.use(errorHandler);
  return app;
}
