import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { clientSource } from '@sanggar/core';
import { type Budget, RateLimiter } from '@sanggar/queue';
import { IdentityErrors } from './identity.errors.js';

const WINDOW_SECONDS = 15 * 60;
/** Wrong passwords for one account from one address (or IPv6 /64) before that address waits. */
export const MAX_FAILURES_PER_ACCOUNT_AND_SOURCE = 10;
/** Failed logins from one address to any account: hundreds of trainees share a hub's Wi-Fi address. */
export const MAX_FAILURES_PER_SOURCE = 300;

const hashOf = (email: string) => createHash('sha256').update(email).digest('hex').slice(0, 32);

/**
 * Login attempts are reserved before the password is checked, so a burst can never check more than
 * the limit. The lock falls on the address guessing, not on the account: its owner logs in from anywhere else.
 */
@Injectable()
export class LoginThrottle {
  constructor(private readonly limiter: RateLimiter) {}

  private budgets(email: string, ip: string | undefined): Budget[] {
    const source = clientSource(ip);
    return [
      { key: `login:${hashOf(email)}:${source}`, limit: MAX_FAILURES_PER_ACCOUNT_AND_SOURCE, windowSeconds: WINDOW_SECONDS },
      { key: `login:${source}`, limit: MAX_FAILURES_PER_SOURCE, windowSeconds: WINDOW_SECONDS },
    ];
  }

  /** Takes one attempt from the budgets (it stays spent if the password is wrong); refuses when they are spent. */
  async reserve(email: string, ip: string | undefined): Promise<void> {
    const reservation = await this.limiter.reserve(...this.budgets(email, ip));
    if (!reservation.allowed) throw IdentityErrors.rateLimited(reservation.retryAfterSeconds);
  }

  /** The password was right: the attempt did not fail, and this address starts afresh for this account. */
  async succeeded(email: string, ip: string | undefined): Promise<void> {
    const [account, source] = this.budgets(email, ip);
    await Promise.all([this.limiter.clear(account), this.limiter.refund(source)]);
  }
}
