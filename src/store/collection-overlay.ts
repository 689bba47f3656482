import { SHARD_KEY } from './collections.ts';
import type { FileChange } from './commit.ts';
import { derivedOf } from './derived.ts';
import type { CollectionState, Item } from './team-state.ts';
import { sortedShardKeys } from './team-state.ts';
import type { CollectionTx, Derived } from './types.ts';
import { validateItem } from './validate.ts';

interface StagedPut {
  readonly item: Item;
  readonly shard: string;
}

/**
 * One collection inside a transaction: staged puts and removes over the cached state, which stays
 * untouched until commit. `all()` gives what the files will hold after commit, in the same order.
 */
export class CollectionOverlay implements CollectionTx<Item> {
  private readonly puts = new Map<string, StagedPut>();
  /** Ids of cached items to delete; never also in `puts`. */
  private readonly removes = new Set<string>();
  private sizeDelta = 0;

  constructor(
    private readonly col: CollectionState,
    private readonly assertOpen: () => void,
    /** Told of each staged put or remove (the transaction counts its writes). */
    private readonly onWrite: () => void = () => undefined,
  ) {}

  get staged(): boolean {
    return this.puts.size > 0 || this.removes.size > 0;
  }

  private base(id: string): Item | undefined {
    const key = this.col.index.get(id);
    return key === undefined ? undefined : this.col.shards.get(key)?.byId.get(id);
  }

  get(id: string): Item | undefined {
    this.assertOpen();
    if (this.removes.has(id)) return undefined;
    return this.puts.get(id)?.item ?? this.base(id);
  }

  get size(): number {
    this.assertOpen();
    return this.col.index.size + this.sizeDelta;
  }

  put(item: Item): void {
    this.assertOpen();
    const { def } = this.col;
    const valid = validateItem(def.schema, item, `${def.name} item`);
    const shard = def.shardOf ? def.shardOf(valid) : '';
    if (def.shardOf && !SHARD_KEY.test(shard)) {
      throw new Error(`${def.name}: shard key ${JSON.stringify(shard)} of item ${valid.id} is not file-safe`);
    }
    if (this.get(valid.id) === undefined) this.sizeDelta++;
    this.removes.delete(valid.id);
    this.puts.set(valid.id, { item: valid, shard });
    this.onWrite();
  }

  remove(id: string): boolean {
    this.assertOpen();
    if (this.get(id) === undefined) return false;
    this.puts.delete(id);
    if (this.base(id) !== undefined) this.removes.add(id);
    this.sizeDelta--;
    this.onWrite();
    return true;
  }

  all(): Item[] {
    this.assertOpen();
    return this.collect(null, null);
  }

  derived<V>(key: Derived<Item, V>): V {
    this.assertOpen();
    // Staged writes are this transaction's alone: the memo holds what is committed.
    return this.staged ? key.build(this.all()) : derivedOf(this.col, key, () => this.all());
  }

  inShards(fromKey: string, toKey: string): Item[] {
    this.assertOpen();
    return this.col.def.shardOf ? this.collect(fromKey, toKey) : this.collect(null, null);
  }

  private collect(from: string | null, to: string | null): Item[] {
    const inRange = (key: string) => (from === null || key >= from) && (to === null || key <= to);
    // New items go after the cached ones of their shard, as Map insertion order will put them on commit.
    const appended = new Map<string, Item[]>();
    for (const [id, put] of this.puts) {
      if (this.col.index.get(id) === put.shard || !inRange(put.shard)) continue;
      const list = appended.get(put.shard);
      if (list) list.push(put.item);
      else appended.set(put.shard, [put.item]);
    }
    let keys = sortedShardKeys(this.col);
    if (appended.size > 0) keys = [...new Set([...keys, ...appended.keys()])].sort();
    const out: Item[] = [];
    for (const key of keys) {
      if (!inRange(key)) continue;
      const cached = this.col.shards.get(key)?.db.data ?? [];
      if (!this.staged) {
        for (const item of cached) out.push(item);
        continue;
      }
      for (const item of cached) {
        if (this.removes.has(item.id)) continue;
        const put = this.puts.get(item.id);
        if (!put) out.push(item);
        else if (put.shard === key) out.push(put.item);
      }
      for (const item of appended.get(key) ?? []) out.push(item);
    }
    return out;
  }

  /** The staged changes grouped by the files they rewrite (an item moving shard touches both). */
  changes(): FileChange[] {
    const byShard = new Map<string, { upserts: Item[]; removes: string[] }>();
    const entry = (shard: string) => {
      let e = byShard.get(shard);
      if (!e) {
        e = { upserts: [], removes: [] };
        byShard.set(shard, e);
      }
      return e;
    };
    for (const [id, put] of this.puts) {
      entry(put.shard).upserts.push(put.item);
      const from = this.col.index.get(id);
      if (from !== undefined && from !== put.shard) entry(from).removes.push(id);
    }
    for (const id of this.removes) {
      const from = this.col.index.get(id);
      if (from !== undefined) entry(from).removes.push(id);
    }
    return [...byShard].map(([shard, e]) => ({ col: this.col, shard, ...e }));
  }
}
