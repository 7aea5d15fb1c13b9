/** Up to `capacity` values by key; once full, the least recently used one is forgotten. */
export class RecentlyUsed<K, V> {
  // A Map keeps insertion order: the most recently used key is moved last, so the first is the one to forget.
  private readonly values = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.values.get(key);
    if (value !== undefined) {
      this.values.delete(key);
      this.values.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.values.delete(key);
    if (this.values.size >= this.capacity) this.values.delete(this.values.keys().next().value!);
    this.values.set(key, value);
  }

  delete(key: K): void {
    this.values.delete(key);
  }

  has(key: K): boolean {
    return this.values.has(key);
  }

  get size(): number {
    return this.values.size;
  }
}
