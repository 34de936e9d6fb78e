import type { Db } from 'mongodb';
import type { Types } from 'mongoose';
import { claimsCollection, releaseHeldClaim, tryClaim } from '../../../db/claims';
import { pseudonymOf } from '../../../shared/pseudonym';

/*
 * Seats, group slots, waiting-list tickets and "one person per workshop" as claims (DESIGN.md):
 * inserted documents with predictable ids, so even concurrent requests on FerretDB never share one.
 * Each records its holder (a registration id), and only that holder releases it.
 */

/**
 * One active registration per person per group in a workshop, keyed by a hash of the email (claim
 * ids and logs never carry personal data). Per group, so another group's registration of the same
 * address neither blocks the person's own group nor tells anyone it exists (no oracle, no squat).
 */
/** Whether a registration holds a seat: confirmed, or waiting with an open offer. */
export const holdsSeat = (row: { status: string; offerExpiresAt?: Date | null }) =>
  row.status === 'CONFIRMED' || (row.status === 'WAITLISTED' && Boolean(row.offerExpiresAt));

export const personClaimId = (workshopId: string, organizationId: string, email: string) => `ws:${workshopId}:person:${organizationId}:${pseudonymOf(email)}`;
export const seatClaimId = (workshopId: string, n: number) => `ws:${workshopId}:seat:${n}`;
export const slotClaimId = (workshopId: string, organizationId: string, n: number) => `ws:${workshopId}:group:${organizationId}:slot:${n}`;
export const waitClaimId = (workshopId: string, ticket: number) => `ws:${workshopId}:wait:${ticket}`;

/** The registration a claim is taken for; recorded so releases and the reconcile job can check it. */
export interface Holder {
  registrationId: Types.ObjectId;
  workshopId: string;
  now: Date;
}

export type ClaimKind = 'seat' | 'slot' | 'person' | 'wait-ticket';

export function claimFor(db: Db, id: string, kind: ClaimKind, holder: Holder): Promise<boolean> {
  return tryClaim(db, id, { kind, now: holder.now, data: { registrationId: String(holder.registrationId), workshopId: holder.workshopId } });
}

/** The first of `candidates` this holder could claim (each a cheap `_id` insert), or null. */
export async function claimFirstOf(db: Db, candidates: Iterable<string>, kind: ClaimKind, holder: Holder): Promise<string | null> {
  for (const id of candidates) if (await claimFor(db, id, kind, holder)) return id;
  return null;
}

/** The number a seat, slot or ticket claim ends with (`ws:<id>:seat:3` is 3). */
export const claimNumber = (claimId: string) => Number(claimId.slice(claimId.lastIndexOf(':') + 1));

export function* numbered(from: number, to: number, idOf: (n: number) => string): Generator<string> {
  for (let n = from; n <= to; n++) yield idOf(n);
}

/** Up to `attempts` seats picked at random: cheap when many are free, a miss says nothing. */
export function* randomSeats(workshopId: string, capacity: number, attempts: number): Generator<string> {
  for (let i = 0; i < Math.min(attempts, capacity); i++) yield seatClaimId(workshopId, 1 + Math.floor(Math.random() * capacity));
}

/** Releases those of `ids` that `holder` still holds (never a claim someone took since). */
export async function releaseHeld(db: Db, holder: Types.ObjectId | string, ids: (string | null | undefined)[]): Promise<void> {
  for (const id of ids) if (id) await releaseHeldClaim(db, id, String(holder));
}

/** Marks a ticket whose registration was never written: it no longer counts as someone ahead. */
export async function voidWaitTicket(db: Db, workshopId: string, ticket: number): Promise<void> {
  await claimsCollection(db).updateOne({ _id: waitClaimId(workshopId, ticket) }, { $set: { 'data.void': true } });
}

/** The kinds of claim a workshop's seating holds (seats, slots, people, tickets, and closed seats and slots). */
export const SEATING_CLAIM_KINDS = ['seat', 'slot', 'person', 'wait-ticket', 'seat-closed', 'slot-closed'];

/**
 * Once a workshop is over (completed or cancelled) nobody takes a seat in it again: its seating
 * claims go, person claims (hashes of addresses) first among them.
 */
export async function dropSeatingClaims(db: Db, workshopId: string): Promise<number> {
  const result = await claimsCollection(db).deleteMany({ 'data.workshopId': workshopId, kind: { $in: SEATING_CLAIM_KINDS } });
  return result.deletedCount;
}
