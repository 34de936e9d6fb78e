import type { Db, Document } from 'mongodb';

/**
 * What the connected server is and can do, read once at start-up: FerretDB answers `buildInfo`
 * with a `ferretdbVersion` (it claims MongoDB 7.0's version number). Only index declarations
 * depend on it (src/db/server-indexes.ts); every rule runs the same code on both servers.
 */
export interface ServerCapabilities {
  server: 'mongodb' | 'ferretdb';
  version: string;
  /** The replica set's name, or null for a standalone server (FerretDB is always standalone). */
  replicaSet: string | null;
  /** TTL indexes (expireAfterSeconds) and partial indexes (partialFilterExpression). */
  ttlIndexes: boolean;
  partialIndexes: boolean;
}

export function capabilitiesOf(buildInfo: Document, hello: Document): ServerCapabilities {
  const ferretdb = 'ferretdbVersion' in buildInfo || 'ferretdb' in buildInfo;
  return {
    server: ferretdb ? 'ferretdb' : 'mongodb',
    version: ferretdb ? ferretdbVersionOf(buildInfo) : String(buildInfo.version),
    replicaSet: typeof hello.setName === 'string' ? hello.setName : null,
    ttlIndexes: !ferretdb,
    partialIndexes: !ferretdb,
  };
}

function ferretdbVersionOf(buildInfo: Document): string {
  const own = buildInfo.ferretdbVersion ?? buildInfo.ferretdb?.version;
  // A build from the module proxy lacks its version file (tools/ferretdb) and says "unknown".
  return typeof own === 'string' && own !== 'unknown' ? own : `(version unknown; reports MongoDB ${String(buildInfo.version)})`;
}

export async function detectCapabilities(db: Db): Promise<ServerCapabilities> {
  const admin = db.admin();
  const [buildInfo, hello] = await Promise.all([admin.command({ buildInfo: 1 }), admin.command({ hello: 1 })]);
  return capabilitiesOf(buildInfo, hello);
}
