import type { ReadModelState } from '../../db/read-model';
import type { RegistrationDoc } from './registration.model';

/** What a registration contributes to its workshop's figures. */
/** What the seat engine reads of a seated or waiting registration (seating/settle.ts). */
export type SeatRow = Pick<
  RegistrationDoc,
  '_id' | 'workshopId' | 'organizationId' | 'status' | 'version' | 'offerExpiresAt' | 'seatClaim' | 'slotClaim' | 'waitTicket'
> & {
  participant?: { userId?: unknown } | null;
};
export const SEAT_ROW_FIELDS = {
  workshopId: 1,
  organizationId: 1,
  status: 1,
  version: 1,
  offerExpiresAt: 1,
  seatClaim: 1,
  slotClaim: 1,
  waitTicket: 1,
  'participant.userId': 1,
} as const;

/** Only the fields that count (an image or a document may carry more). */
export function pick(doc: Record<string, unknown> | SeatRow): SeatRow {
  const source = doc as Record<string, unknown> & { participant?: { userId?: unknown } | null };
  const row: Record<string, unknown> = { _id: source._id };
  for (const field of Object.keys(SEAT_ROW_FIELDS)) if (!field.includes('.') && field in source) row[field] = source[field];
  if (source.participant?.userId) row.participant = { userId: source.participant.userId };
  return row as SeatRow;
}

export interface SeatFigures {
  confirmed: number;
  waitlisted: number;
  /** Waiting registrations holding an offer: their seats are not available to others. */
  openOffers: number;
}

type Kind = keyof SeatFigures;
const kindOf = (row: SeatRow): Kind | null =>
  row.status === 'CONFIRMED' ? 'confirmed' : row.status === 'WAITLISTED' ? (row.offerExpiresAt ? 'openOffers' : 'waitlisted') : null;

/**
 * Every workshop's seat figures, counted from its registrations as they are now (the rule of
 * seating/settle.ts's countsOf): each registration adds to one figure of its workshop, and a
 * changed registration moves from one figure to another. Beside them, each workshop's seated
 * and waiting registrations (what the seat engine settles from) and the workshops each account
 * is confirmed for (who may see participants' material). Only the fields that count are kept.
 */
export class SeatTally implements ReadModelState<SeatRow> {
  private readonly kinds = new Map<string, { workshopId: string; kind: Kind; userId: string | null }>();
  private readonly figures = new Map<string, SeatFigures>();
  /** Account id → workshop id → how many of its confirmed registrations are there (one, but counted). */
  private readonly confirmedOf = new Map<string, Map<string, number>>();
  /** Workshop id → its confirmed and waiting registrations (what seating/settle.ts reads). */
  private readonly seated = new Map<string, Map<string, SeatRow>>();
  /** Registration id → the newest version applied: an older image arriving later is ignored. */
  private readonly versions = new Map<string, number>();

  constructor(rows: SeatRow[]) {
    for (const row of rows) this.put(String(row._id), row);
  }

  of(workshopId: string): SeatFigures {
    return { ...(this.figures.get(workshopId) ?? { confirmed: 0, waitlisted: 0, openOffers: 0 }) };
  }

  get size(): number {
    return this.kinds.size;
  }

  /** A workshop's confirmed and waiting registrations (open offers among them), each a copy the caller may change. */
  rowsOf(workshopId: string): SeatRow[] {
    return [...(this.seated.get(workshopId)?.values() ?? [])].map((row) => ({ ...row }));
  }

  /** The workshops this account holds a confirmed seat in. */
  confirmedWorkshopsOf(userId: string): Set<string> {
    return new Set(this.confirmedOf.get(userId)?.keys() ?? []);
  }

  put(id: string, given: SeatRow | null): void {
    // Images from the change log may arrive out of order between processes: versions only rise.
    const known = this.versions.get(id);
    if (known !== undefined && given !== null && (given.version ?? 0) < known) return;
    if (given === null) this.versions.delete(id);
    else this.versions.set(id, given.version ?? 0);
    const row = given && pick(given);
    const old = this.kinds.get(id);
    if (old) {
      this.figuresOf(old.workshopId)[old.kind] -= 1;
      if (old.kind === 'confirmed' && old.userId) this.confirm(old.userId, old.workshopId, -1);
      this.kinds.delete(id);
      const rows = this.seated.get(old.workshopId);
      rows?.delete(id);
      if (rows?.size === 0) this.seated.delete(old.workshopId);
    }
    const kind = row ? kindOf(row) : null;
    if (!row || !kind) return;
    const workshopId = String(row.workshopId);
    const userId = row.participant?.userId ? String(row.participant.userId) : null;
    this.kinds.set(id, { workshopId, kind, userId });
    this.figuresOf(workshopId)[kind] += 1;
    if (kind === 'confirmed' && userId) this.confirm(userId, workshopId, 1);
    const rows = this.seated.get(workshopId) ?? new Map<string, SeatRow>();
    this.seated.set(workshopId, rows.set(id, row));
  }

  private confirm(userId: string, workshopId: string, step: 1 | -1): void {
    const workshops = this.confirmedOf.get(userId) ?? new Map<string, number>();
    const count = (workshops.get(workshopId) ?? 0) + step;
    if (count > 0) workshops.set(workshopId, count);
    else workshops.delete(workshopId);
    if (workshops.size > 0) this.confirmedOf.set(userId, workshops);
    else this.confirmedOf.delete(userId);
  }

  private figuresOf(workshopId: string): SeatFigures {
    let figures = this.figures.get(workshopId);
    if (!figures) {
      figures = { confirmed: 0, waitlisted: 0, openOffers: 0 };
      this.figures.set(workshopId, figures);
    }
    return figures;
  }
}
