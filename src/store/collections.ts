import { Activity, Campaign, Member, Prospect } from '../domain/entities.ts';
import type { CollectionDef } from './types.ts';

/** Shard keys become file names, so they are restricted to a safe alphabet. */
export const SHARD_KEY = /^[0-9A-Za-z_-]{1,40}$/;
/** Collection names become file and folder names next to `team.json` and `journal.json`. */
const COLLECTION_NAME = /^[a-z][a-z0-9-]{0,39}$/;
const RESERVED_NAMES = new Set(['team', 'journal']);

/** Month key `YYYY-MM` of an ISO date or instant. */
export const monthOf = (isoDateOrInstant: string): string => isoDateOrInstant.slice(0, 7);

/**
 * Activities live in quarter-month files (`2026-11-01`, `-08`, `-15`, `-22`): a busy team's
 * /log then rewrites about a week of history, not a month, which keeps each durable write small.
 */
export const activityShardOf = (isoDate: string): string => {
  const day = Number(isoDate.slice(8, 10));
  const start = day <= 7 ? '01' : day <= 14 ? '08' : day <= 21 ? '15' : '22';
  return `${isoDate.slice(0, 7)}-${start}`;
};

export const members: CollectionDef<Member> = { name: 'members', schema: Member, version: 1 };

export const campaigns: CollectionDef<Campaign> = { name: 'campaigns', schema: Campaign, version: 1 };

export const prospects: CollectionDef<Prospect> = {
  name: 'prospects',
  schema: Prospect,
  version: 1,
  shardOf: (p) => monthOf(p.createdAt),
};

/** Version 2 (2026-12): the postal kind `mail` is called `letter` (DOMAIN §1); « mail » now means an e-mail. */
const renamePostalKind = (items: unknown[]): unknown[] =>
  items.map((item) =>
    item !== null && typeof item === 'object' && (item as { kind?: unknown }).kind === 'mail'
      ? { ...item, kind: 'letter' }
      : item,
  );

export const activities: CollectionDef<Activity> = {
  name: 'activities',
  schema: Activity,
  version: 2,
  migrations: { 1: renamePostalKind },
  shardOf: (a) => activityShardOf(a.date),
};

/** The collections every team has; `openStore({ collections })` may add more. */
export const teamCollections = { members, campaigns, prospects, activities } as const;

// biome-ignore lint/suspicious/noExplicitAny: a registry holds defs of every item type
export type AnyCollectionDef = CollectionDef<any>;

/** Checks names and versions once at open, so a bad def fails early instead of writing odd files. */
export function assertCollectionDefs(defs: readonly AnyCollectionDef[]): Map<string, AnyCollectionDef> {
  const byName = new Map<string, AnyCollectionDef>();
  for (const def of defs) {
    if (!COLLECTION_NAME.test(def.name) || RESERVED_NAMES.has(def.name)) {
      throw new Error(`invalid collection name ${JSON.stringify(def.name)}`);
    }
    if (!Number.isInteger(def.version) || def.version < 1) {
      throw new Error(`collection ${def.name}: version must be an integer >= 1`);
    }
    if (def.carried && def.shardOf)
      throw new Error(`collection ${def.name}: a carried collection has no shards`);
    if (def.carried && def.binary)
      throw new Error(`collection ${def.name}: a carried collection has no binary layout`);
    const known = byName.get(def.name);
    if (known && known !== def) throw new Error(`collection ${def.name} is registered twice`);
    byName.set(def.name, def);
  }
  return byName;
}
