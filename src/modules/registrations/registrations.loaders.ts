import DataLoader from 'dataloader';
import { Types } from 'mongoose';
import type { Database } from '../../db/database';
import type { RegistrationDoc } from './registration.model';

/** Waiting-list positions for every workshop a page touches, in one query: rank by ticket. */
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
    waitlistRanks: new DataLoader<string, Map<number, number>>(async (workshopIds) => {
      const waiting = await database.models.Registration.find(
        { workshopId: { $in: workshopIds.map((id) => new Types.ObjectId(id)) }, status: 'WAITLISTED', offerExpiresAt: null },
        { workshopId: 1, waitTicket: 1 },
      ).lean<Pick<RegistrationDoc, 'workshopId' | 'waitTicket'>[]>();
      const byWorkshop = new Map<string, number[]>();
      for (const row of waiting) {
        const list = byWorkshop.get(String(row.workshopId)) ?? [];
        list.push(row.waitTicket ?? 0);
        byWorkshop.set(String(row.workshopId), list);
      }
      return workshopIds.map((id) => new Map((byWorkshop.get(id) ?? []).sort((a, b) => a - b).map((ticket, index) => [ticket, index + 1])));
    }),
  };
}
