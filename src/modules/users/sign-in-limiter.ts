import { createHash } from 'node:crypto';
import type { Db } from 'mongodb';
import { claimsCollection, tryClaim } from '../../db/claims';
import { RateLimitedError } from '../../errors';

export const SIGN_IN_WINDOW_MS = 15 * 60_000;
/** Failed attempts one address may make per window, across all emails (an office shares one address). */
const IP_FAILURES_PER_EMAIL_LIMIT = 20;

/**
 * At most `limit` sign-in attempts per email in a fixed 15-minute window, and `limit * 20` failed
 * ones per client address. Each email attempt first claims a numbered slot (the claims rule), so
 * even concurrent attempts cannot pass the limit; a successful sign-in frees the email's slots.
 * Keys are hashes, so claims never hold an email, and unknown emails are limited like known ones.
 */
export class SignInLimiter {
  private readonly window: number;
  private readonly expiresAt: Date;
  private readonly emailPrefix: string;
  private readonly ipPrefix: string;
  private readonly ipLimit: number;

  constructor(
    private readonly db: Db,
    private readonly options: { email: string; ip: string; now: Date; limit: number },
  ) {
    this.window = Math.floor(options.now.getTime() / SIGN_IN_WINDOW_MS);
    this.expiresAt = new Date((this.window + 2) * SIGN_IN_WINDOW_MS);
    this.emailPrefix = `signin:${this.window}:email:${digest(options.email)}`;
    this.ipPrefix = `signin:${this.window}:ip:${digest(options.ip)}`;
    this.ipLimit = options.limit * IP_FAILURES_PER_EMAIL_LIMIT;
  }

  /** Takes one attempt, or throws RATE_LIMITED. */
  async take(): Promise<void> {
    const ipExhausted = await claimsCollection(this.db).countDocuments({ _id: `${this.ipPrefix}:${this.ipLimit}` }, { limit: 1 });
    if (ipExhausted > 0 || !(await this.claimSlot(this.emailPrefix, this.options.limit))) {
      throw new RateLimitedError(Math.ceil(((this.window + 1) * SIGN_IN_WINDOW_MS - this.options.now.getTime()) / 1000));
    }
  }

  async failed(): Promise<void> {
    await this.claimSlot(this.ipPrefix, this.ipLimit);
  }

  async succeeded(): Promise<void> {
    const ids = Array.from({ length: this.options.limit }, (_, n) => `${this.emailPrefix}:${n + 1}`);
    await claimsCollection(this.db).deleteMany({ _id: { $in: ids } });
  }

  private async claimSlot(prefix: string, limit: number): Promise<boolean> {
    for (let n = 1; n <= limit; n++) {
      if (await tryClaim(this.db, `${prefix}:${n}`, { kind: 'signin-attempt', now: this.options.now, expiresAt: this.expiresAt })) return true;
    }
    return false;
  }
}

const digest = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 32);
