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
    /** Extra machine-readable facts (`reason`, retryAfterSeconds…); never internal details. */
    readonly details: Record<string, string | number> = {},
  ) {
    super(text.en);
    this.name = 'DomainError';
  }

  /** What happened, for a client to branch on (`extensions.reason`), unless the error already says. */
  get reason(): string {
    return String(this.details.reason ?? GENERIC_REASON[this.code]);
  }
}

/** The reason of an error that names none more precisely. */
export const GENERIC_REASON: Record<ErrorCode, string> = {
  [ErrorCode.Unauthenticated]: 'LOGIN_REQUIRED',
  [ErrorCode.Forbidden]: 'NOT_ALLOWED',
  [ErrorCode.BadUserInput]: 'INVALID_INPUT',
  [ErrorCode.NotFound]: 'NOT_FOUND',
  [ErrorCode.Conflict]: 'CONFLICT',
  [ErrorCode.RoomConflict]: 'ROOM_TAKEN',
  [ErrorCode.MentorConflict]: 'MENTOR_BUSY',
  [ErrorCode.CapacityExceeded]: 'CAPACITY_EXCEEDED',
  [ErrorCode.CheckinExpired]: 'CHECKIN_EXPIRED',
  [ErrorCode.CheckinWrongSession]: 'CHECKIN_WRONG_SESSION',
  [ErrorCode.NotEligible]: 'NOT_ELIGIBLE',
};

const screaming = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toUpperCase();

/** The reasons of a context's error factories: each factory's name, e.g. `alreadyEnrolled` → ALREADY_ENROLLED. */
export const reasonsOf = (factories: Record<string, unknown>): string[] => Object.keys(factories).map(screaming);

/** A context's error factories, each error carrying its factory's name as its reason (`alreadyEnrolled` → ALREADY_ENROLLED). */
/** Whether `error` came from this factory of a `withReasons` set (e.g. `hasReason(error, 'alreadyEnrolled')`). */
export const hasReason = (error: unknown, factoryName: string): boolean =>
  error instanceof DomainError && error.details.reason === screaming(factoryName);

export function withReasons<T extends Record<string, (...args: never[]) => DomainError>>(factories: T): T {
  return Object.fromEntries(
    Object.entries(factories).map(([name, make]) => [
      name,
      (...args: never[]) => {
        const error = make(...args);
        error.details.reason = screaming(name);
        return error;
      },
    ]),
  ) as T;
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
  return new DomainError(ErrorCode.Conflict, text, undefined, { reason: 'TOO_MANY_ROOMS' });
}
