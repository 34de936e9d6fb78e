import { createHmac } from 'node:crypto';

/**
 * A keyed pseudonym of a person (HMAC-SHA256 of the normalised email under PSEUDONYM_SECRET), for
 * records that must outlive the person's data, such as the audit log of an erasure. Without the
 * key, hashing guessed addresses does not find the person again; with it, the Secretariat can
 * still answer "was this address erased?".
 *
 * Not the claim id of registrations (`pseudonymOf` in registrations/seat-claims.ts), which is
 * unkeyed and belongs to the seat engine.
 */
export function keyedPseudonym(secret: string, email: string): string {
  return createHmac('sha256', secret).update(email.trim().toLowerCase()).digest('hex').slice(0, 32);
}
