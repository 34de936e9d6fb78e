import { createHash, createHmac } from 'node:crypto';

/**
 * A keyed pseudonym of a person (HMAC-SHA256 of the normalised email under PSEUDONYM_SECRET), for
 * records that must outlive the person's data, such as the audit log of an erasure. Without the
 * key, hashing guessed addresses does not find the person again; with it, the Secretariat can
 * still answer "was this address erased?".
 *
 * Not `pseudonymOf` below, which is unkeyed.
 */
export function keyedPseudonym(secret: string, email: string): string {
  return createHmac('sha256', secret).update(email.trim().toLowerCase()).digest('hex').slice(0, 32);
}

/**
 * The unkeyed pseudonym of an email (SHA-256 of the normalised address): what person claims,
 * notification recipients and preferences are keyed by, so no id or log carries the address.
 * Anyone with the address can recompute it; records that outlive the person use keyedPseudonym.
 */
export function pseudonymOf(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32);
}
