import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.ts';
import { describeEngines, type Place } from './engines.ts';
import { activity, initTeam, member, teamDir } from './helpers.ts';

describeEngines('transactions', (engine) => {
  let place: Place;
  let store: Store;
  beforeEach(async () => {
    place = await engine.place();
    store = await place.open();
    await store.transact(
      'local:demo',
      (tx) => {
        tx.members.put(member('cli:alice'));
        tx.activities.put(activity('A-1', '2024-01-05'));
        tx.activities.put(activity('A-2', '2024-02-05'));
      },
      initTeam('local:demo'),
    );
  });
  afterEach(async () => {
    await store.close();
    await place.remove();
  });

  it('writes nothing and leaves the cached view unchanged when fn throws', async () => {
    const before = await place.snapshot();
    const failure = store.transact('local:demo', (tx) => {
      tx.members.put(member('cli:bob'));
      tx.members.remove('cli:alice');
      tx.activities.put(activity('A-3', '2024-03-05'));
      tx.setTeam({ ...tx.team, name: 'Renamed' });
      throw new Error('boom');
    });
    await expect(failure).rejects.toThrow('boom');
    expect(await place.snapshot()).toEqual(before);
    const view = await store.transact('local:demo', (tx) => ({
      name: tx.team.name,
      members: tx.members.all().map((m) => m.id),
      activities: tx.activities.all().map((a) => a.id),
      dirty: tx.dirty,
    }));
    expect(view).toEqual({
      name: 'Team local:demo',
      members: ['cli:alice'],
      activities: ['A-1', 'A-2'],
      dirty: false,
    });
  });

  it('lets reads in a transaction see its staged puts and removes, in commit order', async () => {
    const seen = await store.transact('local:demo', (tx) => {
      tx.activities.put(activity('A-0', '2023-12-01'));
      tx.activities.put(activity('A-1', '2024-01-05', { amount: 5 }));
      tx.activities.put(activity('A-2', '2024-03-01')); // moves from 2024-02 to 2024-03
      tx.members.remove('cli:alice');
      return {
        dirty: tx.dirty,
        a1: tx.activities.get('A-1')?.amount,
        size: tx.activities.size,
        all: tx.activities.all().map((a) => a.id),
        feb: tx.activities.inShards('2024-02-01', '2024-02-01').map((a) => a.id),
        janToMar: tx.activities.inShards('2024-01-01', '2024-03-01').map((a) => a.id),
        alice: tx.members.get('cli:alice'),
        members: tx.members.size,
      };
    });
    expect(seen).toEqual({
      dirty: true,
      a1: 5,
      size: 3,
      all: ['A-0', 'A-1', 'A-2'],
      feb: [],
      janToMar: ['A-1', 'A-2'],
      alice: undefined,
      members: 0,
    });
    const after = await store.transact('local:demo', (tx) => ({
      all: tx.activities.all().map((a) => a.id),
      feb: tx.activities.inShards('2024-02-01', '2024-02-01').length,
    }));
    expect(after).toEqual({ all: ['A-0', 'A-1', 'A-2'], feb: 0 });
  });

  it('keeps a put then remove of a new id, and a remove then put of an old one, consistent', async () => {
    const sizes = await store.transact('local:demo', (tx) => {
      tx.activities.put(activity('A-9', '2024-01-06'));
      tx.activities.remove('A-9');
      tx.activities.remove('A-1');
      tx.activities.put(activity('A-1', '2024-01-07'));
      return { size: tx.activities.size, ids: tx.activities.all().map((a) => a.id) };
    });
    expect(sizes).toEqual({ size: 2, ids: ['A-1', 'A-2'] });
  });

  it('counts the writes staged so far, so a step can tell whether it wrote after an earlier step did', async () => {
    const counts = await store.transact('local:demo', (tx) => {
      const start = tx.writes;
      tx.members.put(member('cli:bob'));
      const afterPut = tx.writes;
      tx.activities.get('A-1');
      tx.activities.all();
      const afterReads = tx.writes;
      const removedNothing = tx.activities.remove('A-404');
      const afterNoop = tx.writes;
      tx.activities.remove('A-1');
      tx.setTeam({ ...tx.team, name: 'Renamed' });
      return { start, afterPut, afterReads, removedNothing, afterNoop, end: tx.writes };
    });
    expect(counts).toEqual({
      start: 0,
      afterPut: 1,
      afterReads: 1,
      removedNothing: false,
      afterNoop: 1,
      end: 3,
    });
    const created = await store.transact('local:new', (tx) => tx.writes, initTeam('local:new'));
    expect(created).toBe(1);
  });

  it('refuses to be used once its function has returned', async () => {
    let kept: import('../../src/store/index.ts').TeamTx | undefined;
    await store.transact('local:demo', (tx) => {
      kept = tx;
    });
    expect(() => kept?.members.put(member('cli:late'))).toThrow(/over/);
  });

  it('serializes 50 concurrent read-then-write transactions on one team', async () => {
    // Each names its member after the size it read: a lost update would reuse a name.
    await Promise.all(
      Array.from({ length: 50 }, () =>
        store.transact(
          'local:fifty',
          async (tx) => {
            const n = tx.members.size;
            await new Promise((r) => setTimeout(r, 1));
            tx.members.put(member(`cli:m${n}`));
          },
          initTeam('local:fifty'),
        ),
      ),
    );
    const reopened = await place.open();
    const size = await reopened.transact('local:fifty', (tx) => tx.members.size);
    await reopened.close();
    expect(size).toBe(50);
  });

  it('isolates teams and keeps every team folder inside <dir>/teams', async () => {
    const ids = ['a/../b', '..', 'local:x', 'teams:tenant:team', '.', '/etc/passwd', 'LOCAL:X'];
    for (const id of ids) {
      await store.transact(id, (tx) => tx.members.put(member(`cli:${id}`)), initTeam(id));
    }
    const views = await Promise.all(
      ids.map((id) => store.transact(id, (tx) => tx.members.all().map((m) => m.id))),
    );
    expect(views).toEqual(ids.map((id) => [`cli:${id}`]));
    expect(await store.transact('local:demo', (tx) => tx.members.get('cli:local:x'))).toBeUndefined();
    expect((await store.listTeams()).sort()).toEqual([...ids, 'local:demo'].sort());
    if (engine.kind !== 'embedded') return; // the rest is about team folders
    const teams = join(place.dir, 'teams');
    for (const id of ids) {
      const folder = teamDir(place.dir, id);
      expect(relative(teams, resolve(folder)).includes('..')).toBe(false);
    }
    const folders = (await readdir(teams, { withFileTypes: true })).filter(
      (e) => e.isDirectory() && !e.name.includes('.'),
    );
    expect(folders).toHaveLength(ids.length + 1);
    expect((await store.listTeams()).sort()).toEqual([...ids, 'local:demo'].sort());
  });

  it('rejects a team record whose id is not the team id', async () => {
    await expect(store.transact('local:other', () => 1, initTeam('local:wrong'))).rejects.toThrow(
      /not "local:other"/,
    );
  });
});
