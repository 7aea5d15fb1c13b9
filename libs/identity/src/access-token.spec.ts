import { createHmac, createSecretKey } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import { AccessTokenVerifier } from './access-token.js';

const key = createSecretKey(Buffer.from('a secret long enough for HS256 tokens of the test', 'utf8'));
const otherKey = createSecretKey(Buffer.from('another secret, as after a rotation of the key', 'utf8'));
const now = new Date('2030-01-01T00:00:00Z');
const seconds = now.getTime() / 1000;
const issuer = 'sanggar';

const signed = (claims: Record<string, unknown>, options: { key?: typeof key; issuer?: string; exp?: number; nbf?: number } = {}) => {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('user-1')
    .setIssuedAt(seconds - 10);
  if (options.issuer !== '') jwt.setIssuer(options.issuer ?? issuer);
  if (options.exp !== undefined) jwt.setExpirationTime(options.exp);
  if (options.nbf !== undefined) jwt.setNotBefore(options.nbf);
  return jwt.sign(options.key ?? key);
};
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** A token with any header and claims, correctly signed with `key`: only the rules can refuse it. */
const handMade = (header: unknown, claims: unknown) => {
  const body = `${b64(header)}.${b64(claims)}`;
  return `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
};
const verify = (token: string) => new AccessTokenVerifier(key, issuer).claimsAt(token, now);
/** What jose (the signer, and the verifier this replaces) says of the same token. */
const joseAccepts = (token: string) =>
  jwtVerify(token, key, { issuer, algorithms: ['HS256'], currentDate: now }).then(
    () => true,
    () => false,
  );

describe('AccessTokenVerifier', () => {
  it('accepts a token signed by jose with the key, and returns its claims', async () => {
    const token = await signed({ sid: 'login-1' }, { exp: seconds + 60 });
    expect(verify(token)).toMatchObject({ sub: 'user-1', sid: 'login-1', iss: issuer, exp: seconds + 60 });
    expect(await joseAccepts(token)).toBe(true);
  });

  it.each([
    ['signed with another key', () => signed({}, { key: otherKey, exp: seconds + 60 })],
    ['expired a second ago', () => signed({}, { exp: seconds - 1 })],
    ['expiring at this very second', () => signed({}, { exp: seconds })],
    ['not valid before a minute from now', () => signed({}, { exp: seconds + 120, nbf: seconds + 60 })],
    ['from another issuer', () => signed({}, { exp: seconds + 60, issuer: 'someone-else' })],
    ['without an issuer', () => signed({}, { exp: seconds + 60, issuer: '' })],
  ])('refuses a token %s, as jose does', async (_, make) => {
    const token = await make();
    expect(verify(token)).toBeNull();
    expect(await joseAccepts(token)).toBe(false);
  });

  it('refuses a token without an expiry (jose would accept it; every access token Sanggar issues expires)', async () => {
    expect(verify(await signed({}))).toBeNull();
  });

  it('refuses a token whose claims were changed after signing', async () => {
    const [header, , signature] = (await signed({}, { exp: seconds + 60 })).split('.');
    expect(verify(`${header}.${b64({ sub: 'admin', iss: issuer, exp: seconds + 60 })}.${signature}`)).toBeNull();
  });

  it.each([
    ['alg none', { alg: 'none' }],
    ['another algorithm', { alg: 'HS512' }],
    ['a critical extension', { alg: 'HS256', crit: ['b64'], b64: false }],
  ])('refuses a correctly signed token with %s in its header', async (_, header) => {
    const token = handMade(header, { sub: 'user-1', iss: issuer, exp: seconds + 60 });
    expect(verify(token)).toBeNull();
    expect(await joseAccepts(token)).toBe(false);
  });

  it('refuses a correctly signed token whose claims are not an object or whose dates are not numbers', () => {
    expect(verify(handMade({ alg: 'HS256' }, null))).toBeNull();
    expect(verify(handMade({ alg: 'HS256' }, [1, 2]))).toBeNull();
    expect(verify(handMade({ alg: 'HS256' }, { iss: issuer, exp: String(seconds + 60) }))).toBeNull();
    expect(verify(handMade({ alg: 'HS256' }, { iss: issuer, exp: seconds + 60, nbf: 'now' }))).toBeNull();
    expect(verify(handMade({ alg: 'HS256' }, { iss: issuer, exp: seconds + 60 }))).toEqual({ iss: issuer, exp: seconds + 60 });
  });

  it('refuses what is not three base64url parts', async () => {
    const token = await signed({}, { exp: seconds + 60 });
    const [header, payload, signature] = token.split('.');
    for (const malformed of [
      '',
      'garbage',
      `${header}.${payload}`,
      `${token}.extra`,
      `${header}.${payload}.`,
      `${header}.${payload}.${signature}=`,
      `${header}.${payload}.${signature.slice(0, -1)}+`,
      `${header} .${payload}.${signature}`,
    ])
      expect(verify(malformed)).toBeNull();
  });

  it('checks the times again for a token it remembers, and remembers no more than it may', async () => {
    const verifier = new AccessTokenVerifier(key, issuer, 2);
    const token = await signed({}, { exp: seconds + 60, nbf: seconds - 5 });
    expect(verifier.claimsAt(token, now)).toMatchObject({ sub: 'user-1' });
    expect(verifier.claimsAt(token, now)).toMatchObject({ sub: 'user-1' });
    expect(verifier.remembered).toBe(1);
    expect(verifier.claimsAt(token, new Date((seconds + 60) * 1000))).toBeNull();
    expect(verifier.claimsAt(token, new Date((seconds - 10) * 1000))).toBeNull();

    expect(verifier.claimsAt(await signed({}, { key: otherKey, exp: seconds + 60 }), now)).toBeNull();
    expect(verifier.claimsAt(await signed({}, { exp: seconds - 1 }), now)).toBeNull();
    expect(verifier.remembered).toBe(1);
    for (const sid of ['a', 'b', 'c']) expect(verifier.claimsAt(await signed({ sid }, { exp: seconds + 60 }), now)).not.toBeNull();
    expect(verifier.remembered).toBe(2);
  });
});
