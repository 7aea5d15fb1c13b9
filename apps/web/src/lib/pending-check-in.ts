/**
 * A check-in typed in a hall with no signal is kept here and sent when the network returns. Only the
 * newest one is kept: a code is worth something for a few seconds, and the answer says if it expired.
 */
export interface PendingCheckIn {
  sessionId: string;
  code: string;
}

const KEY = 'sanggar.pendingCheckIn';

export const pendingCheckIn = {
  get(): PendingCheckIn | null {
    try {
      return JSON.parse(localStorage.getItem(KEY) ?? 'null') as PendingCheckIn | null;
    } catch {
      return null;
    }
  },
  set(pending: PendingCheckIn): void {
    localStorage.setItem(KEY, JSON.stringify(pending));
  },
  clear(): void {
    localStorage.removeItem(KEY);
  },
};

/** Only the letters and digits a check-in code can hold (no 0/O, 1/I/L), upper-cased, at most 6. */
export const cleanCode = (typed: string) =>
  typed
    .toUpperCase()
    .replace(/[^23456789ABCDEFGHJKMNPQRSTUVWXYZ]/g, '')
    .slice(0, 6);
