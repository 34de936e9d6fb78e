import { createHash } from 'node:crypto';
import type { Db } from 'mongodb';
import { claimsCollection, tryClaim, type Claim } from '../../db/claims';
import { RateLimitedError } from '../../shared/errors';

export const SIGN_IN_WINDOW_MS = 15 * 60_000;
/** Failed attempts one address may make per window, across all emails (an office shares one address). */
const IP_FAILURES_PER_EMAIL_LIMIT = 20;
/** After the free attempts, each further one from the same client waits twice as long: 15 s, 30 s, 1 min … */
const FIRST_DELAY_MS = 15_000;
const DELAYED_ATTEMPTS = 6;

/**
 * Sign-in throttling as OWASP recommends, keyed by who is failing rather than by the account, so
 * nobody can lock someone else out:
 * - per (email, client address): `limit` attempts in a fixed 15-minute window, then progressive
 *   delays (15 s, doubling) before each further attempt, then none until the window ends; a
 *   successful sign-in frees the pair's slots;
 * - per client address: `limit * 20` failures across all emails, then none until the window ends.
 * A correct password from a client that has not been failing therefore always signs in.
 * Each attempt claims a numbered slot first (the claims rule), so concurrent attempts cannot pass a
 * limit or a delay; keys are hashes, so claims never hold an email or address, and unknown emails
 * are limited like known ones.
 */
export class SignInLimiter {
  private readonly window: number;
  private readonly expiresAt: Date;
  private readonly pairPrefix: string;
  private readonly ipPrefix: string;
  private readonly ipLimit: number;
  private readonly pairCap: number;

  constructor(
    private readonly db: Db,
    private readonly options: { email: string; ip: string; now: Date; limit: number },
  ) {
    this.window = Math.floor(options.now.getTime() / SIGN_IN_WINDOW_MS);
    this.expiresAt = new Date((this.window + 2) * SIGN_IN_WINDOW_MS);
    this.pairPrefix = `signin:${this.window}:pair:${digest(`${options.email}\n${options.ip}`)}`;
    this.ipPrefix = `signin:${this.window}:ip:${digest(options.ip)}`;
    this.ipLimit = options.limit * IP_FAILURES_PER_EMAIL_LIMIT;
    this.pairCap = options.limit + DELAYED_ATTEMPTS;
  }

  /** Takes one attempt, or throws RATE_LIMITED with how long to wait. */
  async take(): Promise<void> {
    const ipExhausted = await claimsCollection(this.db).countDocuments({ _id: `${this.ipPrefix}:${this.ipLimit}` }, { limit: 1 });
    if (ipExhausted > 0) throw new RateLimitedError(this.secondsToWindowEnd());
    const slot = await this.claimSlot(this.pairPrefix, this.pairCap);
    if (slot === null) throw new RateLimitedError(this.secondsToWindowEnd());
    if (slot <= this.options.limit) return;
    const waitMs = await this.delayLeft(slot);
    if (waitMs > 0) {
      // Release only what this attempt holds.
      await claimsCollection(this.db).deleteOne({ _id: `${this.pairPrefix}:${slot}` });
      throw new RateLimitedError(Math.ceil(waitMs / 1000));
    }
  }

  async failed(): Promise<void> {
    await this.claimSlot(this.ipPrefix, this.ipLimit);
  }

  async succeeded(): Promise<void> {
    const ids = Array.from({ length: this.pairCap }, (_, n) => `${this.pairPrefix}:${n + 1}`);
    await claimsCollection(this.db).deleteMany({ _id: { $in: ids } });
  }

  /** How long attempt `slot` must still wait after the previous one (missing: it is in flight, wait the full delay). */
  private async delayLeft(slot: number): Promise<number> {
    const required = FIRST_DELAY_MS * 2 ** (slot - this.options.limit - 1);
    const previous = await claimsCollection(this.db).findOne({ _id: `${this.pairPrefix}:${slot - 1}` });
    if (!previous) return required;
    return (previous as Claim).createdAt.getTime() + required - this.options.now.getTime();
  }

  private secondsToWindowEnd(): number {
    return Math.ceil(((this.window + 1) * SIGN_IN_WINDOW_MS - this.options.now.getTime()) / 1000);
  }

  private async claimSlot(prefix: string, limit: number): Promise<number | null> {
    for (let n = 1; n <= limit; n++) {
      if (await tryClaim(this.db, `${prefix}:${n}`, { kind: 'signin-attempt', now: this.options.now, expiresAt: this.expiresAt })) return n;
    }
    return null;
  }
}

/**
 * A fixed allowance of requests per client address for one purpose (`password-reset`) per 15-minute
 * window, whatever the email they name, so the answer past it is the same for every address: each
 * request claims a numbered slot, as sign-in attempts do, and the last slot taken closes the window.
 */
export async function takeClientAllowance(db: Db, options: { purpose: string; ip: string; now: Date; limit: number }): Promise<void> {
  const window = Math.floor(options.now.getTime() / SIGN_IN_WINDOW_MS);
  const prefix = `${options.purpose}:${window}:ip:${digest(options.ip)}`;
  const secondsLeft = Math.ceil(((window + 1) * SIGN_IN_WINDOW_MS - options.now.getTime()) / 1000);
  if ((await claimsCollection(db).countDocuments({ _id: `${prefix}:${options.limit}` }, { limit: 1 })) > 0) throw new RateLimitedError(secondsLeft);
  const expiresAt = new Date((window + 2) * SIGN_IN_WINDOW_MS);
  for (let n = 1; n <= options.limit; n++) {
    if (await tryClaim(db, `${prefix}:${n}`, { kind: `${options.purpose}-request`, now: options.now, expiresAt })) return;
  }
  throw new RateLimitedError(secondsLeft);
}

const digest = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 32);
