import type { Database } from '../../src/db/database';
import { waitFor } from './wait';

/**
 * Registrations recount their workshop's seats a moment later (bursts share one recount). Tests
 * that count database commands wait for those recounts first, or a late one lands in the count.
 */
export async function seatCountsSettled(database: Database): Promise<void> {
  await waitFor(async () => {
    const { Registration, Workshop } = database.models;
    const [workshops, registrations] = await Promise.all([
      Workshop.find({}, { seatCounts: 1 }).lean<{ _id: unknown; seatCounts?: { confirmed?: number; waitlisted?: number; openOffers?: number } }[]>(),
      Registration.find({ status: { $in: ['CONFIRMED', 'WAITLISTED'] } }, { workshopId: 1, status: 1, offerExpiresAt: 1 }).lean<
        { workshopId: unknown; status: string; offerExpiresAt?: Date | null }[]
      >(),
    ]);
    return workshops.every((workshop) => {
      const own = registrations.filter((r) => String(r.workshopId) === String(workshop._id));
      const confirmed = own.filter((r) => r.status === 'CONFIRMED').length;
      const openOffers = own.filter((r) => r.status === 'WAITLISTED' && r.offerExpiresAt).length;
      const counts = workshop.seatCounts ?? {};
      return (counts.confirmed ?? 0) === confirmed && (counts.openOffers ?? 0) === openOffers && (counts.waitlisted ?? 0) === own.length - confirmed - openOffers;
    });
  }, 'seat recounts to settle');
}
