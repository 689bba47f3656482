/**
 * A weak cache that forgets what was not used lately. Entries live in two generations: every `span`
 * ticks the older one is dropped, and an entry read from it moves to the younger. What a team's
 * commits write again and again (this week's shard, its new items) stays; what they wrote once (a
 * week two years back, every item of it) goes after two spans, where a plain WeakMap kept it as
 * long as the store held the data: a JSON copy of every shard a commit ever touched (measured in
 * the bench after /log to 40 consumers with two years of calls: +46 MB of heap, all of it strings).
 */
export class RecentWeakCache<K extends object, V> {
  #young = new WeakMap<K, V>();
  #old = new WeakMap<K, V>();
  #ticks = 0;

  constructor(private readonly span: number) {}

  get(key: K): V | undefined {
    const young = this.#young.get(key);
    if (young !== undefined) return young;
    const old = this.#old.get(key);
    if (old !== undefined) this.#young.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    this.#young.set(key, value);
  }

  /** One more use of the cache (a file encoded): every `span` of them, what was not used since the last goes. */
  tick(): void {
    this.#ticks++;
    if (this.#ticks % this.span !== 0) return;
    this.#old = this.#young;
    this.#young = new WeakMap();
  }
}
