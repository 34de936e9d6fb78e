import { createHash } from 'node:crypto';
import type { Db } from 'mongodb';
import type { Types } from 'mongoose';
import { releaseClaim, tryClaim } from '../../db/claims';

/*
 * Seats, group slots, waiting-list tickets and "one person per workshop" as claims (DESIGN.md):
 * inserted documents with predictable ids, so even concurrent requests on FerretDB never share one.
 */

/** Keyed by a hash of the email: claim ids (and logs of them) never carry personal data. */
export const personClaimId = (workshopId: string, email: string) => `ws:${workshopId}:person:${pseudonymOf(email)}`;

export function pseudonymOf(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32);
}

/** The registration a claim is taken for; recorded so the reconcile job can find leaked claims. */
export interface Holder {
  registrationId: Types.ObjectId;
  workshopId: string;
  now: Date;
}

function claimFor(db: Db, id: string, kind: string, holder: Holder): Promise<boolean> {
  return tryClaim(db, id, { kind, now: holder.now, data: { registrationId: String(holder.registrationId), workshopId: holder.workshopId } });
}

async function claimFirstFree(db: Db, prefix: string, size: number, holder: Holder): Promise<string | null> {
  for (let n = 1; n <= size; n++) {
    if (await claimFor(db, `${prefix}:${n}`, 'seat', holder)) return `${prefix}:${n}`;
  }
  return null;
}

/** One of the workshop's `capacity` seats, or null when all are held. */
export function claimSeat(db: Db, capacity: number, holder: Holder): Promise<string | null> {
  return claimFirstFree(db, `ws:${holder.workshopId}:seat`, capacity, holder);
}

/** Up to `attempts` seats picked at random: cheap when many are free, a miss says nothing. */
export async function claimRandomSeat(db: Db, capacity: number, holder: Holder, attempts: number): Promise<string | null> {
  for (let i = 0; i < Math.min(attempts, capacity); i++) {
    const id = `ws:${holder.workshopId}:seat:${1 + Math.floor(Math.random() * capacity)}`;
    if (await claimFor(db, id, 'seat', holder)) return id;
  }
  return null;
}

/** One of the group's `quota` slots in the workshop, or null when the group's quota is used. */
export function claimGroupSlot(db: Db, organizationId: string, quota: number, holder: Holder): Promise<string | null> {
  return claimFirstFree(db, `ws:${holder.workshopId}:group:${organizationId}:slot`, quota, holder);
}

/** The next waiting-list ticket: unique and rising, so the live rank is gapless. */
export async function takeWaitTicket(db: Db, holder: Holder, after: number): Promise<number> {
  for (let ticket = after + 1; ticket < after + 1_000_000; ticket++) {
    if (await claimFor(db, `ws:${holder.workshopId}:wait:${ticket}`, 'wait-ticket', holder)) return ticket;
  }
  throw new Error('no waiting-list ticket could be taken');
}

export async function releaseClaims(db: Db, ids: (string | null | undefined)[]): Promise<void> {
  for (const id of ids) if (id) await releaseClaim(db, id);
}
