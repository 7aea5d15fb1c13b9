import type { LocalizedText } from './i18n.js';

/** The error codes of the API contract; `extensions.code` is always one of these. */
export enum ErrorCode {
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  RoomConflict = 'ROOM_CONFLICT',
  MentorConflict = 'MENTOR_CONFLICT',
  CapacityExceeded = 'CAPACITY_EXCEEDED',
  CheckinExpired = 'CHECKIN_EXPIRED',
  CheckinWrongSession = 'CHECKIN_WRONG_SESSION',
  NotEligible = 'NOT_ELIGIBLE',
}

/** A rule of the domain was broken; the message tells a person what to fix. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly text: LocalizedText,
    /** BAD_USER_INPUT only: field path -> what is wrong with it. */
    readonly fields?: Record<string, LocalizedText>,
    /** Extra machine-readable facts (e.g. retryAfterSeconds); never internal details. */
    readonly details?: Record<string, string | number>,
  ) {
    super(text.en);
    this.name = 'DomainError';
  }
}

/** BAD_USER_INPUT for one field. */
export function invalidField(field: string, text: LocalizedText): DomainError {
  return new DomainError(ErrorCode.BadUserInput, text, { [field]: text });
}

export function notFound(what: LocalizedText): DomainError {
  return new DomainError(ErrorCode.NotFound, {
    id: `${what.id} tidak ditemukan`,
    en: `${what.en} not found`,
  });
}

export function forbidden(
  text: LocalizedText = {
    id: 'Anda tidak berwenang melakukan ini',
    en: 'You are not allowed to do this',
  },
): DomainError {
  return new DomainError(ErrorCode.Forbidden, text);
}

export function unauthenticated(
  text: LocalizedText = {
    id: 'Silakan masuk terlebih dahulu',
    en: 'Please log in first',
  },
): DomainError {
  return new DomainError(ErrorCode.Unauthenticated, text);
}

export function conflict(text: LocalizedText): DomainError {
  return new DomainError(ErrorCode.Conflict, text);
}

/** A list already holds the most items it may (rooms of a hub, modules of a curriculum…). */
export function limitReached(text: LocalizedText): DomainError {
  return new DomainError(ErrorCode.Conflict, text, undefined, { reason: 'LIMIT_REACHED' });
}
