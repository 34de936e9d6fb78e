import type { Types } from 'mongoose';
import { imageOfFields, type ReadModelState } from '../../db/read-model';
import type { Role } from '../../shared/access/roles';
import { idKey } from '../../shared/ids';

/** What signing a request in needs of a session: whose it is and until when it opens anything. */
export interface SessionRow {
  _id: string;
  userId: Types.ObjectId | string;
  expiresAt: Date;
  revokedAt?: Date | null;
}

/**
 * What signing a request in needs of an account, and how to show it times and texts (its time
 * zone and language): no name, no address.
 */
export interface AccountRow {
  _id: Types.ObjectId | string;
  role: string;
  organizationId: Types.ObjectId | string;
  disabledAt?: Date | null;
  timeZone?: string;
  language?: string;
}

export const SESSION_ROW_FIELDS = { userId: 1, expiresAt: 1, revokedAt: 1 } as const;
export const ACCOUNT_ROW_FIELDS = { role: 1, organizationId: 1, disabledAt: 1, timeZone: 1, language: 1 } as const;

/** The change-log images of sessions and accounts: what the tables keep, nothing else. */
export const sessionRowOf = imageOfFields(SESSION_ROW_FIELDS);
export const accountRowOf = imageOfFields(ACCOUNT_ROW_FIELDS);

/**
 * The sessions that may still open something, by the hash of their token (a revoked one is
 * forgotten at once; an expired one is refused when asked, and forgotten then).
 */
export class SessionTable implements ReadModelState<SessionRow> {
  private readonly open = new Map<string, { userId: string; expiresAt: Date }>();

  constructor(rows: SessionRow[]) {
    for (const row of rows) this.put(row._id, row);
  }

  get size(): number {
    return this.open.size;
  }

  put(id: string, row: SessionRow | null): void {
    if (!row || row.revokedAt) this.open.delete(id);
    else this.open.set(id, { userId: idKey(row.userId), expiresAt: row.expiresAt });
  }

  /** The account a session opens at `now`, or null. */
  userOf(tokenHash: string, now: Date): string | null {
    const session = this.open.get(tokenHash);
    if (!session) return null;
    if (session.expiresAt <= now) {
      this.open.delete(tokenHash);
      return null;
    }
    return session.userId;
  }
}

export interface Account {
  role: Role;
  organizationId: string;
  disabled: boolean;
  timeZone: string;
  language: string;
}

/** Every account's role, group, whether it is disabled, and its time zone and language, by id. */
export class AccountTable implements ReadModelState<AccountRow> {
  private readonly accounts = new Map<string, Account>();

  constructor(rows: AccountRow[]) {
    for (const row of rows) this.put(idKey(row._id), row);
  }

  get size(): number {
    return this.accounts.size;
  }

  put(id: string, row: AccountRow | null): void {
    if (!row) this.accounts.delete(id);
    else
      this.accounts.set(id, {
        role: row.role as Role,
        organizationId: idKey(row.organizationId),
        disabled: Boolean(row.disabledAt),
        timeZone: row.timeZone ?? 'UTC',
        language: row.language ?? 'en',
      });
  }

  get(userId: string): Account | undefined {
    return this.accounts.get(userId);
  }
}
