import type { AppDeps } from '../../app/context';

/**
 * What feeds are built from changes in two ways: workshops (every feed) and registrations (the
 * private feeds only, so a registration does not invalidate the public programme). A feed's stamp
 * is where the read model it is built from stands in its change log (db/change-log.ts): every
 * write through the models is logged before it is acknowledged, in whichever process it happens,
 * and entry numbers are the same in every process. Proving the model current (one point read of
 * the log) therefore gives a stamp that has moved past every change made before the request; a
 * feed built from that model holds data at least as new as its stamp. Feeds are rebuilt at least
 * once a day too (the day is part of every ETag).
 */
export type StampKind = 'workshops' | 'registrations';
export interface Stamp {
  version: string;
  changedAt: Date;
}
export type Stamps = Record<StampKind, Stamp>;

const UNUSED: Stamp = { version: '-', changedAt: new Date(0) };

/** The stamps of the kinds asked for, each model proved current (a point read of its log); the others stay unused. */
export async function readStamps(deps: Pick<AppDeps, 'programme' | 'seatFigures'>, kinds: readonly StampKind[]): Promise<Stamps> {
  const models = { workshops: deps.programme, registrations: deps.seatFigures };
  const stamps: Stamps = { workshops: UNUSED, registrations: UNUSED };
  await Promise.all(
    kinds.map(async (kind) => {
      await models[kind].current();
      const { position, changedAt } = models[kind].stamp;
      stamps[kind] = { version: String(position), changedAt };
    }),
  );
  return stamps;
}
