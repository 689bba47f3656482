import { afterEach, beforeEach, expect, it } from 'vitest';
import { type Store, TeamNotFoundError } from '../../src/store/index.ts';
import { describeEngines, type Place } from './engines.ts';
import { activity, initTeam, member } from './helpers.ts';

describeEngines('store round trip', (engine) => {
  let place: Place;
  let store: Store;
  beforeEach(async () => {
    place = await engine.place();
    store = await place.open();
  });
  afterEach(async () => {
    await store.close();
    await place.remove();
  });

  it('keeps puts and removes across a reopened store', async () => {
    await store.transact(
      'local:demo',
      (tx) => {
        tx.members.put(member('cli:alice', 'Alice'));
        tx.members.put(member('cli:bob', 'Bob'));
        tx.activities.put(activity('A-1', '2024-03-04'));
        tx.activities.put(activity('A-2', '2024-04-05', { amount: 120 }));
      },
      initTeam('local:demo'),
    );
    await store.transact('local:demo', (tx) => {
      expect(tx.members.remove('cli:bob')).toBe(true);
      expect(tx.members.remove('cli:nobody')).toBe(false);
    });
    await store.close();

    const reopened = await place.open();
    const seen = await reopened.transact('local:demo', (tx) => ({
      team: tx.team.name,
      members: tx.members.all().map((m) => m.displayName),
      a2: tx.activities.get('A-2')?.amount,
      activityIds: tx.activities.all().map((a) => a.id),
      size: tx.activities.size,
    }));
    expect(seen).toEqual({
      team: 'Team local:demo',
      members: ['Alice'],
      a2: 120,
      activityIds: ['A-1', 'A-2'],
      size: 2,
    });
    expect(await reopened.listTeams()).toEqual(['local:demo']);
    await reopened.close();
  });

  it('throws TeamNotFoundError for an unknown team without init, and writes nothing', async () => {
    const before = await place.snapshot();
    await expect(store.transact('local:ghost', () => 1)).rejects.toBeInstanceOf(TeamNotFoundError);
    expect(await place.snapshot()).toEqual(before);
    expect(await store.listTeams()).toEqual([]);
  });

  it('rejects an invalid item with a plain error naming the field, staging nothing', async () => {
    await store.transact('local:demo', () => undefined, initTeam('local:demo'));
    const bad = { ...activity('A-1', '2024-03-04'), prospectId: 'nope' };
    await expect(store.transact('local:demo', (tx) => tx.activities.put(bad))).rejects.toThrow(/prospectId/);
    expect(await store.transact('local:demo', (tx) => tx.activities.size)).toBe(0);
  });

  it('returns frozen items so the cache cannot be changed outside a transaction', async () => {
    await store.transact('local:demo', (tx) => tx.members.put(member('cli:alice')), initTeam('local:demo'));
    const alice = await store.transact('local:demo', (tx) => tx.members.get('cli:alice'));
    expect(Object.isFrozen(alice)).toBe(true);
  });

  it('refuses new work once closed', async () => {
    await store.close();
    await expect(store.transact('local:demo', () => 1, initTeam('local:demo'))).rejects.toThrow(/closed/);
  });
});
