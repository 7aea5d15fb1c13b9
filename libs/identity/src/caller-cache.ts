import { RememberedRows } from '@sanggar/core';
import type { CallerRow } from './identity.service.js';

/** How long a caller is trusted without a word from the database, should a change ever go unheard. */
export const CALLER_TTL_MS = 60_000;
/** Users whose caller is kept at most: a hub's active people, each a few hundred bytes. */
export const MAX_CALLERS = 20_000;

/**
 * The callers behind recent access tokens (their role, hubs and row), by user and login, so that a
 * request does not re-read them (the token check was one statement on every request). The database
 * notifies on each change to a user, a membership or a revoked login (migration CallerChanges).
 */
export class CallerCache extends RememberedRows<CallerRow> {
  constructor() {
    super({ ttlMs: CALLER_TTL_MS, maxRows: MAX_CALLERS });
  }
}
