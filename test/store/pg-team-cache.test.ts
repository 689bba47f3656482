import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgStore, type PgStore } from '../../src/store/postgres/index.ts';
import { loadCounter } from '../helpers/load-counter.ts';
import { type PgCluster, startPgCluster } from '../helpers/pg-cluster.ts';
import { activity, initTeam, makeTempDir, member, removeDir } from './helpers.ts';

/** A scheduler watching only the team record. */
const DIGEST = { service: 'digest', watches: [], teamRecord: true } as const;
const teamIds = Array.from({ length: 10 }, (_, i) => `local:t${i}`);

/** Each team's members and activities, as a command reads them. */
const contents = (store: PgStore, teamId: string) =>
  store.transact(teamId, (tx) => ({
    members: tx.members.all().map((m) => m.id),
    activities: tx.activities.all().map((a) => `${a.id}:${a.date}`),
  }));

describe('PostgreSQL team cache', () => {
  let cluster: PgCluster;
  let dir: string;
  beforeAll(async () => {
    cluster = await startPgCluster();
    dir = await makeTempDir();
  }, 60_000);
  afterAll(async () => {
    await cluster?.stop();
    await removeDir(dir);
  });

  it('keeps at most its limit of teams, least recently used out, with the same answers as an unbounded cache', async () => {
    const url = await cluster.createDatabase();
    const writer = await openPgStore({ url, dir });
    for (const [i, id] of teamIds.entries())
      await writer.transact(
        id,
        (tx) => {
          tx.members.put(member(`cli:rep${i}`));
          for (let k = 0; k <= i; k++)
            tx.activities.put(activity(`A-${k}`, `2026-0${1 + (k % 9)}-1${k % 10}`));
        },
        initTeam(id),
      );
    const wide = await openPgStore({ url, dir, teamCache: 1_000 });
    const counter = loadCounter();
    const bounded = await openPgStore({ url, dir, teamCache: 3, logger: counter.logger });
    for (const id of [...teamIds, ...teamIds]) {
      expect(await contents(bounded, id)).toEqual(await contents(wide, id));
      expect(bounded.cacheStats().teams).toBeLessThanOrEqual(3);
    }
    expect(wide.cacheStats().teams).toBe(10);
    // The three most recent stay: used again, they are not loaded again.
    const loads = counter.loaded.length;
    for (const id of teamIds.slice(7)) await contents(bounded, id);
    expect(counter.loaded.length).toBe(loads);
    await contents(bounded, 'local:t0');
    expect(counter.loaded.length).toBe(loads + 1);
    expect(bounded.cacheStats()).toEqual({ teams: 3, coldLoads: 21 });
    await Promise.all([writer.close(), wide.close(), bounded.close()]);
  });

  it('never drops a team a transaction is running or queued on, and trims once they end', async () => {
    const url = await cluster.createDatabase();
    const store = await openPgStore({ url, dir, teamCache: 1 });
    for (const id of teamIds.slice(0, 3)) await store.transact(id, () => undefined, initTeam(id));
    let release = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const entered: Promise<void>[] = [];
    const holding = (name: string) => {
      let enter = () => {};
      entered.push(new Promise<void>((r) => (enter = r)));
      return async () => {
        enter();
        await gate;
        return name;
      };
    };
    // t0 and t1 are both held while t2 is loaded: the cache is over its limit rather than drop them.
    const running = store.transact('local:t0', holding('t0'));
    const queued = store.transact('local:t0', (tx) => tx.team.id);
    const other = store.transact('local:t1', holding('t1'));
    await Promise.all(entered);
    await store.transact('local:t2', () => undefined);
    expect(store.cacheStats().teams).toBe(2);
    const { coldLoads } = store.cacheStats();
    release();
    expect(await Promise.all([running, queued, other])).toEqual(['t0', 'local:t0', 't1']);
    // The queued transaction found t0 in memory: no second load.
    expect(store.cacheStats()).toEqual({ teams: 1, coldLoads });
    await store.close();
  });

  it("a scheduler's visit of a team not in memory leaves the served teams in the cache", async () => {
    const url = await cluster.createDatabase();
    const store = await openPgStore({ url, dir, teamCache: 2 });
    for (const id of teamIds.slice(0, 4)) await store.transact(id, () => undefined, initTeam(id));
    await store.transact('local:t0', () => undefined);
    await store.transact('local:t1', () => undefined);
    const before = store.cacheStats();
    for (const id of teamIds.slice(2, 4))
      await store.visit(id, DIGEST, (tx) => ({
        result: tx.team.id,
        wakeAt: null,
      }));
    const after = store.cacheStats();
    expect(after.coldLoads).toBe(before.coldLoads + 2);
    await store.transact('local:t0', () => undefined);
    await store.transact('local:t1', () => undefined);
    expect(store.cacheStats()).toEqual({ teams: 2, coldLoads: after.coldLoads });
    await store.close();
  });

  it('keeps a visited team in room nobody used, and drops it before any team a command used', async () => {
    const url = await cluster.createDatabase();
    const store = await openPgStore({ url, dir, teamCache: 3 });
    for (const id of teamIds.slice(0, 4)) await store.transact(id, () => undefined, initTeam(id));
    const opened = await openPgStore({ url, dir, teamCache: 3 });
    await opened.transact('local:t0', () => undefined);
    await opened.visit('local:t1', DIGEST, () => ({ result: undefined, wakeAt: null }));
    await opened.visit('local:t1', DIGEST, () => ({ result: undefined, wakeAt: null }));
    expect(opened.cacheStats()).toEqual({ teams: 2, coldLoads: 2 });
    await opened.transact('local:t2', () => undefined);
    // Full: t3 takes the spare t1's place, not t0's (the least recently used).
    await opened.transact('local:t3', () => undefined);
    expect(opened.cacheStats()).toEqual({ teams: 3, coldLoads: 4 });
    await opened.transact('local:t0', () => undefined);
    expect(opened.cacheStats()).toEqual({ teams: 3, coldLoads: 4 });
    await opened.transact('local:t1', () => undefined);
    expect(opened.cacheStats()).toEqual({ teams: 3, coldLoads: 5 });
    await Promise.all([store.close(), opened.close()]);
  });

  it("a scheduler's visits share the spare room: a new one takes an older spare's place, never a served team's", async () => {
    const url = await cluster.createDatabase();
    const store = await openPgStore({ url, dir, teamCache: 2 });
    for (const id of teamIds.slice(0, 3)) await store.transact(id, () => undefined, initTeam(id));
    const opened = await openPgStore({ url, dir, teamCache: 2 });
    await opened.transact('local:t0', () => undefined);
    await opened.visit('local:t1', DIGEST, () => ({ result: undefined, wakeAt: null }));
    await opened.visit('local:t2', DIGEST, () => ({ result: undefined, wakeAt: null }));
    expect(opened.cacheStats()).toEqual({ teams: 2, coldLoads: 3 });
    // Another scheduler visiting t2 right after finds it in memory; t0 was never dropped.
    await opened.visit('local:t2', { ...DIGEST, service: 'privacy' }, () => ({
      result: undefined,
      wakeAt: null,
    }));
    await opened.transact('local:t0', () => undefined);
    expect(opened.cacheStats()).toEqual({ teams: 2, coldLoads: 3 });
    await Promise.all([store.close(), opened.close()]);
  });
});
