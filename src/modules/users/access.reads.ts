import { databaseLog } from '../../db/change-log';
import type { Database } from '../../db/database';
import { BATCH } from '../../db/compact';
import { LiveReadModel } from '../../db/read-model';
import { ACCOUNT_ROW_FIELDS, AccountTable, SESSION_ROW_FIELDS, SessionTable, type AccountRow, type SessionRow } from './access';

export type SessionsModel = LiveReadModel<SessionRow, SessionTable>;
export type AccountsModel = LiveReadModel<AccountRow, AccountTable>;

/**
 * The sessions and accounts a request is signed in with, in memory and current with the change
 * log (session.model.ts and user.model.ts log their writes with what these keep): signing a request
 * in reads nothing but the log, and a sign-out, a revocation or a disabled account in any process
 * is seen by the very next request of every process.
 */
export function createSessionsModel(database: Database, now?: () => number): SessionsModel {
  return new LiveReadModel<SessionRow, SessionTable>({
    log: databaseLog(database.db),
    stream: 'sessions',
    build: async () => new SessionTable(await database.models.Session.find({ revokedAt: null }, SESSION_ROW_FIELDS).batchSize(BATCH).lean<SessionRow[]>()),
    loadOne: (id) => database.models.Session.findById(id, SESSION_ROW_FIELDS).lean<SessionRow>() as Promise<SessionRow | null>,
    now,
  });
}

export function createAccountsModel(database: Database, now?: () => number): AccountsModel {
  return new LiveReadModel<AccountRow, AccountTable>({
    log: databaseLog(database.db),
    stream: 'users',
    build: async () => new AccountTable(await database.models.User.find({}, ACCOUNT_ROW_FIELDS).batchSize(BATCH).lean<AccountRow[]>()),
    loadOne: (id) => database.models.User.findById(id, ACCOUNT_ROW_FIELDS).lean<AccountRow>() as Promise<AccountRow | null>,
    now,
  });
}
