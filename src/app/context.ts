import { GraphQLError } from 'graphql';
import type { Config } from '../config';
import { DomainError, httpStatusOf } from '../shared/errors';
import type { SeatKeeper } from '../modules/workshops/seat-keeper';
import type { ProgrammeModel } from '../modules/workshops/workshops.reads';
import type { SeatFiguresModel } from '../modules/registrations/seat-figures.reads';
import type { LibraryModel } from '../modules/resources/library.reads';
import type { DirectoryModel } from '../modules/organizations/directory.reads';
import type { AccountsModel, SessionsModel } from '../modules/users/access.reads';
import type { QuestionLibraryModel } from '../modules/questions/questions.reads';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import type { DomainEvents } from '../events/domain-events';
import type { Logger } from '../logger';
import type { Mailer } from '../modules/notifications/mailer';
import { authenticate } from '../modules/users/auth.service';
import type { Viewer } from '../shared/access/roles';
import { createLoaders, type Loaders } from '../graphql/loaders';

/** What every service needs, built once per process. */
export interface AppDeps {
  config: Config;
  logger: Logger;
  clock: Clock;
  database: Database;
  version: string;
  events: DomainEvents;
  /** Email out (SMTP, or a log in development); used by the notification jobs. */
  mailer: Mailer;
  /** The seat engine's side of capacity and quota changes (registrations/seating/keeper.ts). */
  seats: SeatKeeper;
  /** Every workshop in this process, current with the change log (workshops/workshops.reads.ts). */
  programme: ProgrammeModel;
  /** Every workshop's seat figures in this process, current with their change log. */
  seatFigures: SeatFiguresModel;
  /** Every resource in this process with its search index, current with the change log (resources/library.reads.ts). */
  library: LibraryModel;
  /** Every organisation in this process with its search index, current with the change log (organizations/directory.reads.ts). */
  directory: DirectoryModel;
  /** Who a request is signed in as: sessions and accounts in memory (users/access.reads.ts). */
  sessions: SessionsModel;
  accounts: AccountsModel;
  /** The network's library of registration questions, current with the change log (questions/questions.reads.ts). */
  questions: QuestionLibraryModel;
}

/** Built per request: who asks, a request-scoped logger and DataLoaders that never outlive it. */
export interface ServiceContext extends AppDeps {
  requestId: string;
  viewer: Viewer | null;
  /** The client's address (behind a proxy only with TRUST_PROXY), for rate limits; never logged. */
  ip: string;
  loaders: Loaders;
}

export async function createContext(
  deps: AppDeps,
  request: { id: string; logger: Logger; ip: string; authorization: string | undefined },
): Promise<ServiceContext> {
  const signedIn = await authenticate(deps, request.authorization).catch((err: unknown) => {
    // Before any resolver runs, Apollo answers only GraphQL errors as they are (an invalid session: 401).
    if (err instanceof DomainError) throw new GraphQLError(err.message, { extensions: { ...err.extensions, http: { status: httpStatusOf[err.code] } } });
    throw err;
  });
  return serviceContext(deps, { ...request, viewer: signedIn?.viewer ?? null });
}

/**
 * The context of one request whose viewer is known (GraphQL's, or a REST route's after the bearer
 * middleware): its logger names the viewer, and its loaders live as long as the request.
 */
export function serviceContext(deps: AppDeps, request: { id: string; logger: Logger; ip: string; viewer: Viewer | null }): ServiceContext {
  const { viewer } = request;
  return {
    ...deps,
    logger: viewer ? request.logger.child({ userId: viewer.userId }) : request.logger,
    requestId: request.id,
    viewer,
    ip: request.ip,
    loaders: createLoaders(deps),
  };
}
