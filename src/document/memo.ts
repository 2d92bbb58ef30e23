/**
 * A bounded memo for per-word answers that stays useful over a long stream of
 * documents: two generations of at most `limit` entries each. When the recent
 * one is full it becomes the older one (the previous older one is dropped),
 * and a hit in the older one is copied back into the recent one. Words in use
 * are kept; memory stays below twice the limit. (A single map cleared when
 * full emptied itself once per pass over the 402 FA-KES dev articles, whose
 * 4 107 distinct names just exceed a 4 096-entry limit: almost every lookup
 * after the clear missed again.)
 *
 * @internal
 */
export class Memo<V> {
  private recent = new Map<string, V>();
  private older = new Map<string, V>();

  /** @param limit - entries per generation (a positive integer) */
  constructor(private readonly limit: number) {}

  /** The remembered value of `key`, or `undefined`. */
  get(key: string): V | undefined {
    const hit = this.recent.get(key);
    if (hit !== undefined) return hit;
    const old = this.older.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  /** Remembers `value` (not `undefined`) for `key`. */
  set(key: string, value: V): void {
    if (this.recent.size >= this.limit) {
      this.older = this.recent;
      this.recent = new Map<string, V>();
    }
    this.recent.set(key, value);
  }

  /** Forgets everything. */
  clear(): void {
    this.recent.clear();
    this.older.clear();
  }
}
