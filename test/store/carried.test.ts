import { spawn } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openStore, type Store, StoreCorruptError } from '../../src/store/index.ts';
import type { CollectionDef } from '../../src/store/types.ts';
import { ackCollection } from './fixtures/acks.ts';
import { activity, initTeam, makeTempDir, member, removeDir, snapshot, teamDir } from './helpers.ts';

const TEAM = 'local:demo';
const HOUR = 3_600_000;
const ack = (id: string, at: string, note?: string) => ({ id, at, ...(note && { note }) });
const open = (dir: string): Promise<Store> => openStore({ dir, collections: [ackCollection] });

describe('carried collections', () => {
  let dir: string;
  let team: string;
  beforeEach(async () => {
    dir = await makeTempDir();
    team = teamDir(dir, TEAM);
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  const read = async (file: string) => JSON.parse(await readFile(join(team, file), 'utf8'));
  const acksOf = (store: Store) =>
    store.transact(TEAM, (tx) =>
      tx
        .collection(ackCollection)
        .all()
        .map((a) => a.id),
    );

  /** A team with A-1 (January shard) and alice. */
  async function seed(): Promise<Store> {
    const store = await open(dir);
    await store.transact(
      TEAM,
      (tx) => {
        tx.activities.put(activity('A-1', '2024-01-05'));
        tx.members.put(member('cli:alice'));
      },
      initTeam(TEAM),
    );
    return store;
  }

  it('rides in the one file its commit writes, and is read back after a restart', async () => {
    const store = await seed();
    const before = await snapshot(team);
    await store.transact(TEAM, (tx) => {
      tx.activities.put(activity('A-2', '2024-01-06'));
      tx.collection(ackCollection).put(ack('k-2', '2024-01-06T09:00:00.000Z'));
    });
    const after = await snapshot(team);
    expect([...after.keys()].filter((f) => after.get(f) !== before.get(f))).toEqual([
      '/activities/2024-01-01.json',
    ]);
    expect(await read('activities/2024-01-01.json')).toMatchObject({
      items: [{ id: 'A-1' }, { id: 'A-2' }],
      carried: { acks: { version: 1, items: [ack('k-2', '2024-01-06T09:00:00.000Z')] } },
    });
    // A later commit of that file keeps it; another file's commit does not touch it.
    await store.transact(TEAM, (tx) => tx.activities.put(activity('A-3', '2024-01-07')));
    await store.transact(TEAM, (tx) => tx.members.put(member('cli:bob')));
    await store.close();
    const reopened = await open(dir);
    expect(await acksOf(reopened)).toEqual(['k-2']);
    expect(await reopened.transact(TEAM, (tx) => tx.collection(ackCollection).get('k-2'))).toEqual(
      ack('k-2', '2024-01-06T09:00:00.000Z'),
    );
    expect(await reopened.verifyAll()).toEqual({ teams: 1, files: 3 });
    await reopened.close();
  });

  it('rides in a file written in parts (an item with a long text)', async () => {
    const Blob = z.object({ id: z.string(), data: z.string() });
    const blobs: CollectionDef<z.infer<typeof Blob>> = { name: 'blobs', schema: Blob, version: 1 };
    const data = 'QUJD'.repeat(10_000); // 40 000 characters, written as they are, not copied
    const store = await openStore({ dir, collections: [ackCollection, blobs] });
    await store.transact(
      TEAM,
      (tx) => {
        tx.collection(blobs).put({ id: 'B-1', data });
        tx.collection(ackCollection).put(ack('k', '2024-01-06T09:00:00.000Z'));
      },
      initTeam(TEAM),
    );
    await store.close();
    expect((await read('blobs.json')).carried.acks.items).toEqual([ack('k', '2024-01-06T09:00:00.000Z')]);
    const reopened = await openStore({ dir, collections: [ackCollection, blobs] });
    expect(await reopened.transact(TEAM, (tx) => tx.collection(blobs).get('B-1')?.data.length)).toBe(40_000);
    expect(await acksOf(reopened)).toEqual(['k']);
    await reopened.close();
  });

  it('rides in team.json when its commit writes nothing else', async () => {
    const store = await seed();
    await store.transact(TEAM, (tx) =>
      tx.collection(ackCollection).put(ack('k', '2024-01-06T09:00:00.000Z')),
    );
    expect((await read('team.json')).carried.acks.items).toEqual([ack('k', '2024-01-06T09:00:00.000Z')]);
    await store.close();
    const reopened = await open(dir);
    expect(await acksOf(reopened)).toEqual(['k']);
    await reopened.close();
  });

  it('changes or removes an item in the file carrying it, even when the commit writes another', async () => {
    const store = await seed();
    await store.transact(TEAM, (tx) => {
      tx.activities.put(activity('A-2', '2024-01-06'));
      tx.collection(ackCollection).put(ack('k-1', '2024-01-06T09:00:00.000Z', 'Boulangerie Martin'));
      tx.collection(ackCollection).put(ack('k-2', '2024-01-06T09:00:00.000Z'));
    });
    // An erasure: the note naming someone is redacted, another item goes, a member is written.
    await store.transact(TEAM, (tx) => {
      tx.collection(ackCollection).put(ack('k-1', '2024-01-06T09:00:00.000Z'));
      tx.collection(ackCollection).remove('k-2');
      tx.members.put(member('cli:bob'));
    });
    expect((await read('activities/2024-01-01.json')).carried.acks.items).toEqual([
      ack('k-1', '2024-01-06T09:00:00.000Z'),
    ]);
    expect((await read('members.json')).carried).toBeUndefined();
    await store.close();
    const reopened = await open(dir);
    expect(await reopened.transact(TEAM, (tx) => tx.collection(ackCollection).all())).toEqual([
      ack('k-1', '2024-01-06T09:00:00.000Z'),
    ]);
    await reopened.close();
  });

  it('drops expired items from the files a newer item is written to, and rewrites files holding only expired ones', async () => {
    const store = await seed();
    const at = (h: number) => new Date(Date.parse('2024-01-06T00:00:00Z') + h * HOUR).toISOString();
    await store.transact(TEAM, (tx) => {
      tx.activities.put(activity('A-2', '2024-01-06'));
      tx.collection(ackCollection).put(ack('jan-0', at(0)));
    });
    await store.transact(TEAM, (tx) => {
      tx.members.put(member('cli:bob'));
      tx.collection(ackCollection).put(ack('mem-1', at(1)));
    });
    await store.transact(TEAM, (tx) => {
      tx.activities.put(activity('A-3', '2024-01-06'));
      tx.collection(ackCollection).put(ack('jan-47', at(47)));
    });
    // At 48 h, jan-0 expires: the January shard is written, so it goes; members.json keeps mem-1.
    await store.transact(TEAM, (tx) => {
      tx.activities.put(activity('A-4', '2024-01-06'));
      tx.collection(ackCollection).put(ack('jan-48', at(48)));
    });
    expect(await acksOf(store)).toEqual(['jan-47', 'jan-48', 'mem-1']);
    // At 50 h, written to February: members.json holds only expired items and is rewritten without.
    await store.transact(TEAM, (tx) => {
      tx.activities.put(activity('A-5', '2024-02-06'));
      tx.collection(ackCollection).put(ack('feb-50', at(50)));
    });
    expect((await read('members.json')).carried).toBeUndefined();
    expect((await read('members.json')).items.map((m: { id: string }) => m.id)).toEqual([
      'cli:alice',
      'cli:bob',
    ]);
    expect(
      (await read('activities/2024-01-01.json')).carried.acks.items.map((a: { id: string }) => a.id),
    ).toEqual(['jan-47', 'jan-48']);
    expect(await acksOf(store)).toEqual(['jan-47', 'jan-48', 'feb-50']);
    // A commit recording nothing prunes nothing: time is what the items recorded say, not the host's clock.
    await store.transact(TEAM, (tx) => tx.activities.put(activity('A-6', '2024-01-06')));
    expect(await acksOf(store)).toEqual(['jan-47', 'jan-48', 'feb-50']);
    await store.close();
  });

  it('keeps a file’s items in step over many commits: the oldest expire, an older one finds its place, a restart reads the same', async () => {
    const store = await seed();
    const at = (h: number) => new Date(Date.parse('2024-01-06T00:00:00Z') + h * HOUR).toISOString();
    const fileAcks = async () =>
      (await read('activities/2024-01-01.json')).carried.acks.items.map((a: { id: string }) => a.id);
    // One keyed save an hour for 60 hours, each in the January shard: from 48 h on, each drops one.
    for (let h = 0; h < 60; h++) {
      await store.transact(TEAM, (tx) => {
        tx.activities.put(activity(`A-h${h}`, '2024-01-06'));
        tx.collection(ackCollection).put(ack(`k-${h}`, at(h)));
      });
    }
    const kept = Array.from({ length: 48 }, (_, i) => `k-${i + 12}`);
    expect(await acksOf(store)).toEqual(kept);
    expect(await fileAcks()).toEqual(kept);
    // A commit that puts an item older than those kept (another process's clock, say): in time order.
    await store.transact(TEAM, (tx) => {
      tx.activities.put(activity('A-late', '2024-01-06'));
      tx.collection(ackCollection).put(ack('k-late', at(30.5)));
    });
    const withLate = [...kept.slice(0, 19), 'k-late', ...kept.slice(19)];
    expect(await fileAcks()).toEqual(withLate);
    expect(await acksOf(store)).toEqual(withLate);
    // Then a newer one again, and a typed save of the same file: it keeps what it carries.
    await store.transact(TEAM, (tx) => {
      tx.activities.put(activity('A-61', '2024-01-06'));
      tx.collection(ackCollection).put(ack('k-61', at(61)));
    });
    await store.transact(TEAM, (tx) => tx.activities.put(activity('A-62', '2024-01-06')));
    const last = [...withLate.filter((id) => id !== 'k-12' && id !== 'k-13'), 'k-61'];
    expect(await fileAcks()).toEqual(last);
    expect(await acksOf(store)).toEqual(last);
    expect(await store.transact(TEAM, (tx) => tx.collection(ackCollection).size)).toBe(last.length);
    await store.close();
    const reopened = await open(dir);
    expect(await acksOf(reopened)).toEqual(last);
    expect(await reopened.transact(TEAM, (tx) => tx.collection(ackCollection).get('k-13'))).toBeUndefined();
    expect(await reopened.transact(TEAM, (tx) => tx.collection(ackCollection).get('k-late')?.at)).toBe(
      at(30.5),
    );
    await reopened.close();
  });

  it('is seen by another store on the same folder (another process)', async () => {
    const store = await seed();
    const other = await open(dir);
    expect(await acksOf(other)).toEqual([]);
    await store.transact(TEAM, (tx) => {
      tx.activities.put(activity('A-2', '2024-01-06'));
      tx.collection(ackCollection).put(ack('k', '2024-01-06T09:00:00.000Z'));
    });
    expect(await acksOf(other)).toEqual(['k']);
    await other.transact(TEAM, (tx) => tx.collection(ackCollection).remove('k'));
    expect(await acksOf(store)).toEqual([]);
    await Promise.all([store.close(), other.close()]);
  });

  it('keeps, when rewriting a file, the items of a collection this store does not register', async () => {
    const store = await seed();
    await store.transact(TEAM, (tx) => {
      tx.activities.put(activity('A-2', '2024-01-06'));
      tx.collection(ackCollection).put(ack('k', '2024-01-06T09:00:00.000Z'));
    });
    await store.close();
    const plain = await openStore({ dir });
    await plain.transact(TEAM, (tx) => tx.activities.put(activity('A-3', '2024-01-07')));
    await plain.close();
    const reopened = await open(dir);
    expect(await acksOf(reopened)).toEqual(['k']);
    await reopened.close();
  });

  it('names the file whose carried items are invalid', async () => {
    await (await seed()).close();
    const file = join(team, 'members.json');
    const doc = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(
      file,
      JSON.stringify({ ...doc, carried: { acks: { version: 1, items: [{ id: 'k' }] } } }),
    );
    const store = await open(dir);
    const err = await store.transact(TEAM, () => 1).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreCorruptError);
    expect((err as StoreCorruptError).file).toBe(file);
    expect((err as StoreCorruptError).message).toMatch(/at/);
    await store.close();
  });

  it('refuses a carried collection with shards', async () => {
    const sharded: CollectionDef<{ id: string; at: string }> = {
      ...ackCollection,
      name: 'sharded-acks',
      shardOf: (a) => a.at.slice(0, 10),
    };
    await expect(openStore({ dir, collections: [sharded] })).rejects.toThrow(
      /carried collection has no shards/,
    );
  });

  describe('a crash between the record and its acknowledgement', () => {
    const shardWith = (ids: string[], acks: ReturnType<typeof ack>[]) =>
      JSON.stringify({
        format: 'prospecta/activities',
        version: 2,
        items: ids.map((id) => activity(id, '2024-01-05')),
        ...(acks.length > 0 && { carried: { acks: { version: 1, items: acks } } }),
      });
    const tmpOf = (file: string) => `${file}.4242.0123456789ab.tmp`;
    const viewOf = (store: Store) =>
      store.transact(TEAM, (tx) => ({
        activities: tx.activities.all().map((a) => a.id),
        acks: tx
          .collection(ackCollection)
          .all()
          .map((a) => a.id),
      }));

    it('before the file is renamed: neither the record nor its item', async () => {
      await (await seed()).close();
      const target = join(team, 'activities/2024-01-01.json');
      await writeFile(tmpOf(target), shardWith(['A-1', 'A-2'], [ack('k-2', '2024-01-05T09:00:00.000Z')]));
      const store = await open(dir);
      expect(await viewOf(store)).toEqual({ activities: ['A-1'], acks: [] });
      await store.close();
      expect((await readdir(team, { recursive: true })).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });

    it('of a journaled commit after its journal: both, the item riding in one of its files', async () => {
      await (await seed()).close();
      const renames = [
        { from: tmpOf('activities/2024-01-01.json'), to: 'activities/2024-01-01.json' },
        { from: tmpOf('members.json'), to: 'members.json' },
      ];
      await writeFile(
        join(team, renames[0]?.from as string),
        shardWith(['A-1', 'A-2'], [ack('k-2', '2024-01-05T09:00:00.000Z')]),
      );
      await writeFile(
        join(team, renames[1]?.from as string),
        JSON.stringify({
          format: 'prospecta/members',
          version: 1,
          items: [member('cli:alice'), member('cli:bob')],
        }),
      );
      await writeFile(
        join(team, 'journal.json'),
        JSON.stringify({ format: 'prospecta/journal', version: 2, teamId: TEAM, renames }),
      );
      const store = await open(dir);
      expect(await viewOf(store)).toEqual({ activities: ['A-1', 'A-2'], acks: ['k-2'] });
      await store.close();
    });

    it('names a staged file whose carried items are invalid when verifying, and leaves the journal', async () => {
      await (await seed()).close();
      const renames = [{ from: tmpOf('activities/2024-01-01.json'), to: 'activities/2024-01-01.json' }];
      const staged = join(team, renames[0]?.from as string);
      await writeFile(staged, shardWith(['A-1', 'A-2'], [{ id: 'k-2' } as ReturnType<typeof ack>]));
      await writeFile(
        join(team, 'journal.json'),
        JSON.stringify({ format: 'prospecta/journal', version: 2, teamId: TEAM, renames }),
      );
      const store = await open(dir);
      const err = await store.verifyAll().catch((e: unknown) => e);
      await store.close();
      expect(err).toBeInstanceOf(StoreCorruptError);
      expect((err as StoreCorruptError).file).toBe(staged);
      expect((await readdir(team)).includes('journal.json')).toBe(true);
    });

    it('never keeps one without the other when the writer is killed mid-commit', async () => {
      const writer = fileURLToPath(new URL('./fixtures/ack-writer.ts', import.meta.url));
      const acked = new Set<number>();
      let next = 0;
      for (let round = 0; round < 4; round++) {
        const child = spawn(process.execPath, ['--import', 'tsx', writer, dir, TEAM, String(next)], {
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        let out = '';
        const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
        await new Promise<void>((resolve) => {
          child.stdout.on('data', (chunk: Buffer) => {
            out += chunk.toString();
            if (out.includes('\n')) resolve();
          });
          child.on('exit', () => resolve());
        });
        await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 200));
        child.kill('SIGKILL');
        await exited;
        await rm(`${team}.lock`, { recursive: true, force: true });
        for (const line of out.split('\n')) if (/^\d+$/.test(line)) acked.add(Number(line));
        expect(acked.size).toBeGreaterThan(0);
        const store = await open(dir);
        const view = await viewOf(store);
        await store.close();
        const activities = view.activities.map((id) => Number(id.slice(2))).sort((a, b) => a - b);
        const acks = view.acks.map((id) => Number(id.slice(2))).sort((a, b) => a - b);
        // Every record has its item and every item its record; nothing acknowledged is missing.
        expect(acks).toEqual(activities);
        for (const k of acked) expect(activities).toContain(k);
        next = Math.max(...activities) + 1;
      }
    }, 60_000);
  });
});
