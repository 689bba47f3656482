import type { FileText } from './atomic-fs.ts';
import {
  type CarriedItem,
  type CarriedItems,
  type CarriedState,
  type CarriedTeam,
  carriedItems,
  cutoffOf,
  expiredCount,
  type Host,
  type HostKey,
  jsonOf,
  recordedAt,
  type SectionItems,
  sectionOf,
  sectionParts,
  TEAM_HOST,
} from './carried.ts';

/** A transaction's puts and removes in one carried collection. */
export interface CarriedChange {
  readonly cs: CarriedState;
  readonly upserts: CarriedItem[];
  readonly removes: string[];
}

/** What one file written by a commit carries. */
export interface HostWrite {
  /** The envelope member it is written with (undefined: it carries nothing). */
  readonly section: FileText | undefined;
  /** Once the file is on disk: its items become the ones written. */
  install(): void;
}

/** The carried side of a commit. */
export interface CarriedPlan {
  /** What each file the commit writes will carry. */
  readonly hosts: Map<HostKey, HostWrite>;
  /** Files the commit must write only for their carried items (an item updated or removed there). */
  readonly extra: HostKey[];
  /** The commit's time: the newest item it records; null when it records none (nothing expires then). */
  readonly now: number | null;
}

/**
 * One collection's items in a file being written: the kept ones grown in place (the oldest `skip`
 * expired, `added` newer than the rest), or replaced by a new set (an item updated or removed, an
 * item older than one kept).
 */
type Next = (SectionItems & { readonly items: CarriedItems }) | { readonly replaced: CarriedItems | null };

/**
 * Where a commit's carried items go. A new item rides in the first file the commit writes (or
 * team.json when it writes none); an updated or removed one is changed in the file carrying it, which
 * the commit then writes too. Each file written drops the items expired at the commit's time.
 *
 * A keyed save adds one item to the file it writes: the file's items are neither copied nor encoded
 * again (their text is cached per item), so its cost does not grow with the items kept.
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

  const hosts = new Map<HostKey, HostWrite>();
  for (const key of touched) {
    const old = team.hosts.get(key);
    const next = new Map<string, Next>();
    let changed = false;
    for (const [name, items] of old?.items ?? []) {
      const cs = team.carried.get(name) as CarriedState;
      const skip = now === null ? 0 : expiredCount(cs.def, items, cutoffOf(cs.def, now));
      if (skip > 0) changed = true;
      next.set(name, { items, skip, added: [] });
    }
    for (const { cs, upserts, removes } of changes) {
      const gone = removes.filter((id) => cs.index.get(id) === key);
      const here = upserts.filter((item) => {
        const at = cs.index.get(item.id);
        return at === key || (at === undefined && key === primary);
      });
      if (gone.length === 0 && here.length === 0) continue;
      changed = true;
      next.set(cs.def.name, nextItems(cs, next.get(cs.def.name), gone, here, now));
    }
    hosts.set(key, changed ? hostWrite(team, key, old, next) : unchanged(team, old));
  }
  return { hosts, extra: [...touched].filter((k) => !written.includes(k)), now };
}

/** A file written again with the items it carries: the same (cached) text. */
const unchanged = (team: CarriedTeam, old: Host | undefined): HostWrite => ({
  section: sectionOf(team, old),
  install: () => undefined,
});

/** The items of `cs` in a file after a commit removes `gone` and puts `here` there. */
function nextItems(
  cs: CarriedState,
  current: Next | undefined,
  gone: readonly string[],
  here: readonly CarriedItem[],
  now: number | null,
): Next {
  const timed = here.map((item) => ({ item, at: recordedAt(cs.def, item) })).sort((a, b) => a.at - b.at);
  const added = timed.map((t) => t.item);
  if (current === undefined) return { replaced: carriedItems(cs.def, added) };
  if ('items' in current && gone.length === 0 && here.every((item) => !cs.index.has(item.id))) {
    const { items, skip } = current;
    // Newer than every item kept (the usual case: items are recorded as they come): grown in place.
    const keptNewest = items.byId.size > skip ? items.newest : Number.NEGATIVE_INFINITY;
    if ((timed[0]?.at ?? Number.POSITIVE_INFINITY) >= keptNewest) return { items, skip, added };
  }
  // Anything else (an update, a removal, an older item: rare) builds the collection's items anew.
  const before = 'items' in current ? current.items : current.replaced;
  const cutoff = now === null ? Number.NEGATIVE_INFINITY : cutoffOf(cs.def, now);
  const merged = new Map<string, CarriedItem>();
  for (const [id, item] of before?.byId ?? []) if (recordedAt(cs.def, item) > cutoff) merged.set(id, item);
  for (const id of gone) merged.delete(id);
  for (const item of added) merged.set(item.id, item);
  return { replaced: merged.size === 0 ? null : carriedItems(cs.def, merged.values()) };
}

/** How a file whose carried items change is written, and how its items change once it is. */
function hostWrite(
  team: CarriedTeam,
  key: HostKey,
  old: Host | undefined,
  next: ReadonlyMap<string, Next>,
): HostWrite {
  const sections = new Map<string, SectionItems>();
  for (const [name, n] of next) {
    sections.set(name, 'items' in n ? n : { items: n.replaced ?? undefined, skip: 0, added: [] });
  }
  const foreign = old?.foreign ?? {};
  const section = sectionParts(team, sections, foreign);
  return {
    section,
    install() {
      const host: Host = team.hosts.get(key) ?? { key, items: new Map(), foreign };
      for (const [name, n] of next) {
        const cs = team.carried.get(name) as CarriedState;
        if ('items' in n) growInPlace(cs, key, n);
        else {
          for (const id of host.items.get(name)?.byId.keys() ?? [])
            if (cs.index.get(id) === key) cs.index.delete(id);
          if (n.replaced) {
            host.items.set(name, n.replaced);
            for (const id of n.replaced.byId.keys()) cs.index.set(id, key);
          } else host.items.delete(name);
        }
        if (host.items.get(name)?.byId.size === 0) host.items.delete(name);
      }
      // The parts written point at the items' texts, which have changed since: encoded again when needed.
      host.section = undefined;
      if (section === undefined) team.hosts.delete(key);
      else team.hosts.set(key, host);
    },
  };
}

/** Drops the `skip` oldest items and adds the new ones, in the map the file's host already holds. */
function growInPlace(
  cs: CarriedState,
  key: HostKey,
  { items, skip, added }: SectionItems & { items: CarriedItems },
) {
  let i = 0;
  for (const id of items.byId.keys()) {
    if (i++ >= skip) break;
    items.byId.delete(id);
    if (cs.index.get(id) === key) cs.index.delete(id);
  }
  items.texts?.splice(0, skip);
  for (const item of added) {
    items.byId.set(item.id, item);
    items.texts?.push(jsonOf(item));
    cs.index.set(item.id, key);
    items.newest = Math.max(items.newest, recordedAt(cs.def, item));
  }
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
