import { ConflictError } from '../../../shared/errors';
import type { SeatFigures, SeatKeeper, SeatKeeperCtx } from '../../workshops/seat-keeper';
import type { WorkshopDoc } from '../../workshops/workshop.model';
import { closeSeatsAbove, closeSlotsAbove, openSeatsUpTo, openSlotsUpTo, whileChangingCapacity } from './capacity';
import { refitSlots } from './refit';
import type { SeatingCtx } from './transition';
import type { SeatFiguresModel } from '../seat-figures.reads';
import type { ProgrammeModel } from '../../workshops/workshops.reads';
import type { DirectoryModel } from '../../organizations/directory.reads';
import { heldSeats } from './settle';

const lowers = (current: WorkshopDoc, next: SeatFigures) =>
  next.capacity < current.capacity || (next.perGroupQuota ?? Infinity) < (current.perGroupQuota ?? Infinity);

/** The seat engine's side of a workshop's capacity and quota (workshops/seat-keeper.ts), reading the seating in memory. */
export const createSeatKeeper = (models: { seatFigures: SeatFiguresModel; programme: ProgrammeModel; directory: DirectoryModel }): SeatKeeper => ({
  async checkLowering(ctx, current, next) {
    if (!lowers(current, next)) return;
    const held = await heldSeats({ ...ctx, ...models }, current._id);
    if (next.capacity < held.total) {
      throw new ConflictError(`Capacity cannot go below the ${held.total} seats already taken (confirmed or offered).`, 'CAPACITY_BELOW_CONFIRMED');
    }
    if (next.perGroupQuota && next.perGroupQuota < held.mostByOneGroup) {
      throw new ConflictError(`The per-group quota cannot go below the ${held.mostByOneGroup} seats one group already holds.`, 'QUOTA_BELOW_HELD');
    }
  },

  async changeSeats(ctx, current, next, write) {
    const updated = await whileChangingCapacity(ctx, current, () => writeSeats({ ...ctx, ...models }, current, next, write));
    if (lowers(current, next)) await refitSlots({ ...ctx, ...models }, updated);
    return updated;
  },
});

/**
 * Seats (and group slots) above a lower figure are closed first, their holders moved below: then
 * no interleaving overbooks. If the write fails they open again, and whoever waits may take them;
 * those within a raised figure open once it is stored.
 */
async function writeSeats(
  ctx: SeatKeeperCtx & SeatingCtx & { directory: DirectoryModel },
  current: WorkshopDoc,
  next: SeatFigures,
  write: () => Promise<WorkshopDoc>,
): Promise<WorkshopDoc> {
  const undoing = async (err: unknown): Promise<never> => {
    await openSeatsUpTo(ctx, current._id, next.capacity, current.capacity);
    await openSlotsUpTo(ctx, current._id, current.perGroupQuota ?? null);
    await ctx.events.publish('workshop.capacityRaised', { workshopId: String(current._id), capacity: current.capacity });
    throw err;
  };
  if (next.capacity < current.capacity) await closeSeatsAbove(ctx, current, next.capacity);
  if (next.perGroupQuota) await closeSlotsAbove(ctx, current, next.perGroupQuota).catch(undoing);
  const updated = await write().catch(undoing);
  await openSeatsUpTo(ctx, current._id, current.capacity, updated.capacity);
  await openSlotsUpTo(ctx, current._id, updated.perGroupQuota ?? null);
  return updated;
}
