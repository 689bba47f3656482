import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receiptsCollection } from '../../src/once/index.ts';
import { openStore, StoreCorruptError } from '../../src/store/index.ts';
import { openPgStore, StoreUnavailableError } from '../../src/store/postgres/index.ts';
import { LockBusyError } from '../../src/store/process-lock.ts';
import type { Store } from '../../src/store/types.ts';
import { type PgCluster, startPgCluster } from '../helpers/pg-cluster.ts';
import { databaseSnapshot } from './engines.ts';
import { activity, initTeam, makeTempDir, member, removeDir } from './helpers.ts';

// What only the PostgreSQL engine has: several processes on one database, rows named in errors,
// schema steps, connection errors. The store contract itself is the shared suite (describeEngines).
describe('PostgreSQL store', () => {
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

  const fresh = async () => {
    const url = await cluster.createDatabase(`p${Math.random().toString(36).slice(2, 12)}`);
    return { url, open: () => openPgStore({ url, dir }) };
  };

  it('two stores on one database (as two processes) writing one team concurrently lose nothing', async () => {
    const db = await fresh();
    const [a, b] = [await db.open(), await db.open()];
    await a.transact('local:demo', (tx) => tx.members.put(member('cli:alice')), initTeam('local:demo'));
    const writes = (store: Store, prefix: string) =>
      Array.from({ length: 40 }, (_, i) =>
        store.transact('local:demo', (tx) => {
          // Read-modify-write of the team record: a lost update would show in the counter.
          const n = Number(tx.team.name.split('#')[1] ?? 0);
          tx.setTeam({ ...tx.team, name: `Team #${n + 1}` });
          tx.activities.put(activity(`${prefix}-${i}`, `2024-0${1 + (i % 9)}-0${1 + (i % 9)}`));
        }),
      );
    await Promise.all([...writes(a, 'A'), ...writes(b, 'B')]);
    const seenByA = await a.transact('local:demo', (tx) => ({ name: tx.team.name, n: tx.activities.size }));
    const seenByB = await b.read('local:demo', (v) => ({ name: v.team.name, n: v.activities.size }));
    expect(seenByA).toEqual({ name: 'Team #80', n: 80 });
    expect(seenByB).toEqual(seenByA);
    const third = await db.open();
    const ids = await third.read('local:demo', (v) => v.activities.all().map((x) => x.id));
    expect(new Set(ids).size).toBe(80);
    await Promise.all([a.close(), b.close(), third.close()]);
  });

  it("a replica sees another one's removals and moves by version, in the order a cold load gives", async () => {
    const db = await fresh();
    const [a, b] = [await db.open(), await db.open()];
    await a.transact(
      'local:demo',
      (tx) => {
        for (const [id, date] of [
          ['A-1', '2024-01-05'],
          ['A-2', '2024-01-06'],
          ['A-3', '2024-01-07'],
        ] as const)
          tx.activities.put(activity(id, date));
      },
      initTeam('local:demo'),
    );
    expect(await b.read('local:demo', (v) => v.activities.all().map((x) => x.id))).toEqual([
      'A-1',
      'A-2',
      'A-3',
    ]);
    await a.transact('local:demo', (tx) => {
      tx.activities.remove('A-2');
      tx.activities.put(activity('A-1', '2024-01-05', { amount: 7 })); // in place
      tx.activities.put(activity('A-0', '2024-01-02')); // new, last of its shard
      tx.activities.put(activity('A-3', '2023-12-30')); // moves shard
    });
    const warm = await b.read('local:demo', (v) => v.activities.all().map((x) => [x.id, x.amount ?? null]));
    const cold = await (await db.open()).read('local:demo', (v) =>
      v.activities.all().map((x) => [x.id, x.amount ?? null]),
    );
    expect(warm).toEqual([
      ['A-3', null],
      ['A-1', 7],
      ['A-0', null],
    ]);
    expect(cold).toEqual(warm);
    await Promise.all([a.close(), b.close()]);
  });

  it("a failed transaction writes no row, and a team never sees another team's rows", async () => {
    const db = await fresh();
    const store = await db.open();
    await store.transact('t:one', (tx) => tx.members.put(member('cli:alice')), initTeam('t:one'));
    await store.transact('t:two', (tx) => tx.members.put(member('cli:bob')), initTeam('t:two'));
    const before = await databaseSnapshot(store, db.url);
    await expect(
      store.transact('t:one', (tx) => {
        tx.members.put(member('cli:carol'));
        tx.setTeam({ ...tx.team, name: 'Renamed' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await databaseSnapshot(store, db.url)).toEqual(before);
    expect(await store.read('t:one', (v) => v.members.all().map((m) => m.id))).toEqual(['cli:alice']);
    expect(await store.read('t:two', (v) => v.members.all().map((m) => m.id))).toEqual(['cli:bob']);
    expect(await store.listTeams()).toEqual(['t:one', 't:two']);
    await store.close();
  });

  it('answers LockBusyError to a write when another process holds the team past the wait bound; reads and other teams are served', async () => {
    const db = await fresh();
    const waiter = await openPgStore({ url: db.url, dir, lockWaitMs: 200 });
    await waiter.transact('t:one', (tx) => tx.members.put(member('cli:bob')), initTeam('t:one'));
    await waiter.transact('t:two', () => undefined, initTeam('t:two'));
    // Another process committing to t:one: the team's lock held, as its commit holds it.
    const other = new pg.Client({ connectionString: db.url });
    await other.connect();
    await other.query("BEGIN; SELECT pg_advisory_xact_lock(hashtextextended('t:one', 0))");
    await expect(
      waiter.transact('t:one', (tx) => tx.members.put(member('cli:alice'))),
    ).rejects.toBeInstanceOf(LockBusyError);
    // A read needs no lock: it answers from the last committed state without waiting.
    expect(await waiter.transact('t:one', (tx) => tx.members.all().map((m) => m.id))).toEqual(['cli:bob']);
    expect(await waiter.transact('t:two', (tx) => tx.team.id)).toBe('t:two');
    await other.query('COMMIT');
    await other.end();
    await waiter.transact('t:one', (tx) => tx.members.put(member('cli:alice')));
    expect(await waiter.transact('t:one', (tx) => tx.members.all().map((m) => m.id))).toEqual([
      'cli:bob',
      'cli:alice',
    ]);
    await waiter.close();
  });

  it('runs a write again on the team brought up to date when another process committed to it while it ran', async () => {
    const db = await fresh();
    const [a, b] = [await db.open(), await db.open()];
    await a.transact('t:one', (tx) => tx.setTeam({ ...tx.team, name: 'Team #0' }), initTeam('t:one'));
    let release = (): void => undefined;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const seen: string[] = [];
    let started = false;
    const slow = a.transact('t:one', async (tx) => {
      seen.push(tx.team.name);
      started = true;
      if (seen.length === 1) await gate;
      const n = Number(tx.team.name.split('#')[1]);
      tx.setTeam({ ...tx.team, name: `Team #${n + 1}` });
      tx.members.put(member('cli:alice'));
    });
    while (!started) await new Promise((r) => setImmediate(r));
    // B commits while A's command runs on the version before: A's command has not taken the lock.
    await b.transact('t:one', (tx) => {
      tx.setTeam({ ...tx.team, name: `Team #${Number(tx.team.name.split('#')[1]) + 10}` });
      tx.members.put(member('cli:bob'));
    });
    release();
    await slow;
    expect(seen).toEqual(['Team #0', 'Team #10']);
    const third = await db.open();
    expect(
      await third.read('t:one', (v) => ({ name: v.team.name, members: v.members.all().map((m) => m.id) })),
    ).toEqual({ name: 'Team #11', members: ['cli:bob', 'cli:alice'] });
    await Promise.all([a.close(), b.close(), third.close()]);
  });

  it('keeps a receipt exactly when its save is kept, and drops it once a later receipt finds it expired', async () => {
    const db = await fresh();
    const open = () => openPgStore({ url: db.url, dir, collections: [receiptsCollection] });
    const store = await open();
    const receipt = (id: string, at: string) => ({ id, at, reference: 'A-1', title: 'ok' });
    const receipts = (s: Store) =>
      s.read('local:demo', (v) =>
        v
          .collection(receiptsCollection)
          .all()
          .map((r) => r.id),
      );
    await store.transact(
      'local:demo',
      (tx) => {
        tx.activities.put(activity('A-1', '2026-11-28'));
        tx.collection(receiptsCollection).put(receipt('u|old', '2026-11-28T09:00:00.000Z'));
      },
      initTeam('local:demo'),
    );
    await expect(
      store.transact('local:demo', (tx) => {
        tx.activities.put(activity('A-2', '2026-11-28'));
        tx.collection(receiptsCollection).put(receipt('u|failed', '2026-11-28T10:00:00.000Z'));
        throw new Error('delivery failed');
      }),
    ).rejects.toThrow('delivery failed');
    expect(await receipts(store)).toEqual(['u|old']);
    // 47 h later: still within the 48 h; 49 h later: expired, dropped by that commit, also from the rows.
    await store.transact('local:demo', (tx) =>
      tx.collection(receiptsCollection).put(receipt('u|mid', '2026-11-30T08:00:00.000Z')),
    );
    expect((await receipts(store)).sort()).toEqual(['u|mid', 'u|old']);
    await store.transact('local:demo', (tx) =>
      tx.collection(receiptsCollection).put(receipt('u|new', '2026-11-30T10:00:00.000Z')),
    );
    expect((await receipts(store)).sort()).toEqual(['u|mid', 'u|new']);
    await store.close();
    const reopened = await open();
    expect((await receipts(reopened)).sort()).toEqual(['u|mid', 'u|new']);
    expect(await reopened.read('local:demo', (v) => v.activities.all().map((a) => a.id))).toEqual(['A-1']);
    await reopened.close();
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const live = await client.query(
      "SELECT id FROM items WHERE collection = 'delivery-receipts' AND doc IS NOT NULL ORDER BY id",
    );
    await client.end();
    expect(live.rows.map((r) => r.id)).toEqual(['u|mid', 'u|new']);
  });

  it('drops the oldest receipts as they expire, not one put again by the same commit, on every replica', async () => {
    const db = await fresh();
    const open = () => openPgStore({ url: db.url, dir, collections: [receiptsCollection] });
    const [store, other] = [await open(), await open()];
    const at = (hours: number) => new Date(Date.parse('2026-11-28T09:00:00.000Z') + hours * 3_600_000);
    const receipt = (id: string, hours: number, title = 'ok') => ({ id, at: at(hours).toISOString(), title });
    const receipts = (s: Store) =>
      s.transact('local:demo', (tx) =>
        tx
          .collection(receiptsCollection)
          .all()
          .map((r) => `${r.id}:${r.title}`),
      );
    await store.transact('local:demo', (tx) => tx.members.put(member('cli:alice')), initTeam('local:demo'));
    for (const [i, hours] of [0, 1, 2, 3, 4].entries()) {
      await store.transact('local:demo', (tx) =>
        tx.collection(receiptsCollection).put(receipt(`u|${i + 1}`, hours)),
      );
    }
    // 50 h 30 after the first: the first three have expired; the second is put again (redacted) here.
    // Then 50 h 54: the second expires too, with the next receipt.
    await store.transact('local:demo', (tx) => {
      tx.collection(receiptsCollection).put(receipt('u|6', 50.5));
      tx.collection(receiptsCollection).put(receipt('u|2', 1, 'redacted'));
    });
    const expected = ['u|2:redacted', 'u|4:ok', 'u|5:ok', 'u|6:ok'];
    expect(await receipts(store)).toEqual(expected);
    expect(await receipts(other)).toEqual(expected);
    await store.transact('local:demo', (tx) => tx.collection(receiptsCollection).put(receipt('u|7', 50.9)));
    expect(await receipts(other)).toEqual(['u|4:ok', 'u|5:ok', 'u|6:ok', 'u|7:ok']);
    await Promise.all([store.close(), other.close()]);
  });

  it('names team, collection and id of a bad row', async () => {
    const db = await fresh();
    const store = await db.open();
    await store.transact('local:demo', (tx) => tx.members.put(member('cli:alice')), initTeam('local:demo'));
    await store.close();
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.query(`UPDATE items SET doc = '{"id":"cli:alice","role":"boss"}' WHERE id = 'cli:alice'`);
    await client.end();
    const again = await db.open();
    const failure = again.read('local:demo', () => undefined);
    await expect(failure).rejects.toThrow(StoreCorruptError);
    await expect(failure).rejects.toThrow('postgres:local:demo/members/cli:alice');
    await expect(again.verifyAll()).rejects.toThrow('postgres:local:demo/members/cli:alice');
    await again.close();
  });

  it('migrates rows written with an older collection version when it loads them', async () => {
    const db = await fresh();
    const store = await db.open();
    await store.transact(
      'local:demo',
      (tx) => tx.activities.put(activity('A-1', '2024-01-05')),
      initTeam('local:demo'),
    );
    await store.close();
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.query(
      `UPDATE items SET format = 1, doc = json_build_object('id', 'A-1', 'kind', 'mail', 'outcome', 'reached',
         'prospectId', 'P-1', 'repId', 'cli:alice', 'date', '2024-01-05', 'source', 'chat',
         'createdAt', '2024-01-05T09:00:00.000Z', 'createdBy', 'cli:alice') WHERE id = 'A-1'`,
    );
    await client.end();
    const again = await db.open();
    expect(await again.read('local:demo', (v) => v.activities.get('A-1')?.kind)).toBe('letter');
    await again.close();
  });

  it('applies its schema steps once, also when two processes open a new database at once', async () => {
    const db = await fresh();
    const [a, b] = await Promise.all([db.open(), db.open()]);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query('SELECT version FROM prospecta_schema ORDER BY version');
    await client.end();
    expect(rows).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }, { version: 4 }]);
    await Promise.all([a.close(), b.close()]);
  });

  it('says which server it could not reach, and which URL is malformed, without the password', async () => {
    const unreachable = openPgStore({ url: 'postgres://bob:secret@127.0.0.1:1/nowhere', dir });
    await expect(unreachable).rejects.toThrow(StoreUnavailableError);
    await expect(unreachable).rejects.toThrow('postgres://bob:***@127.0.0.1:1/nowhere');
    await expect(unreachable).rejects.not.toThrow('secret');
    const bad = openPgStore({ url: 'mysql://x@y/z', dir });
    await expect(bad).rejects.toMatchObject({ reason: 'bad_url' });
  });

  it('is not the embedded store: its data folder holds no team files', async () => {
    const db = await fresh();
    const local = await makeTempDir();
    const store = await openPgStore({ url: db.url, dir: local });
    await store.transact('local:demo', (tx) => tx.members.put(member('cli:alice')), initTeam('local:demo'));
    await store.close();
    const embedded = await openStore({ dir: local });
    expect(await embedded.listTeams()).toEqual([]);
    await embedded.close();
    await removeDir(local);
  });

  it('a team recreated after its deletion (a restore) is woken again, whatever its old wake-up row said', async () => {
    const db = await fresh();
    const store = await db.open();
    const digest = { service: 'digest', watches: ['watch'], teamRecord: true };
    const now = new Date('2026-12-01T10:00:00Z');
    await store.transact('local:demo', (tx) => tx.members.put(member('cli:alice')), initTeam('local:demo'));
    await store.visit('local:demo', digest, () => ({ result: undefined, wakeAt: null }));
    expect(await store.teamsToWake(digest, now)).toEqual([]);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    // The row goes with its team; a row left from a newer version than the team's never holds.
    await client.query(`INSERT INTO teams (team, version, doc) SELECT 'local:other', 1, doc FROM teams`);
    await client.query(
      `INSERT INTO wakes (service, team, version, wake_at) VALUES ('digest', 'local:other', 9, NULL)`,
    );
    await client.query(`DELETE FROM items WHERE team = 'local:demo'`);
    await client.query(`DELETE FROM teams WHERE team = 'local:demo'`);
    expect((await client.query(`SELECT team FROM wakes ORDER BY team`)).rows).toEqual([
      { team: 'local:other' },
    ]);
    await client.end();
    await store.close();
    const reopened = await db.open();
    await reopened.transact(
      'local:demo',
      (tx) => tx.members.put(member('cli:alice')),
      initTeam('local:demo'),
    );
    expect(await reopened.teamsToWake(digest, now)).toEqual(['local:demo', 'local:other']);
    await reopened.close();
  });
});
