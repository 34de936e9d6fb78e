import type { Collection, Db } from 'mongodb';
import { isDuplicateKeyError } from '../errors';

/**
 * The claims rule (DESIGN.md): anything exclusive is an inserted document with a predictable
 * `_id`. Insert uniqueness on `_id` is atomic on MongoDB and FerretDB alike, unlike conditional
 * updates, which FerretDB 1.x evaluates in memory.
 */
export interface Claim {
  _id: string;
  kind: string;
  createdAt: Date;
  /** Set when the claimed work is done (e.g. a notification accepted by SMTP). */
  completedAt?: Date;
  /** A sweep job releases claims whose holder died; on MongoDB a TTL index also does (server-indexes.ts). */
  expiresAt?: Date;
  data?: Record<string, unknown>;
}

export const CLAIMS_COLLECTION = 'claims';

export function claimsCollection(db: Db): Collection<Claim> {
  return db.collection<Claim>(CLAIMS_COLLECTION);
}

export const CLAIM_INDEXES: Record<string, 1 | -1>[] = [
  // serves: the sweep of expired claims (expiresAt < now); a TTL index on MongoDB (server-indexes.ts)
  { expiresAt: 1 },
  // serves: listing one kind's claims when reconciling counters (registrations/reconcile-claims)
  { kind: 1, createdAt: 1 },
];

export async function ensureClaimIndexes(db: Db): Promise<void> {
  for (const key of CLAIM_INDEXES) await claimsCollection(db).createIndex(key);
}

/** True if this caller now holds `id`; false if someone else already does. */
export async function tryClaim(
  db: Db,
  id: string,
  fields: { kind: string; now: Date; expiresAt?: Date; data?: Record<string, unknown> },
): Promise<boolean> {
  try {
    await claimsCollection(db).insertOne({
      _id: id,
      kind: fields.kind,
      createdAt: fields.now,
      ...(fields.expiresAt ? { expiresAt: fields.expiresAt } : {}),
      ...(fields.data ? { data: fields.data } : {}),
    });
    return true;
  } catch (err) {
    if (isDuplicateKeyError(err)) return false;
    throw err;
  }
}

export async function completeClaim(db: Db, id: string, now: Date): Promise<void> {
  await claimsCollection(db).updateOne({ _id: id }, { $set: { completedAt: now }, $unset: { expiresAt: '' } });
}

export async function releaseClaim(db: Db, id: string): Promise<boolean> {
  const result = await claimsCollection(db).deleteOne({ _id: id });
  return result.deletedCount === 1;
}

/** Releases claims whose holder never completed them in time; returns how many were freed. */
export async function sweepExpiredClaims(db: Db, now: Date): Promise<number> {
  const result = await claimsCollection(db).deleteMany({ expiresAt: { $lt: now } });
  return result.deletedCount;
}
