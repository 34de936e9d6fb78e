import { releaseClaim, tryClaim } from '../../../db/claims';
import type { SeatFiguresModel } from '../seat-figures.reads';
import type { ProgrammeModel } from '../../workshops/workshops.reads';
import type { Database } from '../../../db/database';
import { ConflictError, NotFoundError } from '../../../shared/errors';
import type { Clock } from '../../../clock';
import type { RegistrationDoc } from '../registration.model';
import { racePoint } from '../../../db/race-points';

export type EngineCtx = { database: Database; clock: Clock };
/** What a reader of a workshop's seating also needs: the seating in memory (seat-figures.reads.ts). */
export type SeatingCtx = EngineCtx & { seatFigures: SeatFiguresModel; programme: ProgrammeModel };

export interface Transitioned {
  /** The stored registration just before the change: its claims are the ones to release. */
  before: RegistrationDoc;
  after: RegistrationDoc;
}

const versionOf = (registration: RegistrationDoc) => registration.version ?? 0;

/**
 * One change of a registration, compare-and-set on its version. The version is claimed first
 * (`reg:<id>:v:<n>`): a conditional update alone is not atomic on FerretDB 1.x, so of two
 * concurrent changes from version n the claim lets one write. The claim expires (a crash locks
 * nothing) and goes once written: whoever claims v:n afterwards finds version n+1 stored.
 */
async function writeVersion(ctx: EngineCtx, current: RegistrationDoc, set: Record<string, unknown>): Promise<Transitioned | 'busy' | 'stale'> {
  const version = versionOf(current);
  const lock = `reg:${String(current._id)}:v:${version}`;
  if (!(await tryClaim(ctx.database.db, lock, { kind: 'registration-transition', now: ctx.clock.now() }))) return 'busy';
  try {
    const before = await ctx.database.models.Registration.findOneAndUpdate(
      { _id: current._id, status: current.status, version: version === 0 ? { $in: [0, null] } : version },
      { $set: { ...set, version: version + 1 } },
      { returnDocument: 'before' },
    ).lean<RegistrationDoc>();
    if (!before) return 'stale';
    return { before, after: { ...before, ...set, version: version + 1 } as RegistrationDoc };
  } finally {
    await releaseClaim(ctx.database.db, lock);
  }
}

/**
 * Changes a registration from the state it was read in. `refuse` names why a state cannot make
 * this change (CONFLICT with a reason); a stale read is read again and re-checked, so a change
 * loses only to one that made it impossible. The race point `point` sits between read and write.
 */
export async function changeRegistration(
  ctx: EngineCtx,
  read: RegistrationDoc,
  point: string,
  refuse: (current: RegistrationDoc) => ConflictError | null,
  set: (current: RegistrationDoc) => Record<string, unknown>,
): Promise<Transitioned> {
  let current = read;
  for (let attempt = 1; ; attempt++) {
    const refusal = refuse(current);
    if (refusal) throw refusal;
    await racePoint(ctx.database, point, String(current._id));
    const outcome = await writeVersion(ctx, current, set(current));
    if (typeof outcome === 'object') return outcome;
    if (outcome === 'busy' || attempt >= 3) throw new ConflictError('This registration changed meanwhile; reload it and try again.', 'CHANGED_CONCURRENTLY');
    const fresh = await ctx.database.models.Registration.findById(current._id).lean<RegistrationDoc>();
    if (!fresh) throw new NotFoundError('Registration');
    current = fresh;
  }
}

/** For background work (jobs, subscribers): a change that lost its race is simply not made. */
export async function changeIfStill(...args: Parameters<typeof changeRegistration>): Promise<Transitioned | null> {
  try {
    return await changeRegistration(...args);
  } catch (err) {
    if (err instanceof ConflictError) return null;
    throw err;
  }
}
