/**
 * Remembers up to `size` results by key, forgetting the least recently used first; calls for a key
 * being computed share that one computation. Failures are not remembered.
 */
export class Memo<V> {
  private readonly entries = new Map<string, Promise<V>>();

  constructor(private readonly size: number) {}

  get(key: string, compute: () => Promise<V>): Promise<V> {
    const known = this.entries.get(key);
    if (known) {
      this.entries.delete(key);
      this.entries.set(key, known);
      return known;
    }
    const value = compute();
    this.entries.set(key, value);
    value.catch(() => this.entries.delete(key));
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
