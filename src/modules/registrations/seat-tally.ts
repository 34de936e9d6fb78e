import { Types } from 'mongoose';
import type { ReadModelState } from '../../db/read-model';
import type { RegistrationDoc } from './registration.model';
import { idKey } from '../../shared/ids';

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
/** No slot (the end of a workshop's list of seated registrations). */
const END = -1;

/** Which fields a registration's row had (pick() keeps only those), one bit each. */
const FIELD_BITS = {
  workshopId: 1 << 0,
  organizationId: 1 << 1,
  status: 1 << 2,
  version: 1 << 3,
  offerExpiresAt: 1 << 4,
  seatClaim: 1 << 5,
  slotClaim: 1 << 6,
  waitTicket: 1 << 7,
  anonymisedAt: 1 << 8,
} as const;
type RowField = keyof typeof FIELD_BITS;
const ROW_FIELDS = Object.keys(FIELD_BITS) as RowField[];

/**
 * Every registration's facts in columns (typed arrays, one slot a registration; about 60 bytes
 * each, no object per registration), the claims and id a seated row carries beside them, and
 * each workshop's seated registrations as a ring through the slots (next, previous). 100,000
 * registrations of 100,000 workshops take about 52 MB with the tally's maps and names, where a
 * row object each in a map per workshop took 97 MB.
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
  /** When its personal data was removed, epoch milliseconds (NaN: null). */
  anonymisedAt: Float64Array;
  /** The number of its participant's account (0: none). */
  user: Uint32Array;
  /** Which fields its row had (FIELD_BITS). */
  fields: Uint16Array;
  /** The workshop's next and previous seated registration (END: none). */
  next: Int32Array;
  prev: Int32Array;
  /** Its id, and its seat and slot claims as stored (strings, null or none), by slot. */
  readonly ids: (string | undefined)[] = [];
  readonly seatClaims: unknown[] = [];
  readonly slotClaims: unknown[] = [];
  private readonly free: number[] = [];
  private used = 0;

  constructor(capacity: number) {
    this.workshop = new Uint32Array(capacity);
    this.organization = new Uint32Array(capacity);
    this.status = new Uint8Array(capacity);
    this.version = new Float64Array(capacity);
    this.offer = new Float64Array(capacity);
    this.ticket = new Float64Array(capacity);
    this.anonymisedAt = new Float64Array(capacity);
    this.user = new Uint32Array(capacity);
    this.fields = new Uint16Array(capacity);
    this.next = new Int32Array(capacity);
    this.prev = new Int32Array(capacity);
  }

  /** Slots ever used (released ones among them have no id). */
  get length(): number {
    return this.used;
  }

  take(): number {
    const slot = this.free.pop();
    if (slot !== undefined) return slot;
    if (this.used === this.status.length) this.grow(Math.max(1_024, Math.ceil(this.used * 1.5)));
    return this.used++;
  }

  release(slot: number): void {
    this.ids[slot] = undefined;
    this.seatClaims[slot] = undefined;
    this.slotClaims[slot] = undefined;
    this.free.push(slot);
  }

  private grow(capacity: number): void {
    const wider = <A extends Uint32Array | Uint8Array | Uint16Array | Int32Array | Float64Array>(from: A, to: A): A => {
      to.set(from as never);
      return to;
    };
    this.workshop = wider(this.workshop, new Uint32Array(capacity));
    this.organization = wider(this.organization, new Uint32Array(capacity));
    this.status = wider(this.status, new Uint8Array(capacity));
    this.version = wider(this.version, new Float64Array(capacity));
    this.offer = wider(this.offer, new Float64Array(capacity));
    this.ticket = wider(this.ticket, new Float64Array(capacity));
    this.anonymisedAt = wider(this.anonymisedAt, new Float64Array(capacity));
    this.user = wider(this.user, new Uint32Array(capacity));
    this.fields = wider(this.fields, new Uint16Array(capacity));
    this.next = wider(this.next, new Int32Array(capacity));
    this.prev = wider(this.prev, new Int32Array(capacity));
  }
}

export interface SeatFigures {
  confirmed: number;
  waitlisted: number;
  /** Waiting registrations holding an offer: their seats are not available to others. */
  openOffers: number;
}

/** A group's registrations in one workshop: seated, waiting (offers apart), awaiting approval. */
export interface GroupFigures {
  confirmed: number;
  waitlisted: number;
  offers: number;
  pendingApproval: number;
}

const standingOf = (status: string, offer: boolean): keyof GroupFigures | null =>
  status === 'CONFIRMED' ? 'confirmed' : status === 'WAITLISTED' ? (offer ? 'offers' : 'waitlisted') : status === 'PENDING_APPROVAL' ? 'pendingApproval' : null;

type Kind = keyof SeatFigures;
const kindOf = (status: string, offer: boolean): Kind | null =>
  status === 'CONFIRMED' ? 'confirmed' : status === 'WAITLISTED' ? (offer ? 'openOffers' : 'waitlisted') : null;

const idOf = (value: unknown): string | null => (value === null || value === undefined ? null : idKey(value));
const msOf = (value: unknown): number => (value instanceof Date ? value.getTime() : value ? new Date(value as string).getTime() : NONE);
const dateOf = (ms: number): Date | null => (Number.isNaN(ms) ? null : new Date(ms));
/** An id as the database holds it, from the text the tally keeps (an ObjectId's hex, or the id itself). */
const idValue = (text: string): unknown => (text.length === 24 && Types.ObjectId.isValid(text) ? new Types.ObjectId(text) : text);
const FIGURE: Record<Kind, number> = { confirmed: 0, waitlisted: 1, openOffers: 2 };

/**
 * Every workshop's seat figures, counted from its registrations as they are now (the rule of
 * seating/settle.ts's countsOf): each registration adds to one figure of its workshop, and a
 * changed registration moves from one figure to another. Beside them, each workshop's seated
 * and waiting registrations (what the seat engine settles from, rebuilt as rows when asked), the
 * workshops each account is confirmed for (who may see participants' material), and every
 * registration's facts, counted or not (what a notification about it needs: registration()), with
 * each workshop's ticket holders (waiting-list ranks: ticketsOf()). Only the fields that count
 * are kept, no personal data, and no object per registration.
 */
export class SeatTally implements ReadModelState<SeatRow> {
  /** Each workshop number's figures, three a workshop (FIGURE: confirmed, waitlisted, open offers). */
  private figures = new Int32Array(3 * 1_024);
  /** Account id → workshop id → how many of its confirmed registrations are there (one, but counted). */
  private readonly confirmedOf = new Map<string, Map<string, number>>();
  /** Workshop number → the first of its confirmed and waiting registrations (their slots are a ring: next, prev). */
  private readonly seated = new Map<number, number>();
  /** Registration id → its slot in the columns (every registration known, so an older image arriving later is ignored). */
  private readonly slots = new Map<string, number>();
  private readonly columns: Columns;
  private readonly workshops = new Names();
  private readonly organizations = new Names();
  private readonly statuses = new Names();
  private readonly users = new Names();
  /** Workshop number → the slots of its registrations that hold a waiting-list ticket (of any status). */
  private readonly ticketHolders = new Map<number, Set<number>>();
  private counted = 0;

  constructor(rows: SeatRow[]) {
    this.columns = new Columns(Math.max(1_024, Math.ceil(rows.length * 1.125)));
    this.organizations.numberOf(''); // 0: none
    this.users.numberOf(''); // 0: none
    for (const row of rows) this.put(idKey(row._id), row);
  }

  of(workshopId: string): SeatFigures {
    const workshop = this.workshops.find(workshopId);
    if (workshop === undefined) return { confirmed: 0, waitlisted: 0, openOffers: 0 };
    const at = 3 * workshop;
    return { confirmed: this.figures[at]!, waitlisted: this.figures[at + 1]!, openOffers: this.figures[at + 2]! };
  }

  /** How many registrations count (confirmed or waiting). */
  get size(): number {
    return this.counted;
  }

  /** A workshop's confirmed and waiting registrations (open offers among them), as pick() gives them, each a new row the caller may change. */
  rowsOf(workshopId: string): SeatRow[] {
    const workshop = this.workshops.find(workshopId);
    const first = workshop === undefined ? undefined : this.seated.get(workshop);
    const rows: SeatRow[] = [];
    if (first === undefined) return rows;
    let slot = first;
    do {
      rows.push(this.rowAt(slot));
      slot = this.columns.next[slot]!;
    } while (slot !== first);
    return rows;
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

  /**
   * One group's registrations per workshop, by where they stand: a walk over the columns (typed
   * arrays: about a millisecond at 100,000 registrations), no read of the database.
   */
  groupFigures(organizationId: string): Map<string, GroupFigures> {
    const organization = this.organizations.find(organizationId);
    const found = new Map<string, GroupFigures>();
    if (organization === undefined || organization === 0) return found;
    const c = this.columns;
    for (let slot = 0; slot < c.length; slot++) {
      if (c.organization[slot] !== organization || c.ids[slot] === undefined) continue;
      const standing = standingOf(this.statuses.names[c.status[slot]! & ~FLAGS]!, (c.status[slot]! & OFFERED) !== 0);
      if (!standing) continue;
      const workshopId = this.workshops.names[c.workshop[slot]!]!;
      const figures = found.get(workshopId) ?? { confirmed: 0, waitlisted: 0, offers: 0, pendingApproval: 0 };
      figures[standing] += 1;
      found.set(workshopId, figures);
    }
    return found;
  }

  /** Workshop id → how many of its registrations await the Secretariat's approval (a walk over the columns). */
  pendingApprovals(): Map<string, number> {
    const pending = this.statuses.find('PENDING_APPROVAL');
    const found = new Map<string, number>();
    if (pending === undefined) return found;
    const c = this.columns;
    for (let slot = 0; slot < c.length; slot++) {
      if ((c.status[slot]! & ~FLAGS) !== pending || c.ids[slot] === undefined) continue;
      const workshopId = this.workshops.names[c.workshop[slot]!]!;
      found.set(workshopId, (found.get(workshopId) ?? 0) + 1);
    }
    return found;
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
        const userId = this.users.names[c.user[slot]!];
        this.figures[3 * workshop + FIGURE[oldKind]]! -= 1;
        if (oldKind === 'confirmed' && userId) this.confirm(userId, workshopId, -1);
        this.counted -= 1;
        this.unseat(workshop, slot);
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
    const row = given as SeatRow & Record<string, unknown>;
    let fields = 0;
    for (const field of ROW_FIELDS) if (field in row) fields |= FIELD_BITS[field];
    const workshop = this.workshops.numberOf(idKey(row.workshopId));
    const workshopId = this.workshops.names[workshop]!;
    const organization = this.organizations.numberOf(idOf(row.organizationId) ?? '');
    const status = this.statuses.numberOf(row.status);
    const userId = idOf(row.participant?.userId || null);
    const user = this.users.numberOf(userId ?? '');
    if (3 * workshop + 3 > this.figures.length) {
      const wider = new Int32Array(2 * this.figures.length);
      wider.set(this.figures);
      this.figures = wider;
    }
    c.ids[slot] = id;
    c.seatClaims[slot] = row.seatClaim;
    c.slotClaims[slot] = row.slotClaim;
    c.fields[slot] = fields;
    c.workshop[slot] = workshop;
    c.organization[slot] = organization;
    c.user[slot] = user;
    c.status[slot] = status | (row.anonymisedAt ? ANONYMISED : 0) | (row.offerExpiresAt ? OFFERED : 0);
    c.version[slot] = row.version ?? 0;
    c.offer[slot] = msOf(row.offerExpiresAt);
    c.anonymisedAt[slot] = msOf(row.anonymisedAt);
    c.ticket[slot] = typeof row.waitTicket === 'number' ? row.waitTicket : NONE;
    if (typeof row.waitTicket === 'number') {
      const holders = this.ticketHolders.get(workshop) ?? new Set<number>();
      this.ticketHolders.set(workshop, holders.add(slot));
    }
    const kind = kindOf(row.status, Boolean(row.offerExpiresAt));
    if (!kind) return;
    this.figures[3 * workshop + FIGURE[kind]]! += 1;
    if (kind === 'confirmed' && userId) this.confirm(userId, workshopId, 1);
    this.counted += 1;
    this.seat(workshop, slot);
  }

  /** The row of a seated slot, as pick() gives it of the registration it was told. */
  private rowAt(slot: number): SeatRow {
    const c = this.columns;
    const fields = c.fields[slot]!;
    const has = (field: RowField) => (fields & FIELD_BITS[field]) !== 0;
    const id = c.ids[slot]!;
    const row: Record<string, unknown> = { _id: idValue(id) };
    if (has('workshopId')) row.workshopId = idValue(this.workshops.names[c.workshop[slot]!]!);
    if (has('organizationId')) row.organizationId = c.organization[slot] === 0 ? null : idValue(this.organizations.names[c.organization[slot]!]!);
    if (has('status')) row.status = this.statuses.names[c.status[slot]! & ~FLAGS];
    if (has('version')) row.version = c.version[slot];
    if (has('offerExpiresAt')) row.offerExpiresAt = dateOf(c.offer[slot]!);
    if (has('seatClaim')) row.seatClaim = c.seatClaims[slot];
    if (has('slotClaim')) row.slotClaim = c.slotClaims[slot];
    if (has('waitTicket')) row.waitTicket = Number.isNaN(c.ticket[slot]!) ? null : c.ticket[slot];
    if (has('anonymisedAt')) row.anonymisedAt = dateOf(c.anonymisedAt[slot]!);
    if (c.user[slot] !== 0) row.participant = { userId: idValue(this.users.names[c.user[slot]!]!) };
    return row as SeatRow;
  }

  /** Appends a slot to its workshop's ring of seated registrations (the order they were told). */
  private seat(workshop: number, slot: number): void {
    const c = this.columns;
    const first = this.seated.get(workshop);
    if (first === undefined) {
      c.next[slot] = slot;
      c.prev[slot] = slot;
      this.seated.set(workshop, slot);
      return;
    }
    const last = c.prev[first]!;
    c.next[last] = slot;
    c.prev[slot] = last;
    c.next[slot] = first;
    c.prev[first] = slot;
  }

  private unseat(workshop: number, slot: number): void {
    const c = this.columns;
    const next = c.next[slot]!;
    const prev = c.prev[slot]!;
    if (next === slot) this.seated.delete(workshop);
    else {
      c.next[prev] = next;
      c.prev[next] = prev;
      if (this.seated.get(workshop) === slot) this.seated.set(workshop, next);
    }
    c.next[slot] = END;
    c.prev[slot] = END;
  }

  private confirm(userId: string, workshopId: string, step: 1 | -1): void {
    const workshops = this.confirmedOf.get(userId) ?? new Map<string, number>();
    const count = (workshops.get(workshopId) ?? 0) + step;
    if (count > 0) workshops.set(workshopId, count);
    else workshops.delete(workshopId);
    if (workshops.size > 0) this.confirmedOf.set(userId, workshops);
    else this.confirmedOf.delete(userId);
  }
}
