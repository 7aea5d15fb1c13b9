import { useSyncExternalStore } from 'react';

/** Who is logged in, as the app needs it everywhere. */
export interface Me {
  id: string;
  fullName: string;
  role: 'ADMIN' | 'COORDINATOR' | 'MENTOR' | 'TRAINEE';
  locale: 'id' | 'en';
  hubs: { id: string; name: string; timezone: string }[];
  /** Whether they accepted the current privacy notice, whose version this is. */
  privacyNoticeAccepted?: boolean | null;
  privacyNoticeVersion?: string;
}

interface Tokens {
  accessToken: string;
  refreshToken: string;
}

/** The refresh token survives a reload (and is shared by tabs); the access token lives in memory only. */
const REFRESH_KEY = 'sanggar.refresh';
/** A held Web Lock makes one tab at a time spend the refresh token: it works once. */
const REFRESH_LOCK = 'sanggar.refresh';

let accessToken: string | null = null;
let accessExpiresAt = 0;
let me: Me | null = null;
/** The api ended the login (logged out elsewhere, password changed): screens send the person to log in again. */
let lost = false;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

const expiryOf = (jwt: string): number => {
  try {
    const payload = JSON.parse(atob(jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    return (payload.exp ?? 0) * 1000;
  } catch {
    return 0;
  }
};

const storedRefresh = () => localStorage.getItem(REFRESH_KEY);

export const session = {
  get me(): Me | null {
    return me;
  },

  hasLogin: (): boolean => accessToken !== null || storedRefresh() !== null,

  /** Keeps what a login, a refresh or an emailed link gave. */
  start(tokens: Tokens): void {
    localStorage.setItem(REFRESH_KEY, tokens.refreshToken);
    lost = false;
    accessToken = tokens.accessToken;
    accessExpiresAt = expiryOf(tokens.accessToken);
    notify();
  },

  setMe(next: Me | null): void {
    me = next;
    notify();
  },

  /** Forgets the login here: the person logged out (the api was told already), or the api ended it (`lost`). */
  end(how: 'loggedOut' | 'lost' = 'loggedOut'): void {
    localStorage.removeItem(REFRESH_KEY);
    lost = how === 'lost';
    accessToken = null;
    accessExpiresAt = 0;
    me = null;
    notify();
  },

  /**
   * An access token valid for at least 30 s more, refreshing it when needed; null when there is no
   * login any more. `refresh` spends the stored refresh token (api call, given by the caller).
   */
  async accessToken(refresh: (refreshToken: string) => Promise<Tokens | null>, force = false): Promise<string | null> {
    const fresh = () => !force && accessToken !== null && accessExpiresAt - Date.now() > 30_000;
    if (fresh()) return accessToken;
    const spendOnce = async () => {
      // A request of this tab refreshed while this one waited for the lock: its token serves both.
      if (fresh()) return accessToken;
      const current = storedRefresh();
      // Another tab refreshed while this one waited: its new access token is not ours, but the stored refresh token is.
      if (!current) return null;
      const tokens = await refresh(current);
      if (!tokens) {
        session.end('lost');
        return null;
      }
      session.start(tokens);
      return tokens.accessToken;
    };
    return navigator.locks ? navigator.locks.request(REFRESH_LOCK, spendOnce) : spendOnce();
  },

  subscribe(this: void, listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

// Logging out in one tab sends the others to the login page too.
window.addEventListener('storage', (event) => {
  if (event.key === REFRESH_KEY && event.newValue === null) {
    accessToken = null;
    me = null;
    lost = true;
    notify();
  }
});

/** The logged-in person, re-rendering when it changes. */
export const useMe = (): Me | null => useSyncExternalStore(session.subscribe, () => me);

/** True once the api ended this login: time to log in again. */
export const useLoginLost = (): boolean => useSyncExternalStore(session.subscribe, () => lost);
