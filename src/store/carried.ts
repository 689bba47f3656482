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

/** The items of one carried collection in one file, with the range of their recording times. */
export interface CarriedItems {
  readonly byId: ReadonlyMap<string, CarriedItem>;
  readonly oldest: number;
  readonly newest: number;
}

export type CarriedItem = { id: string };

/** What one file carries. Never changed: a commit makes a new one. */
export interface Host {
  readonly key: HostKey;
  /** By collection name; a collection with no item here is absent. */
  readonly items: ReadonlyMap<string, CarriedItems>;
  /** Sections of collections this store does not register: written back as read, never lost. */
  readonly foreign: Readonly<Record<string, unknown>>;
  /** The envelope text, once encoded. */
  section?: string;
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

export function carriedItems(def: AnyCollectionDef, byId: ReadonlyMap<string, CarriedItem>): CarriedItems {
  let oldest = Number.POSITIVE_INFINITY;
  let newest = Number.NEGATIVE_INFINITY;
  for (const item of byId.values()) {
    const at = recordedAt(def, item);
    if (at < oldest) oldest = at;
    if (at > newest) newest = at;
  }
  return { byId, oldest, newest };
}

/** A host, or null when it would carry nothing. */
export function makeHost(
  key: HostKey,
  items: ReadonlyMap<string, CarriedItems>,
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
    const byId = new Map<string, CarriedItem>();
    for (const item of valid as CarriedItem[]) {
      if (byId.has(item.id))
        throw new StoreCorruptError(file, `carried ${name}: id ${JSON.stringify(item.id)} appears twice`);
      byId.set(item.id, item);
    }
    if (byId.size > 0) items.set(name, carriedItems(def, byId));
  }
  return makeHost(key, items, foreign);
}

// Items are frozen: one serializes the same every time a file carrying it is written again.
const itemJson = new WeakMap<object, string>();
const jsonOf = (item: CarriedItem): string => {
  let json = itemJson.get(item);
  if (json === undefined) {
    json = JSON.stringify(item);
    itemJson.set(item, json);
  }
  return json;
};

/** The envelope member `,"carried":{…}` of a file carrying `host`, or undefined when it carries nothing. */
export function sectionOf(team: CarriedTeam, host: Host | null | undefined): string | undefined {
  if (!host) return undefined;
  if (host.section === undefined) {
    const parts: string[] = [];
    for (const [name, { byId }] of host.items) {
      const version = (team.carried.get(name) as CarriedState).def.version;
      const list = Array.from(byId.values(), jsonOf).join(',');
      parts.push(`${JSON.stringify(name)}:{"version":${version},"items":[${list}]}`);
    }
    for (const [name, section] of Object.entries(host.foreign))
      parts.push(`${JSON.stringify(name)}:${JSON.stringify(section)}`);
    host.section = `,"carried":{${parts.join(',')}}`;
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
