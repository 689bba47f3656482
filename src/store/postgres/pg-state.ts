import { Team } from '../../domain/entities.ts';
import { type CanonicalCheck, compileCanonicalCheck } from '../canonical-check.ts';
import {
  attachHost,
  type CarriedItem,
  type CarriedState,
  carriedItems,
  detachHost,
  makeHost,
  recordedAt,
} from '../carried.ts';
import { migrateItems } from '../codecs.ts';
import type { AnyCollectionDef } from '../collections.ts';
import type { FileChange } from '../commit.ts';
import { applyDerived } from '../derived.ts';
import { StoreCorruptError } from '../errors.ts';
import { teamFolderName, teamPaths } from '../team-folder.ts';
import {
  type CollectionState,
  emptyTeamState,
  type Item,
  installShard,
  openShard,
  type Shard,
  type TeamState,
} from '../team-state.ts';
import { validateItems } from '../validate.ts';

/**
 * A team cached by the PostgreSQL engine: the same in-memory state as the embedded store's (so
 * transactions, overlays, derived values and carried items behave alike), and the team version it
 * reflects. Its file paths are never used: nothing is read from or written to disk.
 */
export interface PgTeam {
  readonly state: TeamState;
  /** `teams.version` this state reflects; 0 before the team exists. */
  version: number;
}

/** Root of the unused paths of the shared in-memory state. */
const NO_DISK = '/nonexistent/prospecta-postgres/teams';

export function newPgTeam(teamId: string, defs: Iterable<AnyCollectionDef>): PgTeam {
  return { state: emptyTeamState(teamId, teamPaths(NO_DISK, teamFolderName(teamId)), defs), version: 0 };
}

/** One row of `items` as read: `doc` null is an item removed at that version. */
export interface ItemRow {
  readonly collection: string;
  readonly id: string;
  readonly shard: string;
  readonly format: number;
  readonly doc: unknown;
}

/** Names a row in errors: `postgres:<team>/<collection>/<id>`. */
export const rowName = (teamId: string, collection: string, id: string): string =>
  `postgres:${teamId}/${collection}/${id}`;

const canonicalChecks = new WeakMap<AnyCollectionDef, CanonicalCheck | null>();
function canonicalOf(def: AnyCollectionDef): CanonicalCheck | null {
  if (!canonicalChecks.has(def)) canonicalChecks.set(def, compileCanonicalCheck(def.schema));
  return canonicalChecks.get(def) ?? null;
}

/** Validates a stored item (migrating an older format first); a bad one is `StoreCorruptError`. */
export function decodeItem(teamId: string, def: AnyCollectionDef, row: ItemRow): Item {
  const name = rowName(teamId, def.name, row.id);
  if (!Number.isInteger(row.format) || row.format < 1)
    throw new StoreCorruptError(name, `invalid format ${JSON.stringify(row.format)}`);
  if (row.format > def.version) {
    throw new StoreCorruptError(
      name,
      `version ${row.format} is newer than this program supports (${def.version}); upgrade Prospecta`,
    );
  }
  const [raw] = migrateItems(def, row.format, [row.doc], name);
  const [item] = validateItems(def.schema, [raw], name, canonicalOf(def)) as Item[];
  if (!item || item.id !== row.id)
    throw new StoreCorruptError(
      name,
      `holds item ${JSON.stringify(item?.id)}, not ${JSON.stringify(row.id)}`,
    );
  return item;
}

export function decodeTeam(teamId: string, doc: unknown): Team {
  const name = rowName(teamId, 'team', teamId);
  const result = Team.safeParse(doc);
  if (!result.success)
    throw new StoreCorruptError(name, `team: ${result.error.issues[0]?.message ?? 'invalid'}`);
  if (result.data.id !== teamId)
    throw new StoreCorruptError(name, `holds team ${JSON.stringify(result.data.id)}`);
  return Object.freeze(result.data);
}

/** Changes to bring a state up to date: validated items to put (with their shard) and ids to remove. */
export interface StateChanges {
  readonly puts: Map<CollectionState, { item: Item; shard: string }[]>;
  readonly removes: Map<CollectionState, string[]>;
  readonly carriedPuts: Map<CarriedState, CarriedItem[]>;
  readonly carriedRemoves: Map<CarriedState, string[]>;
}

export const noChanges = (): StateChanges => ({
  puts: new Map(),
  removes: new Map(),
  carriedPuts: new Map(),
  carriedRemoves: new Map(),
});

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Rows read from `items` (in `seq` order) as changes; rows of unregistered collections are left alone. */
export function changesOfRows(team: PgTeam, rows: readonly ItemRow[]): StateChanges {
  const { state } = team;
  const changes = noChanges();
  for (const row of rows) {
    const col = state.collections.get(row.collection);
    if (col) {
      if (row.doc === null) push(changes.removes, col, row.id);
      else push(changes.puts, col, { item: decodeItem(state.teamId, col.def, row), shard: row.shard });
      continue;
    }
    const cs = state.carried.get(row.collection);
    if (!cs) continue;
    if (row.doc === null) push(changes.carriedRemoves, cs, row.id);
    else push(changes.carriedPuts, cs, decodeItem(state.teamId, cs.def, row));
  }
  return changes;
}

/**
 * Applies changes to the cached state as the embedded store's commit does: an item replaced in its
 * shard keeps its place, a new or moved one goes last in its shard; derived values are brought up to
 * date (or dropped).
 */
export function applyChanges(state: TeamState, changes: StateChanges): void {
  const fileChanges: FileChange[] = [];
  const cols = new Set([...changes.puts.keys(), ...changes.removes.keys()]);
  for (const col of cols)
    fileChanges.push(
      ...applyCollection(state, col, changes.puts.get(col) ?? [], changes.removes.get(col) ?? []),
    );
  applyDerived(fileChanges);
  const carried = new Set([...changes.carriedPuts.keys(), ...changes.carriedRemoves.keys()]);
  for (const cs of carried)
    applyCarried(state, cs, changes.carriedPuts.get(cs) ?? [], changes.carriedRemoves.get(cs) ?? []);
}

function applyCollection(
  state: TeamState,
  col: CollectionState,
  puts: readonly { item: Item; shard: string }[],
  removes: readonly string[],
): FileChange[] {
  const byShard = new Map<string, { upserts: Item[]; removes: string[] }>();
  const entry = (key: string) => {
    let e = byShard.get(key);
    if (!e) {
      e = { upserts: [], removes: [] };
      byShard.set(key, e);
    }
    return e;
  };
  for (const id of removes) {
    const from = col.index.get(id);
    if (from !== undefined) entry(from).removes.push(id);
  }
  // The same id twice (rows of several versions): the last one wins, as in a Map.
  const last = new Map<string, { item: Item; shard: string }>();
  for (const put of puts) {
    last.delete(put.item.id);
    last.set(put.item.id, put);
  }
  for (const { item, shard } of last.values()) {
    const from = col.index.get(item.id);
    if (from !== undefined && from !== shard) entry(from).removes.push(item.id);
    entry(shard).upserts.push(item);
  }
  const installs: Shard[] = [];
  for (const [key, e] of byShard) {
    const current = col.shards.get(key);
    const shard = current ?? openShard(state, col, key);
    const appendOnly =
      current !== undefined && e.removes.length === 0 && e.upserts.every((u) => !current.byId.has(u.id));
    if (appendOnly) {
      for (const item of e.upserts) shard.byId.set(item.id, item);
      shard.db.data = shard.db.data.concat(e.upserts);
    } else {
      const byId = new Map(current?.byId);
      for (const id of e.removes) byId.delete(id);
      for (const item of e.upserts) byId.set(item.id, item);
      shard.byId = byId;
      shard.db.data = [...byId.values()];
    }
    if (!current) installs.push(shard);
  }
  for (const shard of installs) installShard(state, col, shard);
  state.duplicates = [];
  const out: FileChange[] = [];
  for (const [key, e] of byShard) {
    for (const id of e.removes) if (col.index.get(id) === key) col.index.delete(id);
    for (const item of e.upserts) col.index.set(item.id, key);
    out.push({ col, shard: key, ...e });
  }
  return out;
}

/**
 * A carried collection is kept as one host named after it (in the database it is rows like any other).
 * A commit that records new items, newer than those kept, and drops some (every keyed save) changes
 * the host's items in place: no copy, sort or re-index of every receipt kept at each save.
 */
function applyCarried(
  state: TeamState,
  cs: CarriedState,
  puts: readonly CarriedItem[],
  removes: readonly string[],
) {
  const key = cs.def.name;
  if (growInPlace(state, cs, puts, removes)) return;
  const byId = new Map(state.hosts.get(key)?.items.get(key)?.byId);
  for (const id of removes) byId.delete(id);
  for (const item of puts) byId.set(item.id, item);
  detachHost(state, key);
  const items = byId.size > 0 ? new Map([[key, carriedItems(cs.def, byId.values())]]) : new Map();
  attachHost(state, makeHost(key, items, {}));
}

/** Applies new items, newer than every one kept, and removals to the host's own map; false when it cannot. */
function growInPlace(
  state: TeamState,
  cs: CarriedState,
  puts: readonly CarriedItem[],
  removes: readonly string[],
): boolean {
  const key = cs.def.name;
  const items = state.hosts.get(key)?.items.get(key);
  if (!items) return false;
  const timed = puts.map((item) => ({ item, at: recordedAt(cs.def, item) })).sort((a, b) => a.at - b.at);
  // An update, an item put and removed, or one older than the newest kept: the copy keeps the order.
  if (timed.some(({ item }) => items.byId.has(item.id) || removes.includes(item.id))) return false;
  if ((timed[0]?.at ?? Number.POSITIVE_INFINITY) < items.newest) return false;
  for (const id of removes) {
    if (items.byId.delete(id) && cs.index.get(id) === key) cs.index.delete(id);
  }
  for (const { item, at } of timed) {
    items.byId.set(item.id, item);
    cs.index.set(item.id, key);
    items.newest = Math.max(items.newest, at);
  }
  // No file carries them here: a text cache would only fall out of step.
  items.texts = null;
  if (items.byId.size === 0) detachHost(state, key);
  return true;
}
