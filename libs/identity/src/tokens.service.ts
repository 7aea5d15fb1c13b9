import { type KeyObject, createHash, createHmac, createSecretKey, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SignJWT } from 'jose';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { AppConfig, Clock, UUID_PATTERN } from '@sanggar/core';
import { AccessTokenVerifier } from './access-token.js';
import { AccountTokenEntity, type AccountTokenPurpose } from './account-token.entity.js';
import { IdentityErrors } from './identity.errors.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';

const ISSUER = 'sanggar';
/** However often it is refreshed, a login ends this long after it began. */
export const LOGIN_MAX_DAYS = 90;
const DAY_MS = 86_400_000;

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

/** Who an access token speaks for, and which login (refresh family) it belongs to. */
export interface AccessClaims {
  userId: string;
  sessionId: string | null;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/** "<uuid>.<secret>" split, or null when it is not of that form. */
function splitToken(token: string): { id: string; secret: string } | null {
  const [id, secret, extra] = token.split('.');
  return id && secret && extra === undefined && UUID_PATTERN.test(id) ? { id, secret } : null;
}

@Injectable()
export class TokensService {
  /** Imported once: a raw secret would be imported again on every token checked (half of a trivial request's JWT cost). */
  private readonly key: KeyObject;
  private readonly accessTokens: AccessTokenVerifier;

  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    this.key = createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8'));
    this.accessTokens = new AccessTokenVerifier(this.key, ISSUER);
  }

  private get refreshTokens() {
    return this.dataSource.getRepository(RefreshTokenEntity);
  }

  /**
   * A short-lived access token and a new refresh token: of a new login (family) unless one is given.
   * A refresh token never outlives its family's absolute end.
   */
  async issue(userId: string, family?: { id: string; expiresAt: Date }): Promise<TokenPair> {
    const now = this.clock.now().getTime();
    const familyId = family?.id ?? randomUUID();
    const familyExpiresAt = family?.expiresAt ?? new Date(now + LOGIN_MAX_DAYS * DAY_MS);
    const id = randomUUID();
    const secret = randomBytes(32).toString('base64url');
    await this.refreshTokens.insert({
      id,
      userId,
      familyId,
      secretHash: sha256(secret),
      expiresAt: new Date(Math.min(now + this.config.REFRESH_TOKEN_TTL_DAYS * DAY_MS, familyExpiresAt.getTime())),
      familyExpiresAt,
    });
    return { accessToken: await this.accessToken(userId, familyId), refreshToken: `${id}.${secret}` };
  }

  /** An access token alone, valid from the Clock's now for ACCESS_TOKEN_TTL_SECONDS. */
  accessToken(userId: string, sessionId?: string): Promise<string> {
    const issuedAt = Math.floor(this.clock.now().getTime() / 1000);
    return new SignJWT(sessionId ? { sid: sessionId } : {})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.config.ACCESS_TOKEN_TTL_SECONDS)
      .sign(this.key);
  }

  /** The claims of a valid access token; UNAUTHENTICATED otherwise. */
  verifyAccess(token: string): AccessClaims {
    const claims = this.accessTokens.claimsAt(token, this.clock.now());
    if (typeof claims?.sub !== 'string' || !claims.sub) throw IdentityErrors.invalidToken();
    return { userId: claims.sub, sessionId: typeof claims.sid === 'string' ? claims.sid : null };
  }

  /**
   * Spends a refresh token and returns its user and family. The atomic UPDATE decides between racing
   * calls. A token spent again within REFRESH_REUSE_GRACE_SECONDS still serves (its first answer may
   * have been lost to a reload); later, a second use means it was stolen and revokes the whole family.
   */
  async spendRefresh(token: string): Promise<{ userId: string; family: { id: string; expiresAt: Date } }> {
    const parts = splitToken(token);
    if (!parts) throw IdentityErrors.invalidToken();
    const found = await this.refreshTokens.findOneBy({ id: parts.id });
    if (!found || !timingSafeEqual(found.secretHash, sha256(parts.secret))) throw IdentityErrors.invalidToken();

    const now = this.clock.now();
    const spent = await this.refreshTokens
      .createQueryBuilder()
      .update()
      .set({ usedAt: now })
      .where('id = :id AND used_at IS NULL AND revoked_at IS NULL AND expires_at > :now AND family_expires_at > :now', {
        id: parts.id,
        now,
      })
      .execute();
    const granted = { userId: found.userId, family: { id: found.familyId, expiresAt: found.familyExpiresAt } };
    if (spent.affected === 1) return granted;

    const row = await this.refreshTokens.findOneByOrFail({ id: parts.id });
    const usable = !row.revokedAt && row.expiresAt > now && row.familyExpiresAt > now;
    if (!usable || !row.usedAt) throw IdentityErrors.invalidToken();
    if (now.getTime() - row.usedAt.getTime() <= this.config.REFRESH_REUSE_GRACE_SECONDS * 1000) return granted;
    await this.revokeFamily(row.familyId);
    throw IdentityErrors.refreshReused();
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.refreshTokens.update({ familyId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  }

  /** Ends every login of the person, but the one given (the caller's own, when they change their password). */
  async revokeAllFamilies(userId: string, except: string | null = null, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL AND (:except::uuid IS NULL OR family_id <> :except::uuid)', { userId, except })
      .execute();
  }

  /** A single-use emailed token, recorded in the caller's transaction; returns its id. */
  async createAccountToken(manager: EntityManager, userId: string, purpose: AccountTokenPurpose, validForMs: number): Promise<string> {
    const id = randomUUID();
    await manager.insert(AccountTokenEntity, {
      id,
      userId,
      purpose,
      secretHash: sha256(this.accountSecret(id)),
      expiresAt: new Date(this.clock.now().getTime() + validForMs),
    });
    return id;
  }

  /** What a link carries for an account token: the same every time, so a resent email holds the same link. */
  accountTokenText(id: string): string {
    return `${id}.${this.accountSecret(id)}`;
  }

  private accountSecret(id: string): string {
    return createHmac('sha256', this.key).update(`account-token:${id}`).digest('base64url');
  }

  /** Uses an account token of one of these purposes once (atomically); BAD_USER_INPUT when it cannot be used. */
  async spendAccountToken(
    manager: EntityManager,
    token: string,
    purposes: AccountTokenPurpose[],
  ): Promise<{ userId: string; purpose: AccountTokenPurpose }> {
    const parts = splitToken(token.trim());
    const row = parts && (await manager.findOneBy(AccountTokenEntity, { id: parts.id }));
    if (!parts || !row || !purposes.includes(row.purpose) || !timingSafeEqual(row.secretHash, sha256(parts.secret))) {
      throw IdentityErrors.linkInvalid();
    }
    const spent = await manager
      .createQueryBuilder()
      .update(AccountTokenEntity)
      .set({ usedAt: () => 'now()' })
      .where('id = :id AND used_at IS NULL AND expires_at > :now', { id: row.id, now: this.clock.now() })
      .execute();
    if (spent.affected !== 1) throw IdentityErrors.linkInvalid();
    return { userId: row.userId, purpose: row.purpose };
  }
}
