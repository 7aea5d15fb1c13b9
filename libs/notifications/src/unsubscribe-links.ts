import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@sanggar/core';
import { NotificationCategory } from './notification-kinds.js';

const SIGNATURE_BYTES = 16;

/**
 * One-click unsubscribe links: `<user id, base64url><category><signature>` signed with a key derived from
 * the api's secret. They need no login and do not expire (an old email's link must still work); a
 * link only ever turns one category of one person's email off, which the person can turn on again.
 */
@Injectable()
export class UnsubscribeLinks {
  private readonly key: Buffer;

  constructor(private readonly config: AppConfig) {
    this.key = createHmac('sha256', config.JWT_SECRET).update('sanggar unsubscribe links v1').digest();
  }

  url(userId: string, category: NotificationCategory): string {
    const id = Buffer.from(userId.replaceAll('-', ''), 'hex').toString('base64url');
    return `${this.config.PUBLIC_URL}/unsubscribe/${id}.${category}.${this.sign(userId, category).toString('base64url')}`;
  }

  /** The person and category a token stands for, or null for a forged or malformed one. */
  read(token: string): { userId: string; category: NotificationCategory } | null {
    const [id, category, signature] = token.split('.');
    if (!id || !signature || !/^[\w-]{22}$/.test(id) || !Object.values<string>(NotificationCategory).includes(category)) return null;
    const hex = Buffer.from(id, 'base64url').toString('hex');
    const userId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    const given = Buffer.from(signature, 'base64url');
    const expected = this.sign(userId, category as NotificationCategory);
    return given.length === expected.length && timingSafeEqual(given, expected)
      ? { userId, category: category as NotificationCategory }
      : null;
  }

  private sign(userId: string, category: NotificationCategory): Buffer {
    return createHmac('sha256', this.key).update(`${userId}.${category}`).digest().subarray(0, SIGNATURE_BYTES);
  }
}
