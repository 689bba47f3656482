import type { FileText, TextPart } from './atomic-fs.ts';
import { migrateItems } from './codecs.ts';
import type { AnyCollectionDef } from './collections.ts';
import { StoreCorruptError } from './errors.ts';
import { validateItems } from './validate.ts';

/**
 * Carried collections (exactly-once receipts): items with no file of their own, kept in the envelope
 * of a file their commit writes anyway, `"carried":{"<collection>":{"version":1,"items":[…]}}`.
 *
 * Why: a receipt must be durable if and only if the save it acknowledges is. In a file of its own it
 * made every keyed save a two-file, journaled commit (+2.5 ms p50 on /log); riding in the file the
 * save rewrites anyway, the pair is one atomic rename, and costs a few hundred bytes. Every file of a
 * team is read when the team is loaded, so the union of the envelopes is every carried item, with no
 * extra read. A file rewritten later keeps the items it carries; a commit that records a new item
 * drops the expired ones from the files it writes, and rewrites a file whose items all expired (see
 * carried-commit.ts), so an item leaves the disk within its `keepMs` plus the next keyed save.
 */

/** Which file carries items: `team`, `<collection>` or `<collection>/<shard>`. */
export type HostKey = string;
export const TEAM_HOST: HostKey = 'team';

export type CarriedItem = { id: string };

/**
 * The items of one carried collection in one file, oldest first: in the order they were recorded,
 * which is also the file's order. A commit that only adds newer items and drops expired ones (every
 * keyed save) changes the map in place once its file is on disk, as appends change a shard's map
 * (commit.ts): no copy of the items a file already carries, whatever their number.
 */
export interface CarriedItems {
  readonly byId: Map<string, CarriedItem>;
  /** When the last item was recorded. */
  newest: number;
  /** The items' JSON in the same order, once a file carrying them was encoded (see textsOf). */
  texts: string[] | null;
}

/** What one file carries; its items change only by a commit, once the file is written. */
export interface Host {
  readonly key: HostKey;
  /** By collection name; a collection with no item here is absent. */
  readonly items: Map<string, CarriedItems>;
  /** Sections of collections this store does not register: written back as read, never lost. */
  readonly foreign: Readonly<Record<string, unknown>>;
  /** The envelope member as last encoded, in parts (see sectionParts). */
  section?: FileText;
}

/** One registered carried collection: where each item is. */
export interface CarriedState {
  readonly def: AnyCollectionDef;
  /** id → key of the file carrying it. */
  readonly index: Map<string, HostKey>;
}

/** The part of a team's state carried items live in. */
export interface CarriedTeam {
  readonly carried: Map<string, CarriedState>;
  /** Every loaded file that carries something, by key. */
  readonly hosts: Map<HostKey, Host>;
}

export const hostKeyOf = (def: AnyCollectionDef, shard: string): HostKey =>
  shard === '' ? def.name : `${def.name}/${shard}`;

/** When `item` was recorded, in ms since the epoch. */
export const recordedAt = (def: AnyCollectionDef, item: CarriedItem): number =>
  Date.parse((def.carried as NonNullable<AnyCollectionDef['carried']>).recordedAt(item));

/** Items recorded at or before this time are expired at `now`. */
export const cutoffOf = (def: AnyCollectionDef, now: number): number =>
  now - (def.carried as NonNullable<AnyCollectionDef['carried']>).keepMs;

/** The items, oldest first (a stable sort: items recorded at the same time keep their order). */
export function carriedItems(def: AnyCollectionDef, items: Iterable<CarriedItem>): CarriedItems {
  const timed = Array.from(items, (item) => ({ item, at: recordedAt(def, item) }));
  timed.sort((a, b) => a.at - b.at);
  const byId = new Map<string, CarriedItem>();
  for (const { item } of timed) byId.set(item.id, item);
  return { byId, newest: timed.at(-1)?.at ?? Number.NEGATIVE_INFINITY, texts: null };
}

/** How many of the first items (the oldest) are recorded at or before `cutoff`. */
export function expiredCount(def: AnyCollectionDef, items: CarriedItems, cutoff: number): number {
  let n = 0;
  for (const item of items.byId.values()) {
    if (recordedAt(def, item) > cutoff) break;
    n++;
  }
  return n;
}

/** A host, or null when it would carry nothing. */
export function makeHost(
  key: HostKey,
  items: Map<string, CarriedItems>,
  foreign: Readonly<Record<string, unknown>>,
): Host | null {
  return items.size === 0 && Object.keys(foreign).length === 0 ? null : { key, items, foreign };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates the `carried` member of a file's envelope (absent: null), like a collection file's items. */
export function readHost(team: CarriedTeam, key: HostKey, raw: unknown, file: string): Host | null {
  if (raw === undefined) return null;
  if (!isObject(raw)) throw new StoreCorruptError(file, '"carried" is not an object');
  const items = new Map<string, CarriedItems>();
  const foreign: Record<string, unknown> = {};
  for (const [name, section] of Object.entries(raw)) {
    const def = team.carried.get(name)?.def;
    if (!def) {
      foreign[name] = section;
      continue;
    }
    if (!isObject(section) || !Array.isArray(section.items))
      throw new StoreCorruptError(file, `carried ${name}: expected {"version":…,"items":[…]}`);
    const { version } = section;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
      throw new StoreCorruptError(file, `carried ${name}: invalid version ${JSON.stringify(version)}`);
    if (version > def.version) {
      throw new StoreCorruptError(
        file,
        `carried ${name}: version ${version} is newer than this program supports (${def.version}); upgrade Prospecta`,
      );
    }
    const valid = validateItems(def.schema, migrateItems(def, version, section.items, file), file);
    const seen = new Set<string>();
    for (const item of valid as CarriedItem[]) {
      if (seen.has(item.id))
        throw new StoreCorruptError(file, `carried ${name}: id ${JSON.stringify(item.id)} appears twice`);
      seen.add(item.id);
    }
    if (seen.size > 0) items.set(name, carriedItems(def, valid as CarriedItem[]));
  }
  return makeHost(key, items, foreign);
}

// Items are frozen: one serializes the same every time a file carrying it is written again.
const itemJson = new WeakMap<object, string>();
export const jsonOf = (item: CarriedItem): string => {
  let json = itemJson.get(item);
  if (json === undefined) {
    json = JSON.stringify(item);
    itemJson.set(item, json);
  }
  return json;
};

/** The JSON of each item, in order: made once, then kept in step by the commits (carried-commit.ts). */
export function textsOf(items: CarriedItems): string[] {
  items.texts ??= Array.from(items.byId.values(), jsonOf);
  return items.texts;
}

/** The items of one collection as a file will carry them: those kept (after the first `skip`), then `added`. */
export interface SectionItems {
  readonly items: CarriedItems | undefined;
  readonly skip: number;
  readonly added: readonly CarriedItem[];
}

/**
 * The envelope member `,"carried":{…}`, or undefined when the file would carry nothing. The items a
 * file carries already are one part that the write joins as it goes: neither copied nor joined here,
 * so a keyed save's cost does not grow with the items kept.
 */
export function sectionParts(
  team: CarriedTeam,
  collections: ReadonlyMap<string, SectionItems>,
  foreign: Readonly<Record<string, unknown>>,
): FileText | undefined {
  const parts: TextPart[] = [];
  let sep = ',"carried":{';
  for (const [name, { items, skip, added }] of collections) {
    const kept = (items?.byId.size ?? 0) - skip;
    if (kept + added.length <= 0) continue;
    const version = (team.carried.get(name) as CarriedState).def.version;
    parts.push(`${sep}${JSON.stringify(name)}:{"version":${version},"items":[`);
    sep = ',';
    if (items && kept > 0) parts.push({ list: textsOf(items), from: skip, sep: ',' });
    added.forEach((item, i) => {
      if (kept > 0 || i > 0) parts.push(',');
      parts.push(jsonOf(item));
    });
    parts.push(']}');
  }
  for (const [name, section] of Object.entries(foreign)) {
    parts.push(`${sep}${JSON.stringify(name)}:${JSON.stringify(section)}`);
    sep = ',';
  }
  if (parts.length === 0) return undefined;
  parts.push('}');
  return parts;
}

/** The envelope member of a file carrying `host` as it is, or undefined when it carries nothing. */
export function sectionOf(team: CarriedTeam, host: Host | null | undefined): FileText | undefined {
  if (!host) return undefined;
  if (host.section === undefined) {
    const collections = new Map<string, SectionItems>();
    for (const [name, items] of host.items) collections.set(name, { items, skip: 0, added: [] });
    host.section = sectionParts(team, collections, host.foreign);
  }
  return host.section;
}

/** Makes the items `host` carries visible (a file read, or written by a commit). */
export function attachHost(team: CarriedTeam, host: Host | null): void {
  if (!host) return;
  team.hosts.set(host.key, host);
  for (const [name, { byId }] of host.items) {
    const index = (team.carried.get(name) as CarriedState).index;
    for (const id of byId.keys()) index.set(id, host.key);
  }
}

/** Forgets what the file `key` carried (it is gone, or about to be read or written again). */
export function detachHost(team: CarriedTeam, key: HostKey): void {
  const host = team.hosts.get(key);
  if (!host) return;
  team.hosts.delete(key);
  for (const [name, { byId }] of host.items) {
    const index = (team.carried.get(name) as CarriedState).index;
    for (const id of byId.keys()) if (index.get(id) === key) index.delete(id);
  }
}

/** The item `id` of a carried collection, wherever it is carried. */
export function carriedGet(team: CarriedTeam, cs: CarriedState, id: string): CarriedItem | undefined {
  const key = cs.index.get(id);
  return key === undefined ? undefined : team.hosts.get(key)?.items.get(cs.def.name)?.byId.get(id);
}
