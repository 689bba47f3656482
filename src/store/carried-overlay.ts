import { type CarriedItem, type CarriedState, type CarriedTeam, carriedGet } from './carried.ts';
import type { CarriedChange } from './carried-commit.ts';
import type { CollectionTx, Derived } from './types.ts';
import { validateItem } from './validate.ts';

/**
 * A carried collection inside a transaction: staged puts and removes over the loaded items. Read
 * like an unsharded collection (`inShards` is `all()`); where each item rides is the commit's affair.
 */
export class CarriedOverlay implements CollectionTx<CarriedItem> {
  private readonly puts = new Map<string, CarriedItem>();
  /** Ids of loaded items to delete; never also in `puts`. */
  private readonly removes = new Set<string>();
  private sizeDelta = 0;

  constructor(
    private readonly team: CarriedTeam,
    private readonly cs: CarriedState,
    private readonly assertOpen: () => void,
    private readonly onWrite: () => void,
  ) {}

  get staged(): boolean {
    return this.puts.size > 0 || this.removes.size > 0;
  }

  get(id: string): CarriedItem | undefined {
    this.assertOpen();
    if (this.removes.has(id)) return undefined;
    return this.puts.get(id) ?? carriedGet(this.team, this.cs, id);
  }

  get size(): number {
    this.assertOpen();
    return this.cs.index.size + this.sizeDelta;
  }

  put(item: CarriedItem): void {
    this.assertOpen();
    const { def } = this.cs;
    const valid = validateItem(def.schema, item, `${def.name} item`) as CarriedItem;
    if (this.get(valid.id) === undefined) this.sizeDelta++;
    this.removes.delete(valid.id);
    this.puts.set(valid.id, valid);
    this.onWrite();
  }

  remove(id: string): boolean {
    this.assertOpen();
    if (this.get(id) === undefined) return false;
    this.puts.delete(id);
    if (carriedGet(this.team, this.cs, id) !== undefined) this.removes.add(id);
    this.sizeDelta--;
    this.onWrite();
    return true;
  }

  /** Loaded items in file order (files by key), staged versions in place, new ones last. */
  all(): CarriedItem[] {
    this.assertOpen();
    const out: CarriedItem[] = [];
    const keys = [...this.team.hosts.keys()].sort();
    for (const key of keys) {
      const items = this.team.hosts.get(key)?.items.get(this.cs.def.name);
      for (const item of items?.byId.values() ?? []) {
        if (this.removes.has(item.id) || this.cs.index.get(item.id) !== key) continue;
        out.push(this.puts.get(item.id) ?? item);
      }
    }
    for (const [id, item] of this.puts) if (!this.cs.index.has(id)) out.push(item);
    return out;
  }

  inShards(): CarriedItem[] {
    return this.all();
  }

  derived<V>(key: Derived<CarriedItem, V>): V {
    // Carried collections are small (a few days of items): no memo to keep in step.
    return key.build(this.all());
  }

  change(): CarriedChange {
    return { cs: this.cs, upserts: [...this.puts.values()], removes: [...this.removes] };
  }
}
