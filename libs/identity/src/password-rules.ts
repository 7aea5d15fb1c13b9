import { createRequire } from 'node:module';
import type { LocalizedText } from '@sanggar/core';

export const MIN_PASSWORD_LENGTH = 10;

// The most common passwords (zxcvbn-ts's list, MIT), plus what people here would try first.
const COMMON = new Set<string>([
  ...(createRequire(import.meta.url)('@zxcvbn-ts/language-common/src/passwords.json') as string[]),
  'bismillah123',
  'indonesia123',
  'sanggar123456',
  'semarang123',
  'password1234',
]);

/** Why a new password would be easy to guess, or null when it is fine. */
export function passwordProblem(password: string, email?: string): LocalizedText | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return {
      id: `Kata sandi minimal ${MIN_PASSWORD_LENGTH} karakter`,
      en: `The password must be at least ${MIN_PASSWORD_LENGTH} characters`,
    };
  }
  const lowered = password.toLowerCase();
  const mailbox = email?.split('@')[0].toLowerCase() ?? '';
  if (COMMON.has(lowered) || /^(.)\1+$/.test(password) || (mailbox.length >= 4 && lowered.includes(mailbox))) {
    return {
      id: 'Kata sandi ini terlalu mudah ditebak. Pakai kalimat pendek yang hanya Anda tahu',
      en: 'This password is too easy to guess. Use a short phrase only you would know',
    };
  }
  return null;
}
