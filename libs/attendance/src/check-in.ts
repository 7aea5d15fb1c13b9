import { createHmac } from 'node:crypto';
import { UNAMBIGUOUS_ALPHABET as ALPHABET, unambiguousCode } from '@sanggar/core';

/** Codes rotate every 15 s and are accepted 2 s after their slot ends (17 s in all). */
export const SLOT_SECONDS = 15;
export const GRACE_SECONDS = 2;
/** Check-in opens 15 min before the start and closes 30 min after; LATE after 10 min. */
export const OPENS_BEFORE_MINUTES = 15;
export const CLOSES_AFTER_MINUTES = 30;
export const LATE_AFTER_MINUTES = 10;

// Read off a room screen by 40 people on their phones.
const CODE_LENGTH = 6;
/** What a typed check-in code must look like (after upper-casing). */
export const CHECK_IN_CODE = unambiguousCode(CODE_LENGTH);

export const slotOf = (at: Date) => Math.floor(at.getTime() / (SLOT_SECONDS * 1000));

/** The code of a session for one time slot: an HMAC, so any api process can verify it without shared state. */
export function checkInCode(key: Buffer, sessionId: string, slot: number): string {
  const digest = createHmac('sha256', key).update(`${sessionId}:${slot}`).digest();
  return Array.from({ length: CODE_LENGTH }, (_, i) => ALPHABET[digest[i] % ALPHABET.length]).join('');
}

/** The code to show now, when the next one takes over, and when this one stops being accepted (a grace later). */
export function currentCode(key: Buffer, sessionId: string, now: Date): { code: string; nextCodeAt: Date; expiresAt: Date } {
  const slot = slotOf(now);
  return {
    code: checkInCode(key, sessionId, slot),
    nextCodeAt: new Date((slot + 1) * SLOT_SECONDS * 1000),
    expiresAt: new Date(((slot + 1) * SLOT_SECONDS + GRACE_SECONDS) * 1000),
  };
}

export type CodeVerdict = 'valid' | 'expired' | 'unknown';

/** Up to this many past slots are recognised as "expired" rather than "unknown" (10 minutes). */
const RECOGNISED_PAST_SLOTS = 40;

/** Is this the code of the session for now (or the previous slot within its grace)? */
export function verifyCode(key: Buffer, sessionId: string, code: string, now: Date): CodeVerdict {
  const normalised = code.trim().toUpperCase();
  const slot = slotOf(now);
  if (checkInCode(key, sessionId, slot) === normalised) return 'valid';
  const inGrace = now.getTime() < slot * SLOT_SECONDS * 1000 + GRACE_SECONDS * 1000;
  for (let past = 1; past <= RECOGNISED_PAST_SLOTS; past++) {
    if (checkInCode(key, sessionId, slot - past) === normalised) return past === 1 && inGrace ? 'valid' : 'expired';
  }
  return 'unknown';
}

export type WindowVerdict = 'too-early' | 'present' | 'late' | 'closed';

/** Where `now` falls in the session's check-in window. */
export function checkInWindow(startsAt: Date, now: Date): WindowVerdict {
  const minutes = (now.getTime() - startsAt.getTime()) / 60_000;
  if (minutes < -OPENS_BEFORE_MINUTES) return 'too-early';
  if (minutes > CLOSES_AFTER_MINUTES) return 'closed';
  return minutes > LATE_AFTER_MINUTES ? 'late' : 'present';
}
