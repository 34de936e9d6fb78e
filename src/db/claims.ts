import type { Collection, Db } from 'mongodb';
import { isDuplicateKeyError } from '../shared/errors';

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

/**
 * Claims that guard one transition (an edit's revision, a status change, an invitation's use, a
 * registration's version) expire, so a crash between the claim and its write locks nothing for
 * good; system/sweep-claims deletes them. Expiry is safe because the write that follows is guarded
 * by the number it locked (a revision, a history length, a version) or by a unique index.
 */
export const TRANSITION_CLAIM_TTL_MS = 15 * 60_000;
const TRANSITION_KINDS = new Set(['workshop-revision', 'workshop-capacity', 'organization-status', 'invitation', 'registration-transition', 'letter-change']);

export function claimsCollection(db: Db): Collection<Claim> {
  return db.collection<Claim>(CLAIMS_COLLECTION);
}

export const CLAIM_INDEXES: Record<string, 1 | -1>[] = [
  // serves: the sweep of expired claims (expiresAt < now); a TTL index on MongoDB (server-indexes.ts)
  { expiresAt: 1 },
  // serves: listing one kind's claims when reconciling counters (registrations/reconcile-claims)
  { kind: 1, createdAt: 1 },
  // serves: the registrations/reconcile-claims job (a batch of upcoming workshops' claims)
  { 'data.workshopId': 1, kind: 1 },
];

export async function ensureClaimIndexes(db: Db): Promise<void> {
  for (const key of CLAIM_INDEXES) await claimsCollection(db).createIndex(key);
}

/** True if this caller now holds `id`; false if someone else already does. */
export async function tryClaim(db: Db, id: string, fields: { kind: string; now: Date; expiresAt?: Date; data?: Record<string, unknown> }): Promise<boolean> {
  const expiresAt = fields.expiresAt ?? (TRANSITION_KINDS.has(fields.kind) ? new Date(fields.now.getTime() + TRANSITION_CLAIM_TTL_MS) : undefined);
  try {
    await claimsCollection(db).insertOne({
      _id: id,
      kind: fields.kind,
      createdAt: fields.now,
      ...(expiresAt ? { expiresAt } : {}),
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

/**
 * Releases `id` only if `holder` (a registration id, or the token a lock recorded) still holds it. A point read then a point
 * delete (FerretDB reaches storage only for a filter that is exactly `{_id}`): safe because only
 * the winner of its holder's transition releases a claim, and the reconcile job only long after.
 */
export async function releaseHeldClaim(db: Db, id: string, holder: string): Promise<boolean> {
  const claim = await claimsCollection(db).findOne({ _id: id });
  if (!claim || String(claim.data?.registrationId ?? claim.data?.holder ?? '') !== holder) return false;
  return releaseClaim(db, id);
}

/** Releases claims whose holder never completed them in time; returns how many were freed. */
export async function sweepExpiredClaims(db: Db, now: Date): Promise<number> {
  const result = await claimsCollection(db).deleteMany({ expiresAt: { $lt: now } });
  return result.deletedCount;
}
