/** A window on a list: skip `offset` items, then at most `first`. */
export interface ListWindow {
  first: number;
  offset: number;
}

/** Top-level lists answer 50 items unless asked, never more than 200 at once. */
export const PAGE_DEFAULT = 50;
export const PAGE_MAX = 200;
