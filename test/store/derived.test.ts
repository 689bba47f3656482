import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Member } from '../../src/domain/entities.ts';
import type { Derived } from '../../src/store/types.ts';
import { describeEngines, type Place } from './engines.ts';
import { initTeam, member } from './helpers.ts';

const team = 'local:acme';

/** Member names by id, counting how often it is built and updated. */
function namesKey(withApply: boolean) {
  const calls = { build: 0, apply: 0 };
  const key: Derived<Member, Map<string, string>> = {
    build(items) {
      calls.build++;
      return new Map(items.map((m) => [m.id, m.displayName]));
    },
    ...(withApply && {
      apply(value: Map<string, string>, upserts: readonly Member[], removes: readonly string[]) {
        calls.apply++;
        for (const id of removes) value.delete(id);
        for (const m of upserts) value.set(m.id, m.displayName);
      },
    }),
  };
  return { key, calls };
}

describeEngines('values derived from a collection', (engine) => {
  let place: Place;
  beforeEach(async () => {
    place = await engine.place();
  });
  afterEach(async () => {
    await place.remove();
  });

  it('are built once, updated by each commit, and never see another transaction’s staged writes', async () => {
    const store = await place.open();
    const { key, calls } = namesKey(true);
    await store.transact(team, (tx) => tx.members.put(member('a', 'Alice')), initTeam(team));
    const read = () => store.transact(team, (tx) => Object.fromEntries(tx.members.derived(key)));
    expect(await read()).toEqual({ a: 'Alice' });
    expect(await read()).toEqual({ a: 'Alice' });
    expect(calls).toEqual({ build: 1, apply: 0 });

    await store.transact(team, (tx) => {
      tx.members.put(member('b', 'Bob'));
      tx.members.put(member('a', 'Alicia'));
      // Staged writes: built from what this transaction sees, the memo is left alone.
      expect(Object.fromEntries(tx.members.derived(key))).toEqual({ a: 'Alicia', b: 'Bob' });
    });
    expect(calls).toEqual({ build: 2, apply: 1 });
    expect(await read()).toEqual({ a: 'Alicia', b: 'Bob' });

    await store.transact(team, (tx) => {
      tx.members.remove('b');
    });
    await expect(
      store.transact(team, (tx) => {
        tx.members.put(member('c', 'Chloé'));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await read()).toEqual({ a: 'Alicia' });
    expect(calls).toEqual({ build: 2, apply: 2 });
    await store.close();
  });

  it('are dropped on commit without `apply`, and when another process changed the file', async () => {
    const store = await place.open();
    const other = await place.open();
    const { key, calls } = namesKey(false);
    const read = () => store.transact(team, (tx) => Object.fromEntries(tx.members.derived(key)));
    await store.transact(team, (tx) => tx.members.put(member('a', 'Alice')), initTeam(team));
    expect(await read()).toEqual({ a: 'Alice' });
    await store.transact(team, (tx) => tx.members.put(member('b', 'Bob')));
    expect(await read()).toEqual({ a: 'Alice', b: 'Bob' });
    expect(calls.build).toBe(2);
    await other.transact(team, (tx) => tx.members.put(member('c', 'Chloé')));
    expect(await read()).toEqual({ a: 'Alice', b: 'Bob', c: 'Chloé' });
    expect(calls.build).toBe(3);
    await other.close();
    await store.close();
  });
});
