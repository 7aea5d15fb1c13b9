import { checkInCode, checkInWindow, currentCode, slotOf, verifyCode } from './check-in.js';

const key = Buffer.from('a test key that is long enough to be a key');
const session = '11111111-2222-4333-8444-555555555555';
const other = '99999999-2222-4333-8444-555555555555';
const at = (iso: string) => new Date(iso);

describe('check-in codes', () => {
  it('are 6 characters without ambiguous letters, stable within a 15 s slot and different across slots and sessions', () => {
    const now = at('2026-12-07T02:00:03Z');
    const { code } = currentCode(key, session, now);
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    expect(currentCode(key, session, at('2026-12-07T02:00:14.999Z')).code).toBe(code);
    expect(currentCode(key, session, at('2026-12-07T02:00:15Z')).code).not.toBe(code);
    expect(checkInCode(key, other, slotOf(now))).not.toBe(code);
  });

  it('expire 2 s after their slot ends', () => {
    const shown = currentCode(key, session, at('2026-12-07T02:00:00Z'));
    expect(shown.expiresAt).toEqual(at('2026-12-07T02:00:17Z'));
  });

  it('are accepted while at most 17 s old, then expired', () => {
    const { code } = currentCode(key, session, at('2026-12-07T02:00:00Z'));
    expect(verifyCode(key, session, code, at('2026-12-07T02:00:00Z'))).toBe('valid');
    expect(verifyCode(key, session, code, at('2026-12-07T02:00:16.999Z'))).toBe('valid');
    expect(verifyCode(key, session, code.toLowerCase(), at('2026-12-07T02:00:10Z'))).toBe('valid');
    expect(verifyCode(key, session, code, at('2026-12-07T02:00:17Z'))).toBe('expired');
    expect(verifyCode(key, session, code, at('2026-12-07T02:05:00Z'))).toBe('expired');
  });

  it('do not open another session', () => {
    const { code } = currentCode(key, other, at('2026-12-07T02:00:00Z'));
    expect(verifyCode(key, session, code, at('2026-12-07T02:00:05Z'))).toBe('unknown');
  });
});

describe('check-in window', () => {
  const start = at('2026-12-07T02:00:00Z');
  it.each([
    ['2026-12-07T01:44:59Z', 'too-early'],
    ['2026-12-07T01:45:00Z', 'present'],
    ['2026-12-07T02:10:00Z', 'present'],
    ['2026-12-07T02:10:01Z', 'late'],
    ['2026-12-07T02:30:00Z', 'late'],
    ['2026-12-07T02:30:01Z', 'closed'],
  ])('at %s it is %s', (now, verdict) => {
    expect(checkInWindow(start, at(now))).toBe(verdict);
  });
});
