import type { Db, IndexSpecification, CreateIndexesOptions } from 'mongodb';
import type { Logger } from '../logger';
import type { ServerCapabilities } from './capabilities';
import { CLAIMS_COLLECTION, ensureClaimIndexes } from './claims';
import { ensureChangeIndexes } from './change-log';
import { FILES_BUCKET } from './file-storage';

/** The two indexes the driver would otherwise create lazily on a bucket's first write (a check per upload). */
export async function ensureGridfsIndexes(db: Db): Promise<void> {
  // serves: GridFS reads by name and newest revision (openDownloadStreamByName)
  await db.collection(`${FILES_BUCKET}.files`).createIndex({ filename: 1, uploadDate: 1 });
  // serves: every chunk read and write of a file, in order; one chunk per (file, n)
  await db.collection(`${FILES_BUCKET}.chunks`).createIndex({ files_id: 1, n: 1 }, { unique: true });
}

/**
 * Declared on MongoDB only (FerretDB 1.x answers NotImplemented): TTL expiry beside the sweep jobs
 * and partial unique indexes as a second line behind the claims. Neither is ever the only guard:
 * the sweeps (system/sweep-claims, users/sweep-sessions) and the claims rule run on both servers.
 */
export const TTL_INDEXES: { collection: string; field: string; serves: string }[] = [
  { collection: CLAIMS_COLLECTION, field: 'expiresAt', serves: 'expiry of abandoned claims, beside system/sweep-claims' },
  { collection: 'sessions', field: 'expiresAt', serves: 'expiry of sessions, beside users/sweep-sessions' },
];

export const PARTIAL_UNIQUE_INDEXES: { collection: string; key: IndexSpecification; options: CreateIndexesOptions; backs: string }[] = [
  {
    collection: 'registrations',
    key: { seatClaim: 1 },
    options: { name: 'seatClaim_unique_held', unique: true, partialFilterExpression: { seatClaim: { $type: 'string' } } },
    backs: 'a seat claim (ws:<id>:seat:<n>) is held by one registration at a time; cancelling clears it',
  },
  {
    collection: 'registrations',
    key: { workshopId: 1, waitTicket: 1 },
    options: { name: 'waitTicket_unique_per_workshop', unique: true, partialFilterExpression: { waitTicket: { $type: 'number' } } },
    backs: 'waiting-list tickets (ws:<id>:wait:<ticket>) are unique within a workshop',
  },
];

/**
 * Indexes that do not come from the Mongoose models: claims, the change log, GridFS, and the MongoDB-only ones.
 * `ttl: false` where time is not the wall clock: TTL indexes expire by the server's clock, so a
 * test's ManualClock (months in the past) would see its claims and sessions vanish.
 */
export async function ensureServerIndexes(db: Db, capabilities: ServerCapabilities, logger: Logger, options: { ttl: boolean }): Promise<void> {
  await ensureClaimIndexes(db);
  await ensureChangeIndexes(db);
  await ensureGridfsIndexes(db);
  if (capabilities.ttlIndexes && options.ttl) {
    for (const ttl of TTL_INDEXES) {
      // The models declare a plain { field: 1 } for the sweep; MongoDB 5.1+ turns it into a TTL index in place.
      await db.collection(ttl.collection).createIndex({ [ttl.field]: 1 });
      await db
        .command({ collMod: ttl.collection, index: { keyPattern: { [ttl.field]: 1 }, expireAfterSeconds: 0 } })
        .catch((err: unknown) => logger.warn({ err, collection: ttl.collection }, 'TTL index not applied; the sweep job still expires these'));
    }
  }
  if (capabilities.partialIndexes) {
    for (const index of PARTIAL_UNIQUE_INDEXES) {
      await db
        .collection(index.collection)
        .createIndex(index.key, index.options)
        .catch((err: unknown) => logger.error({ err, index: index.options.name }, 'partial unique index not created: stored data breaks the rule it backs'));
    }
  }
}
