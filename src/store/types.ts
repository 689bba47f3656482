import type { z } from 'zod';
import type { Activity, Campaign, Member, Prospect, Team } from '../domain/entities.ts';

/**
 * How one kind of record is kept on disk. A collection lives in `<team dir>/<name>.json`, or, when
 * `shardOf` is given, in `<team dir>/<name>/<shard>.json` (one file a shard, e.g. a month), so that a
 * write rewrites one shard and its cost does not grow with the team's history.
 */
export interface CollectionDef<T extends { id: string }> {
  readonly name: string;
  readonly schema: z.ZodType<T, unknown>;
  /** The file format version written today; older files are migrated on load. */
  readonly version: number;
  /** `migrations[k]` turns the items of a version-k file into version k+1 items. */
  readonly migrations?: Readonly<Record<number, (items: unknown[]) => unknown[]>>;
  /** Shard key of an item, e.g. its month `YYYY-MM`; must match `^[0-9A-Za-z_-]{1,40}$`. */
  readonly shardOf?: (item: T) => string;
  /**
   * Items kept for a while beside what a commit writes (exactly-once receipts): they have no file of
   * their own but ride in the envelope of a file their commit writes anyway, so keeping one costs no
   * extra file (see carried.ts). Not with `shardOf`.
   */
  readonly carried?: CarriedPolicy<T>;
  /**
   * Items holding big byte blocks (typed arrays): the embedded store writes their files in binary
   * (binary-file.ts: one read and views at load, no JSON of the bytes); engines storing JSON
   * (PostgreSQL, the copy's hash) keep `toJson`'s document. The schema accepts both `join`'s
   * output and `toJson`'s document (which is also what older JSON files hold). Not with `carried`.
   */
  readonly binary?: BinaryLayout<T>;
  /**
   * The channels' bookkeeping (delivery receipts, conversation places, personal chats, upload links,
   * file offers, rate-limit buckets), not the team's own data: no analysis or dossier section reads
   * it, so a dossier's snapshot leaves it out (report/snapshot.ts).
   */
  readonly bookkeeping?: true;
}

/** How an item with byte blocks is split for a binary file, and written as JSON where JSON is kept. */
export interface BinaryLayout<T> {
  /** The item as a JSON document, its blocks as text (base64): what JSON engines store. */
  toJson(item: T): object;
  /** Its small fields (JSON) and its byte blocks, for a binary file. */
  split(item: T): { fields: object; blocks: readonly ArrayBufferView[] };
  /** The schema's input from a binary file's fields and blocks (views over the file's bytes, 8-aligned). */
  join(fields: unknown, blocks: readonly Uint8Array[]): unknown;
}

/** How long carried items are kept; the newest item a commit records gives that commit's time. */
export interface CarriedPolicy<T> {
  /** When the item was recorded (an ISO instant). */
  readonly recordedAt: (item: T) => string;
  /** An item recorded this long before a commit's time is dropped from the files that commit writes. */
  readonly keepMs: number;
}

/**
 * A value computed from a whole collection (an index by name…), kept with the cached items so that
 * a command does not rebuild it: `apply` brings it up to date after a commit (else it is rebuilt).
 */
export interface Derived<T extends { id: string }, V> {
  build(items: T[]): V;
  /** Updates `value` in place with a commit's new or replaced items and removed ids. */
  apply?(value: V, upserts: readonly T[], removes: readonly string[]): void;
}

export interface CollectionView<T extends { id: string }> {
  get(id: string): T | undefined;
  /** Every item, shards in ascending key order, items in insertion order within a shard. */
  all(): T[];
  readonly size: number;
  /** Items of the shards whose key is within [fromKey, toKey] (string order); unsharded: all(). */
  inShards(fromKey: string, toKey: string): T[];
  /** `key.build(all())`, memoized with the committed items (rebuilt each time once writes are staged). */
  derived<V>(key: Derived<T, V>): V;
}

export interface CollectionTx<T extends { id: string }> extends CollectionView<T> {
  /** Insert or replace by id; the item is validated with the collection's schema (throws if invalid). */
  put(item: T): void;
  remove(id: string): boolean;
}

/** A read view of one team's data. */
export interface TeamView {
  readonly teamId: string;
  readonly team: Team;
  readonly members: CollectionView<Member>;
  readonly prospects: CollectionView<Prospect>;
  readonly activities: CollectionView<Activity>;
  readonly campaigns: CollectionView<Campaign>;
  collection<T extends { id: string }>(def: CollectionDef<T>): CollectionView<T>;
}

/** One team's data inside a transaction: reads see the staged writes; nothing reaches disk until commit. */
export interface TeamTx extends TeamView {
  setTeam(team: Team): void;
  readonly members: CollectionTx<Member>;
  readonly prospects: CollectionTx<Prospect>;
  readonly activities: CollectionTx<Activity>;
  readonly campaigns: CollectionTx<Campaign>;
  collection<T extends { id: string }>(def: CollectionDef<T>): CollectionTx<T>;
  /** True when something was staged. */
  readonly dirty: boolean;
  /**
   * How many writes were staged so far (puts, removes, team record): compare two readings to tell
   * whether a step of the transaction wrote, even when an earlier step already had.
   */
  readonly writes: number;
}

export interface TransactOptions {
  /** Create the team with this record when it does not exist yet; without it a missing team throws `TeamNotFoundError`. */
  init?: () => Team;
}

/**
 * A background scheduler as the store's wake-up records know it: its name, and what it reads to
 * know when it next has something to do, so that a change elsewhere (an activity logged) does not
 * make it look at the team again.
 */
export interface WakeSpec {
  readonly service: string;
  /** Names of the collections whose changes can change when it is next due. */
  readonly watches: readonly string[];
  /** Whether a change of the team record (its time zone…) can, too. */
  readonly teamRecord: boolean;
}

/** What a scheduler's pass over a team returns: its result, and when it next needs to look at the team. */
export interface Visit<R> {
  readonly result: R;
  /** The next instant `service` has something to do for this team; null: nothing until the team changes. */
  readonly wakeAt: Date | null;
}

export interface Store {
  readonly dir: string;
  /**
   * Runs `fn` with exclusive access to one team (serialized in this process, locked across
   * processes). When `fn` resolves, the staged writes are durably on disk before `transact`
   * resolves (all of them or none, even across a crash); when it throws, nothing is written.
   * PostgreSQL locks the team only to commit: when another process committed to it while `fn` ran,
   * `fn` runs again on the team brought up to date, so its effects must all go through `tx`.
   */
  transact<R>(teamId: string, fn: (tx: TeamTx) => Promise<R> | R, opts?: TransactOptions): Promise<R>;
  /**
   * Runs `fn` over the team's last committed state without taking its exclusive lock (lookups,
   * autocomplete, help): never waits for a command in progress. Throws `TeamNotFoundError`.
   */
  read<R>(teamId: string, fn: (view: TeamView) => Promise<R> | R): Promise<R>;
  /**
   * A background scheduler's transaction: `transact`, and `fn`'s `wakeAt` is recorded for
   * `wake.service` with the state the commit leaves, without changing the team's version (no
   * replica reloads the team for it). A team not kept in memory here is not kept for a visit either.
   */
  visit<R>(teamId: string, wake: WakeSpec, fn: (tx: TeamTx) => Promise<Visit<R>> | Visit<R>): Promise<R>;
  /**
   * The teams `wake.service` has to look at by `now`, without loading any: those it never visited
   * (new, restored), those where what it watches changed since its last visit (on any replica), and
   * those whose `wakeAt` has come. Sorted ids, directories included (the caller filters).
   */
  teamsToWake(wake: WakeSpec, now: Date): Promise<string[]>;
  /** Ids of the teams that exist on disk. */
  listTeams(): Promise<string[]>;
  /** Reads and validates every file of every team; throws `StoreCorruptError` naming the first bad file. */
  verifyAll(): Promise<{ teams: number; files: number }>;
  close(): Promise<void>;
}
