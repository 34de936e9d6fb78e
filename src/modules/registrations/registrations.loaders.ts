import DataLoader from 'dataloader';
import { Types } from 'mongoose';
import type { Database } from '../../db/database';
import { freshReads } from '../../db/fresh-reads';
import type { RegistrationDoc } from './registration.model';

export function createRegistrationLoaders(database: Database) {
  return {
    /** The workshops each person (by user id) is confirmed for: one query, whatever the page size. */
    confirmedWorkshopsOf: new DataLoader<string, Set<string>>(async (userIds) => {
      const rows = await database.models.Registration.find(
        { 'participant.userId': { $in: userIds.map((id) => new Types.ObjectId(id)) }, status: 'CONFIRMED' },
        { workshopId: 1, 'participant.userId': 1 },
      ).lean<Pick<RegistrationDoc, 'workshopId' | 'participant'>[]>();
      return userIds.map((id) => new Set(rows.filter((r) => String(r.participant?.userId) === id).map((r) => String(r.workshopId))));
    }),
    /**
     * Waiting-list positions of the workshops a page touches: one workshop (a registration's
     * answer) through the shared fresh read, several in one query.
     */
    waitlistRanks: new DataLoader<string, Map<number, number>>(async (workshopIds) => {
      if (workshopIds.length === 1) return [await waitingRanks(database, workshopIds[0]!)];
      const rows = await waitingRows(database, workshopIds);
      return workshopIds.map((id) => ranksOf(rows.filter((row) => String(row.workshopId) === id)));
    }),
  };
}

const rankReads = freshReads<Map<number, number>>();

/**
 * The live rank of each waiting ticket in a workshop (1 = next in line; open offers are out of
 * line). Read after every write that preceded the question, and shared by concurrent requests:
 * on FerretDB the read scans the registrations, so a burst must not scan once per request.
 */
export function waitingRanks(database: Database, workshopId: string): Promise<Map<number, number>> {
  return rankReads(`${database.db.databaseName}:${workshopId}`, async () => ranksOf(await waitingRows(database, [workshopId])));
}

function waitingRows(database: Database, workshopIds: readonly string[]) {
  const ids = workshopIds.map((id) => new Types.ObjectId(id));
  return database.models.Registration.find(
    { workshopId: ids.length === 1 ? ids[0] : { $in: ids }, status: 'WAITLISTED', offerExpiresAt: null },
    { workshopId: 1, waitTicket: 1 },
  ).lean<Pick<RegistrationDoc, 'workshopId' | 'waitTicket'>[]>();
}

function ranksOf(rows: Pick<RegistrationDoc, 'waitTicket'>[]): Map<number, number> {
  return new Map(rows.map((row) => row.waitTicket ?? 0).sort((a, b) => a - b).map((ticket, index) => [ticket, index + 1]));
}
