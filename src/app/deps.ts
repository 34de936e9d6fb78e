import type { Clock } from '../clock';
import { systemClock } from '../clock';
import type { Config } from '../config';
import type { Database } from '../db/database';
import { LiveReadModel } from '../db/read-model';
import { DomainEvents } from '../events/domain-events';
import type { AppDeps } from './context';
import type { Logger } from '../logger';
import { createMailer } from '../modules/notifications/mailer';
import { createSeatKeeper } from '../modules/registrations/seating/keeper';
import { createProgrammeModel } from '../modules/workshops/workshops.reads';
import { createSeatFiguresModel } from '../modules/registrations/seat-figures.reads';
import { createLibraryModel } from '../modules/resources/library.reads';
import { createDirectoryModel } from '../modules/organizations/directory.reads';
import { createAccountsModel, createSessionsModel } from '../modules/users/access.reads';
import { createQuestionLibraryModel } from '../modules/questions/questions.reads';
import { VERSION } from '../version';

/** What a process (the service, a bench, a test app) shares: its own event bus and mailer over one database. */
export function createAppDeps(config: Config, logger: Logger, database: Database, clock: Clock = systemClock): AppDeps {
  const seatFigures = createSeatFiguresModel(database, () => clock.now().getTime());
  const programme = createProgrammeModel(database, () => clock.now().getTime());
  const library = createLibraryModel(database, () => clock.now().getTime());
  const directory = createDirectoryModel(database, () => clock.now().getTime());
  const sessions = createSessionsModel(database, () => clock.now().getTime());
  const accounts = createAccountsModel(database, () => clock.now().getTime());
  const questions = createQuestionLibraryModel(database, () => clock.now().getTime());
  const models = { sessions, accounts, programme, seatFigures, library, directory, questions };
  // A request's first read of any of them (signing it in, for one) proves them all, in one read of the change log.
  LiveReadModel.proveTogether(readModelsOf(models));
  return {
    config,
    logger,
    clock,
    database,
    version: VERSION,
    events: new DomainEvents(logger),
    mailer: createMailer(config, logger),
    seats: createSeatKeeper({ seatFigures, programme, directory }),
    programme,
    seatFigures,
    library,
    directory,
    sessions,
    accounts,
    questions,
  };
}

type ReadModels = Pick<AppDeps, 'sessions' | 'accounts' | 'programme' | 'seatFigures' | 'library' | 'directory' | 'questions'>;

/** Every read model of a process (built at start: main.ts; proved together in each request). */
export function readModelsOf(deps: ReadModels): LiveReadModel<never, never>[] {
  return [deps.sessions, deps.accounts, deps.programme, deps.seatFigures, deps.library, deps.directory, deps.questions] as never[];
}
