import { RecentlyUsed } from './recently-used.js';

/**
 * Remembers up to `size` results by key, forgetting the least recently used first; calls for a key
 * being computed share that one computation. Failures are not remembered.
 */
export class Memo<V> {
  private readonly entries: RecentlyUsed<string, Promise<V>>;

  constructor(size: number) {
    this.entries = new RecentlyUsed(size);
  }

  get(key: string, compute: () => Promise<V>): Promise<V> {
    const known = this.entries.get(key);
    if (known) return known;
    const value = compute();
    this.entries.set(key, value);
    value.catch(() => this.entries.delete(key));
    return value;
  }
}
