import type { ReadModelState } from '../../db/read-model';
import type { RegistrationDoc } from './registration.model';
import { idKey } from '../../db/ids';

/** What the seat engine reads of a seated or waiting registration (seating/settle.ts). */
export type SeatRow = Pick<
  RegistrationDoc,
  '_id' | 'workshopId' | 'organizationId' | 'status' | 'version' | 'offerExpiresAt' | 'seatClaim' | 'slotClaim' | 'waitTicket'
> & {
  participant?: { userId?: unknown } | null;
  /** When its personal data was removed (a date, not personal data): a message about it is not sent. */
  anonymisedAt?: Date | null;
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
  anonymisedAt: 1,
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

/**
 * What the tally knows of any registration, counted or not (notifications compose from it): its
 * state and the ids it belongs to, no personal data.
 */
export interface RegistrationFacts {
  _id: string;
  workshopId: string;
  organizationId: string | null;
  status: RegistrationDoc['status'];
  version: number;
  offerExpiresAt: Date | null;
  waitTicket: number | null;
  /** Its personal data was removed (retention or erasure). */
  anonymised: boolean;
}

/** A registration that ever held a waiting-list ticket, as the ranks are computed from it. */
export type TicketRow = Pick<RegistrationFacts, 'status' | 'offerExpiresAt'> & { waitTicket: number };

/** Short strings that recur (workshop and group ids, statuses), each kept once and named by a number. */
class Names {
  private readonly numbers = new Map<string, number>();
  readonly names: string[] = [];
  /** The number of a name already kept, or undefined. */
  find(name: string): number | undefined {
    return this.numbers.get(name);
  }
  numberOf(name: string): number {
    let n = this.numbers.get(name);
    if (n === undefined) {
      n = this.names.push(name) - 1;
      this.numbers.set(name, n);
    }
    return n;
  }
}

/** Flags beside a status's number: its personal data is gone; it holds an offer (counted as one). */
const ANONYMISED = 0x80;
const OFFERED = 0x40;
const FLAGS = ANONYMISED | OFFERED;
const NONE = Number.NaN;

/**
 * Every registration's facts in columns (typed arrays, one slot a registration; about 30 bytes
 * each, no object per registration): 100,000 registrations take about 3 MB.
 */
class Columns {
  workshop: Uint32Array;
  organization: Uint32Array;
  /** The status's number, with the flags ANONYMISED and OFFERED. */
  status: Uint8Array;
  version: Float64Array;
  /** Epoch milliseconds, NaN for none. */
  offer: Float64Array;
  ticket: Float64Array;
  private readonly free: number[] = [];
  private used = 0;

  constructor(capacity: number) {
    this.workshop = new Uint32Array(capacity);
    this.organization = new Uint32Array(capacity);
    this.status = new Uint8Array(capacity);
    this.version = new Float64Array(capacity);
    this.offer = new Float64Array(capacity);
    this.ticket = new Float64Array(capacity);
  }

  take(): number {
    const slot = this.free.pop();
    if (slot !== undefined) return slot;
    if (this.used === this.status.length) this.grow(Math.max(1_024, Math.ceil(this.used * 1.5)));
    return this.used++;
  }

  release(slot: number): void {
    this.free.push(slot);
  }

  private grow(capacity: number): void {
    const wider = <A extends Uint32Array | Uint8Array | Float64Array>(from: A, to: A): A => {
      to.set(from as never);
      return to;
    };
    this.workshop = wider(this.workshop, new Uint32Array(capacity));
    this.organization = wider(this.organization, new Uint32Array(capacity));
    this.status = wider(this.status, new Uint8Array(capacity));
    this.version = wider(this.version, new Float64Array(capacity));
    this.offer = wider(this.offer, new Float64Array(capacity));
    this.ticket = wider(this.ticket, new Float64Array(capacity));
  }
}

export interface SeatFigures {
  confirmed: number;
  waitlisted: number;
  /** Waiting registrations holding an offer: their seats are not available to others. */
  openOffers: number;
}

type Kind = keyof SeatFigures;
const kindOf = (status: string, offer: boolean): Kind | null =>
  status === 'CONFIRMED' ? 'confirmed' : status === 'WAITLISTED' ? (offer ? 'openOffers' : 'waitlisted') : null;

const isObjectId = (value: unknown) => typeof value === 'object' && value !== null && (value as { _bsontype?: unknown })._bsontype === 'ObjectId';

/** The ObjectId kept for this number (the number names the id, so they are equal; the first seen is kept); any other value as it is. */
function shared<T>(kept: unknown[], n: number, value: T): T {
  if (!isObjectId(value)) return value;
  const known = kept[n];
  if (isObjectId(known)) return known as T;
  kept[n] = value;
  return value;
}

const idOf = (value: unknown): string | null => (value === null || value === undefined ? null : idKey(value));
const msOf = (value: unknown): number => (value instanceof Date ? value.getTime() : value ? new Date(value as string).getTime() : NONE);

/**
 * Every workshop's seat figures, counted from its registrations as they are now (the rule of
 * seating/settle.ts's countsOf): each registration adds to one figure of its workshop, and a
 * changed registration moves from one figure to another. Beside them, each workshop's seated
 * and waiting registrations (what the seat engine settles from), the workshops each account
 * is confirmed for (who may see participants' material), and every registration's facts, counted
 * or not (what a notification about it needs: registration()), with each workshop's ticket
 * holders (waiting-list ranks: ticketsOf()). Only the fields that count are kept, no personal data.
 */
export class SeatTally implements ReadModelState<SeatRow> {
  private readonly figures = new Map<string, SeatFigures>();
  /** Account id → workshop id → how many of its confirmed registrations are there (one, but counted). */
  private readonly confirmedOf = new Map<string, Map<string, number>>();
  /** Workshop id → its confirmed and waiting registrations (what seating/settle.ts reads). */
  private readonly seated = new Map<string, Map<string, SeatRow>>();
  /** Registration id → its slot in the columns (every registration known, so an older image arriving later is ignored). */
  private readonly slots = new Map<string, number>();
  private readonly columns: Columns;
  private readonly workshops = new Names();
  private readonly organizations = new Names();
  private readonly statuses = new Names();
  /**
   * The first id object seen for each workshop and group number: the rows kept share it (100,000
   * rows would otherwise hold 200,000 equal ObjectIds, some 80 bytes each).
   */
  private readonly workshopIds: unknown[] = [];
  private readonly organizationIds: unknown[] = [];
  /** Workshop number → the slots of its registrations that hold a waiting-list ticket (of any status). */
  private readonly ticketHolders = new Map<number, Set<number>>();
  private counted = 0;

  constructor(rows: SeatRow[]) {
    this.columns = new Columns(Math.max(1_024, Math.ceil(rows.length * 1.125)));
    this.organizations.numberOf(''); // 0: none
    for (const row of rows) this.put(idKey(row._id), row);
  }

  of(workshopId: string): SeatFigures {
    return { ...(this.figures.get(workshopId) ?? { confirmed: 0, waitlisted: 0, openOffers: 0 }) };
  }

  /** How many registrations count (confirmed or waiting). */
  get size(): number {
    return this.counted;
  }

  /** A workshop's confirmed and waiting registrations (open offers among them), each a copy the caller may change. */
  rowsOf(workshopId: string): SeatRow[] {
    return [...(this.seated.get(workshopId)?.values() ?? [])].map((row) => ({ ...row }));
  }

  /** The workshops this account holds a confirmed seat in. */
  confirmedWorkshopsOf(userId: string): Set<string> {
    return new Set(this.confirmedOf.get(userId)?.keys() ?? []);
  }

  /** What is known of any registration as it is now (null: none such), without personal data. */
  registration(id: string): RegistrationFacts | null {
    const slot = this.slots.get(id);
    if (slot === undefined) return null;
    const c = this.columns;
    const offer = c.offer[slot]!;
    const ticket = c.ticket[slot]!;
    return {
      _id: id,
      workshopId: this.workshops.names[c.workshop[slot]!]!,
      organizationId: this.organizations.names[c.organization[slot]!] || null,
      status: this.statuses.names[c.status[slot]! & ~FLAGS] as RegistrationFacts['status'],
      version: c.version[slot]!,
      offerExpiresAt: Number.isNaN(offer) ? null : new Date(offer),
      waitTicket: Number.isNaN(ticket) ? null : ticket,
      anonymised: (c.status[slot]! & ANONYMISED) !== 0,
    };
  }

  /** Every registration of a workshop that holds a waiting-list ticket, whatever its status now (the tickets known). */
  ticketsOf(workshopId: string): TicketRow[] {
    const workshop = this.workshops.find(workshopId);
    const c = this.columns;
    return [...((workshop !== undefined && this.ticketHolders.get(workshop)) || [])].map((slot) => {
      const offer = c.offer[slot]!;
      return {
        status: this.statuses.names[c.status[slot]! & ~FLAGS] as TicketRow['status'],
        offerExpiresAt: Number.isNaN(offer) ? null : new Date(offer),
        waitTicket: c.ticket[slot]!,
      };
    });
  }

  put(id: string, given: SeatRow | null): void {
    // Images from the change log may arrive out of order between processes: versions only rise.
    const c = this.columns;
    let slot = this.slots.get(id);
    if (slot !== undefined && given !== null && (given.version ?? 0) < c.version[slot]!) return;
    if (slot !== undefined) {
      const workshop = c.workshop[slot]!;
      const workshopId = this.workshops.names[workshop]!;
      const oldKind = kindOf(this.statuses.names[c.status[slot]! & ~FLAGS]!, (c.status[slot]! & OFFERED) !== 0);
      if (oldKind) {
        const rows = this.seated.get(workshopId);
        const userId = idOf(rows?.get(id)?.participant?.userId);
        this.figuresOf(workshopId)[oldKind] -= 1;
        if (oldKind === 'confirmed' && userId) this.confirm(userId, workshopId, -1);
        this.counted -= 1;
        rows?.delete(id);
        if (rows?.size === 0) this.seated.delete(workshopId);
      }
      if (!Number.isNaN(c.ticket[slot]!)) {
        const holders = this.ticketHolders.get(workshop);
        holders?.delete(slot);
        if (holders?.size === 0) this.ticketHolders.delete(workshop);
      }
    }
    if (given === null) {
      if (slot !== undefined) {
        this.slots.delete(id);
        c.release(slot);
      }
      return;
    }
    if (slot === undefined) {
      slot = c.take();
      this.slots.set(id, slot);
    }
    const row = pick(given);
    const workshop = this.workshops.numberOf(idKey(row.workshopId));
    const workshopId = this.workshops.names[workshop]!;
    const organization = this.organizations.numberOf(idOf(row.organizationId) ?? '');
    const status = this.statuses.numberOf(row.status);
    row.workshopId = shared(this.workshopIds, workshop, row.workshopId);
    if (organization !== 0) row.organizationId = shared(this.organizationIds, organization, row.organizationId);
    row.status = this.statuses.names[status] as SeatRow['status'];
    c.workshop[slot] = workshop;
    c.organization[slot] = organization;
    c.status[slot] = status | (row.anonymisedAt ? ANONYMISED : 0) | (row.offerExpiresAt ? OFFERED : 0);
    c.version[slot] = row.version ?? 0;
    c.offer[slot] = msOf(row.offerExpiresAt);
    c.ticket[slot] = typeof row.waitTicket === 'number' ? row.waitTicket : NONE;
    if (typeof row.waitTicket === 'number') {
      const holders = this.ticketHolders.get(workshop) ?? new Set<number>();
      this.ticketHolders.set(workshop, holders.add(slot));
    }
    const kind = kindOf(row.status, Boolean(row.offerExpiresAt));
    if (!kind) return;
    const userId = idOf(row.participant?.userId);
    this.figuresOf(workshopId)[kind] += 1;
    if (kind === 'confirmed' && userId) this.confirm(userId, workshopId, 1);
    this.counted += 1;
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
