import { RememberedRows } from '@sanggar/core';
import type { CohortEntity } from './cohort.entity.js';

/**
 * Cohort rows remembered between requests (frozen, shared): nearly every screen names a cohort, and
 * reading it was one of a small roster's three statements. The database notifies on each change to
 * a cohort (migration CohortChanges); the api listens (RowChanges).
 */
export class CohortRows extends RememberedRows<Readonly<CohortEntity>> {
  constructor() {
    super({ ttlMs: 60_000, maxRows: 10_000 });
  }
}
