import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, type AuthUser, Clock, unauthenticated } from '@sanggar/core';
import { IdentityService } from '@sanggar/identity';

/** How long a download link works: long enough to click it, short enough that a forwarded one is dead. */
export const DOWNLOAD_LINK_SECONDS = 300;

/**
 * Links a browser can follow without a bearer header: `?token=` names who asked, for which file, until
 * when, signed. Whoever follows it is treated as that person, so access is checked again as for them.
 */
@Injectable()
export class DownloadLinks {
  private readonly key: Buffer;

  constructor(
    config: AppConfig,
    private readonly clock: Clock,
    private readonly identity: IdentityService,
  ) {
    this.key = createHmac('sha256', config.JWT_SECRET).update('sanggar/download-links').digest();
  }

  /** A path with a token for `user` and `file` (the path itself, without the query). */
  link(user: AuthUser, path: string): string {
    const expires = Math.floor(this.clock.now().getTime() / 1000) + DOWNLOAD_LINK_SECONDS;
    return `${path}?token=${user.id}.${expires}.${this.signature(user.id, path, expires)}`;
  }

  /** The person a token was made for, if it is for this path and still valid; UNAUTHENTICATED otherwise. */
  async holder(token: string, path: string): Promise<AuthUser> {
    const [userId, expiresText, signature] = token.split('.');
    const expires = Number(expiresText);
    const expected = Buffer.from(this.signature(userId ?? '', path, expires));
    const given = Buffer.from(signature ?? '');
    const valid = given.length === expected.length && timingSafeEqual(given, expected);
    if (!valid || !(expires * 1000 > this.clock.now().getTime())) throw unauthenticated();
    // A deactivated person's links die with their logins.
    return this.identity.loadAuthUser(userId).catch(() => {
      throw unauthenticated();
    });
  }

  private signature(userId: string, path: string, expires: number): string {
    return createHmac('sha256', this.key).update(`${userId}\n${path}\n${expires}`).digest('base64url');
  }
}
