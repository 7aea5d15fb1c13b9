import { type KeyObject, createHmac, timingSafeEqual } from 'node:crypto';

/** The claims Sanggar's access tokens carry. */
export interface AccessTokenClaims {
  sub?: unknown;
  sid?: unknown;
  iss?: unknown;
  exp?: unknown;
  nbf?: unknown;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const decoded = (part: string): unknown => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

/**
 * The claims of an HS256 JWT signed with `key` by `issuer`, whatever the time, or null. Checked
 * synchronously with node:crypto: jose goes through WebCrypto, a thread-pool round trip per token
 * that cost more than the rest of a small request's authentication. The rules are jose's (the
 * header names HS256 and no critical extensions, the signature matches in constant time), and a
 * numeric `exp` is required: every access token Sanggar issues has one.
 */
function signedClaims(token: string, key: KeyObject, issuer: string): AccessTokenClaims | null {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((part) => BASE64URL.test(part))) return null;
  const [header, payload, signature] = parts;
  const expected = createHmac('sha256', key).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const { alg, crit } = decoded(header) as { alg?: unknown; crit?: unknown };
    const claims = decoded(payload) as AccessTokenClaims | null;
    if (alg !== 'HS256' || crit !== undefined || typeof claims !== 'object' || claims === null) return null;
    if (claims.iss !== issuer || typeof claims.exp !== 'number') return null;
    if (claims.nbf !== undefined && typeof claims.nbf !== 'number') return null;
    return Object.freeze(claims);
  } catch {
    return null;
  }
}

/** jose's time rules: `exp` in the future, `nbf` when present not. */
function validAt(claims: AccessTokenClaims, now: Date): boolean {
  const seconds = Math.floor(now.getTime() / 1000);
  return (claims.exp as number) > seconds && (claims.nbf === undefined || (claims.nbf as number) <= seconds);
}

/** Tokens whose signature is remembered: a few minutes of every active client's (one each). */
export const REMEMBERED_TOKENS = 10_000;

/**
 * Verifies access tokens, remembering the claims of those signed with the key: a client sends the
 * same token with every request of its life, and its HMAC and two JSON parses were a twentieth of a
 * trivial request's CPU. What a token's text proves cannot change while the key does not, so only
 * the times are checked again; a token refused is never remembered. The oldest is forgotten first.
 */
export class AccessTokenVerifier {
  private readonly signed = new Map<string, AccessTokenClaims>();

  constructor(
    private readonly key: KeyObject,
    private readonly issuer: string,
    private readonly capacity = REMEMBERED_TOKENS,
  ) {}

  /** The claims of a token signed with the key by the issuer and valid at `now`, or null. */
  claimsAt(token: string, now: Date): AccessTokenClaims | null {
    const known = this.signed.get(token);
    if (known) return validAt(known, now) ? known : null;
    const claims = signedClaims(token, this.key, this.issuer);
    if (!claims || !validAt(claims, now)) return null;
    if (this.signed.size >= this.capacity) this.signed.delete(this.signed.keys().next().value!);
    this.signed.set(token, claims);
    return claims;
  }

  get remembered(): number {
    return this.signed.size;
  }
}
