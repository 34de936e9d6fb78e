import DataLoader from 'dataloader';
import type { Database } from '../../db/database';
import type { SeatFigures } from './seat-tally';
import { waitingRanksOf, type SeatFiguresModel } from './seat-figures.reads';

export function createRegistrationLoaders({ database, seatFigures }: { database: Database; seatFigures: SeatFiguresModel }) {
  return {
    /**
     * The seat figures of the workshops a page shows, from the figures in memory: the lookups of
     * one tick share one catch-up. Not cached, so a later field of the request (after a mutation)
     * sees later figures.
     */
    seatFigures: new DataLoader<string, SeatFigures>(
      async (ids) => {
        const tally = await seatFigures.current();
        return ids.map((id) => tally.of(id));
      },
      { cache: false },
    ),
    /** The workshops each person (by user id) is confirmed for, from the seat tally in memory. */
    confirmedWorkshopsOf: new DataLoader<string, Set<string>>(async (userIds) => {
      const tally = await seatFigures.current();
      return userIds.map((id) => tally.confirmedWorkshopsOf(id));
    }),
    /**
     * Waiting-list positions of the workshops a page touches, from the seat tally in memory (the
     * rule of waitingRanksOf: proven current for the request, so a registration the request just
     * made is counted; claims are read only for tickets no registration holds yet).
     */
    waitlistRanks: new DataLoader<string, Map<number, number>>(async (workshopIds) => {
      const tally = await seatFigures.current();
      return Promise.all(workshopIds.map((id) => waitingRanksOf(database, tally, id)));
    }),
  };
}
