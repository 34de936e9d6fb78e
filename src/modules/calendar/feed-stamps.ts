import { randomBytes } from 'node:crypto';
import type { AppDeps } from '../../graphql/context';
import type { CalendarStampDoc } from './calendar.models';
import { upsertById } from '../../db/upsert';

/**
 * What feeds are built from changes in two ways: workshops (every feed) and registrations (the
 * private feeds only, so a registration does not invalidate the public programme). The stamps
 * live in the database because changes happen in the api and in the worker alike.
 *
 * Ordering makes races err toward rebuilding: a change is written first and its stamp replaced
 * after (the domain event), while a feed reads the stamp first and the data after. A feed built
 * under stamp S therefore holds data at least as new as S; a change landing meanwhile replaces S,
 * and the next request rebuilds. Only a process dying between a write and its bump could leave a
 * feed stale, and feeds are rebuilt at least once a day (the day is part of every ETag).
 */
export type StampKind = 'workshops' | 'registrations';
export interface Stamp {
  version: string;
  changedAt: Date;
}
export type Stamps = Record<StampKind, Stamp>;

const NEVER: Stamp = { version: '0', changedAt: new Date(0) };

/** Both stamps in one command (by `_id`). */
export async function readStamps(deps: Pick<AppDeps, 'database'>): Promise<Stamps> {
  const docs = await deps.database.models.CalendarStamp.find({ _id: { $in: ['workshops', 'registrations'] } }).lean<CalendarStampDoc[]>();
  const byId = new Map(docs.map((doc) => [doc._id, { version: doc.version, changedAt: doc.changedAt }]));
  return { workshops: byId.get('workshops') ?? NEVER, registrations: byId.get('registrations') ?? NEVER };
}

/** Replaces the stamp with a fresh random value (not $inc: FerretDB's read-modify-write is not atomic). */
export async function bumpStamp(deps: Pick<AppDeps, 'database' | 'clock'>, kind: StampKind): Promise<void> {
  await upsertById(deps.database.models.CalendarStamp, kind, { $set: { version: randomBytes(12).toString('base64url'), changedAt: deps.clock.now() } });
}
