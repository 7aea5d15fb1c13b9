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
 * The claims of an HS256 JWT signed with `key` by `issuer` and valid at `now`, or null. Checked
 * synchronously with node:crypto: jose goes through WebCrypto, a thread-pool round trip per token
 * that cost more than the rest of a small request's authentication. The rules are jose's (the
 * header names HS256 and no critical extensions, the signature matches in constant time, `exp` in
 * the future, `nbf` when present not), and `exp` is required: every access token Sanggar issues has one.
 */
export function verifiedHs256(token: string, key: KeyObject, { issuer, now }: { issuer: string; now: Date }): AccessTokenClaims | null {
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
    const seconds = Math.floor(now.getTime() / 1000);
    if (claims.iss !== issuer || typeof claims.exp !== 'number' || claims.exp <= seconds) return null;
    if (claims.nbf !== undefined && (typeof claims.nbf !== 'number' || claims.nbf > seconds)) return null;
    return claims;
  } catch {
    return null;
  }
}
