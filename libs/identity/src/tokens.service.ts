import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { SignJWT, jwtVerify } from 'jose';
import { IsNull, Not, Repository } from 'typeorm';
import { AppConfig, Clock } from '@sanggar/core';
import { IdentityErrors } from './identity.errors.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';

const ISSUER = 'sanggar';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest();

@Injectable()
export class TokensService {
  private readonly key: Uint8Array;

  constructor(
    private readonly config: AppConfig,
    @InjectRepository(RefreshTokenEntity) private readonly refreshTokens: Repository<RefreshTokenEntity>,
    private readonly clock: Clock,
  ) {
    this.key = new TextEncoder().encode(config.JWT_SECRET);
  }

  /** A short-lived access token and a new refresh token (in a new family unless one is given). */
  async issue(userId: string, familyId: string = randomUUID()): Promise<TokenPair> {
    const accessToken = await this.accessToken(userId);
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    await this.refreshTokens.insert({
      id,
      userId,
      familyId,
      secretHash: sha256(secret),
      expiresAt: new Date(this.clock.now().getTime() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000),
    });
    return { accessToken, refreshToken: `${id}.${secret}` };
  }

  /** An access token alone, valid from the Clock's now for ACCESS_TOKEN_TTL_SECONDS. */
  accessToken(userId: string): Promise<string> {
    const issuedAt = Math.floor(this.clock.now().getTime() / 1000);
    return new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.config.ACCESS_TOKEN_TTL_SECONDS)
      .sign(this.key);
  }

  /** The user id of a valid access token; UNAUTHENTICATED otherwise. */
  async verifyAccess(token: string): Promise<string> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'], currentDate: this.clock.now() });
      if (!payload.sub) throw new Error('no subject');
      return payload.sub;
    } catch {
      throw IdentityErrors.invalidToken();
    }
  }

  /**
   * Spends a refresh token and returns its user and family. A token is spent once: the atomic
   * UPDATE decides between two racing calls, and a second use revokes the whole family.
   */
  async spendRefresh(token: string): Promise<{ userId: string; familyId: string }> {
    const [id, secret] = token.split('.');
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    if (!id || !secret || !uuid.test(id)) throw IdentityErrors.invalidToken();
    const row = await this.refreshTokens.findOneBy({ id });
    const expected = row?.secretHash;
    if (!row || !expected || !timingSafeEqual(expected, sha256(secret))) throw IdentityErrors.invalidToken();

    const spent = await this.refreshTokens
      .createQueryBuilder()
      .update()
      .set({ usedAt: () => 'now()' })
      .where('id = :id AND used_at IS NULL AND revoked_at IS NULL AND expires_at > :now', { id, now: this.clock.now() })
      .execute();
    if (spent.affected === 1) return { userId: row.userId, familyId: row.familyId };

    const spentBefore = await this.refreshTokens.existsBy({ id, usedAt: Not(IsNull()) });
    if (spentBefore) {
      await this.revokeFamily(row.familyId);
      throw IdentityErrors.refreshReused();
    }
    throw IdentityErrors.invalidToken();
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.refreshTokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  }
}
