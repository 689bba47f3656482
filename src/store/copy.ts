import { createHash } from 'node:crypto';
import { cutoffOf, recordedAt } from './carried.ts';
import type { AnyCollectionDef } from './collections.ts';
import type { Store, TeamView } from './types.ts';

/** What a store holds, to compare two of them: item counts by collection and one content hash. */
export interface StoreSummary {
  readonly teams: number;
  readonly items: number;
  readonly byCollection: Readonly<Record<string, number>>;
  /** sha256 of every team record and item, in a canonical form (sorted keys, items by id). */
  readonly hash: string;
}

/** JSON with object keys sorted: the same content gives the same text whatever the engine's key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The items of one collection worth copying: all of them, except carried items (exactly-once
 * receipts) already expired at the team's newest receipt, which the next keyed save drops anyway.
 */
function live(def: AnyCollectionDef, items: readonly { id: string }[]): { id: string }[] {
  if (!def.carried) return [...items];
  let newest = Number.NEGATIVE_INFINITY;
  for (const item of items) newest = Math.max(newest, recordedAt(def, item));
  const cutoff = cutoffOf(def, newest);
  return items.filter((item) => recordedAt(def, item) > cutoff);
}

function teamContent(view: TeamView, defs: readonly AnyCollectionDef[]) {
  return defs.map((def) => ({ def, items: live(def, view.collection(def).all()) }));
}

/** Counts and hash of every team of `store`. */
export async function summarize(store: Store, defs: readonly AnyCollectionDef[]): Promise<StoreSummary> {
  const sorted = [...defs].sort((a, b) => (a.name < b.name ? -1 : 1));
  const hash = createHash('sha256');
  const byCollection: Record<string, number> = {};
  let items = 0;
  const teams = await store.listTeams();
  for (const teamId of teams) {
    await store.read(teamId, (view) => {
      hash.update(`team ${canonicalJson(view.team)}\n`);
      for (const { def, items: list } of teamContent(view, sorted)) {
        byCollection[def.name] = (byCollection[def.name] ?? 0) + list.length;
        items += list.length;
        const ids = list.map((item) => item.id).sort();
        const byId = new Map(list.map((item) => [item.id, item]));
        for (const id of ids) {
          const item = byId.get(id) as { id: string };
          // Byte blocks hash as the JSON document both engines can hold (see types.ts).
          hash.update(`${def.name} ${canonicalJson(def.binary ? def.binary.toJson(item) : item)}\n`);
        }
      }
    });
  }
  return { teams: teams.length, items, byCollection, hash: hash.digest('hex') };
}

/**
 * Copies every team of `from` into `to` (which the caller made sure is empty): one transaction a
 * team, items in their order; then compares the two stores' summaries.
 */
export async function copyStore(
  from: Store,
  to: Store,
  defs: readonly AnyCollectionDef[],
): Promise<{ source: StoreSummary; target: StoreSummary }> {
  for (const teamId of await from.listTeams()) {
    await from.read(teamId, async (view) => {
      const content = teamContent(view, defs);
      const team = view.team;
      await to.transact(
        teamId,
        (tx) => {
          tx.setTeam(team);
          for (const { def, items } of content) {
            const col = tx.collection(def);
            for (const item of items) col.put(item);
          }
        },
        { init: () => team },
      );
    });
  }
  return { source: await summarize(from, defs), target: await summarize(to, defs) };
}
