import {
  type CarriedItem,
  type CarriedItems,
  type CarriedState,
  type CarriedTeam,
  carriedItems,
  cutoffOf,
  type Host,
  type HostKey,
  makeHost,
  recordedAt,
  TEAM_HOST,
} from './carried.ts';

/** A transaction's puts and removes in one carried collection. */
export interface CarriedChange {
  readonly cs: CarriedState;
  readonly upserts: CarriedItem[];
  readonly removes: string[];
}

/** The carried side of a commit. */
export interface CarriedPlan {
  /** What each file the commit writes will carry (null: nothing). */
  readonly hosts: Map<HostKey, Host | null>;
  /** Files the commit must write only for their carried items (an item updated or removed there). */
  readonly extra: HostKey[];
  /** The commit's time: the newest item it records; null when it records none (nothing expires then). */
  readonly now: number | null;
}

/**
 * Where a commit's carried items go. A new item rides in the first file the commit writes (or
 * team.json when it writes none); an updated or removed one is changed in the file carrying it, which
 * the commit then writes too. Each file written drops the items expired at the commit's time.
 */
export function planCarried(
  team: CarriedTeam,
  written: readonly HostKey[],
  changes: readonly CarriedChange[],
): CarriedPlan {
  if (changes.length === 0) return { hosts: new Map(), extra: [], now: null };
  let now: number | null = null;
  for (const { cs, upserts } of changes)
    for (const item of upserts) now = Math.max(now ?? Number.NEGATIVE_INFINITY, recordedAt(cs.def, item));

  const touched = new Set(written);
  for (const { cs, upserts, removes } of changes) {
    for (const id of [...removes, ...upserts.map((u) => u.id)]) {
      const key = cs.index.get(id);
      if (key !== undefined) touched.add(key);
    }
  }
  const primary = written[0] ?? [...touched][0] ?? TEAM_HOST;
  touched.add(primary);

  const hosts = new Map<HostKey, Host | null>();
  for (const key of touched) {
    const old = team.hosts.get(key);
    const items = new Map(old?.items);
    let changed = false;
    for (const { cs, upserts, removes } of changes) {
      const gone = removes.filter((id) => cs.index.get(id) === key);
      const here = upserts.filter((item) => {
        const at = cs.index.get(item.id);
        return at === key || (at === undefined && key === primary);
      });
      if (gone.length === 0 && here.length === 0) continue;
      changed = true;
      const current = items.get(cs.def.name);
      const byId = new Map(current?.byId);
      for (const id of gone) byId.delete(id);
      for (const item of here) byId.set(item.id, item);
      setItems(items, cs, byId, gone.length > 0 ? null : here, current);
    }
    if (now !== null && dropExpired(team, items, now)) changed = true;
    // An unchanged host keeps its encoded text.
    hosts.set(key, changed ? makeHost(key, items, old?.foreign ?? {}) : (old ?? null));
  }
  return { hosts, extra: [...touched].filter((k) => !written.includes(k)), now };
}

/** Sets a collection's items in a host; `added` (null after a removal) spares a rescan of the times. */
function setItems(
  items: Map<string, CarriedItems>,
  cs: CarriedState,
  byId: Map<string, CarriedItem>,
  added: readonly CarriedItem[] | null,
  current: CarriedItems | undefined,
): void {
  const name = cs.def.name;
  if (byId.size === 0) {
    items.delete(name);
    return;
  }
  if (added === null || !current) {
    items.set(name, carriedItems(cs.def, byId));
    return;
  }
  // Only additions or in-place updates: the range grows with the new items. (An update to an older
  // time leaves `newest` too high, which only delays the rewrite of a file whose items all expired.)
  let { oldest, newest } = current;
  for (const item of added) {
    const at = recordedAt(cs.def, item);
    oldest = Math.min(oldest, at);
    newest = Math.max(newest, at);
  }
  items.set(name, { byId, oldest, newest });
}

/** Drops from `items` those recorded at or before their collection's cutoff at `now`; true if any. */
function dropExpired(team: CarriedTeam, items: Map<string, CarriedItems>, now: number): boolean {
  let dropped = false;
  for (const [name, current] of items) {
    const cs = team.carried.get(name) as CarriedState;
    const cutoff = cutoffOf(cs.def, now);
    if (current.oldest > cutoff) continue;
    const kept = new Map<string, CarriedItem>();
    for (const [id, item] of current.byId) if (recordedAt(cs.def, item) > cutoff) kept.set(id, item);
    if (kept.size === current.byId.size) continue;
    dropped = true;
    if (kept.size === 0) items.delete(name);
    else items.set(name, carriedItems(cs.def, kept));
  }
  return dropped;
}

/**
 * Files not written by a commit whose carried items have all expired at its time: each can be
 * rewritten by itself without them (one atomic file, after the commit: nothing else depends on it).
 * A file still carrying a live item keeps its expired ones until it is written for another reason.
 */
export function staleHosts(team: CarriedTeam, plan: CarriedPlan): Host[] {
  const { now } = plan;
  if (now === null) return [];
  const stale: Host[] = [];
  for (const host of team.hosts.values()) {
    if (plan.hosts.has(host.key) || host.items.size === 0) continue;
    let expired = true;
    for (const [name, { newest }] of host.items) {
      if (newest > cutoffOf((team.carried.get(name) as CarriedState).def, now)) expired = false;
    }
    if (expired) stale.push(host);
  }
  return stale;
}
