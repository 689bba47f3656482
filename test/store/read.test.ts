import { afterEach, beforeEach, expect, it } from 'vitest';
import { type Store, TeamNotFoundError } from '../../src/store/index.ts';
import { describeEngines, type Place } from './engines.ts';
import { initTeam, member } from './helpers.ts';

describeEngines('store.read: the last committed state, without the team’s write lock', (engine) => {
  let place: Place;
  let store: Store;
  beforeEach(async () => {
    place = await engine.place();
    store = await place.open();
    await store.transact('local:demo', (tx) => tx.members.put(member('cli:alice')), initTeam('local:demo'));
  });
  afterEach(async () => {
    await store.close();
    await place.remove();
  });

  it('answers while a command holds the team, with what was committed before it', async () => {
    let release = (): void => undefined;
    const held = new Promise<void>((r) => {
      release = r;
    });
    let staged = false;
    const command = store.transact('local:demo', async (tx) => {
      tx.members.put(member('cli:bob'));
      staged = true;
      await held;
    });
    while (!staged) await new Promise((r) => setImmediate(r));
    // The transaction is still open: a read must not wait for it, nor see what it staged.
    const during = await store.read('local:demo', (view) => view.members.all().map((m) => m.id));
    expect(during).toEqual(['cli:alice']);
    release();
    await command;
    const after = await store.read('local:demo', (view) => view.members.all().map((m) => m.id));
    expect(after).toEqual(['cli:alice', 'cli:bob']);
  });

  it('loads a team not read yet from disk, and throws TeamNotFoundError for an unknown one', async () => {
    await store.close();
    store = await place.open();
    expect(await store.read('local:demo', (view) => view.team.name)).toBe('Team local:demo');
    await expect(store.read('local:nobody', (view) => view.team.name)).rejects.toBeInstanceOf(
      TeamNotFoundError,
    );
    expect(await store.listTeams()).toEqual(['local:demo']);
  });

  it('creates nothing: what a read stages is dropped', async () => {
    await store.read('local:demo', (view) => {
      (view as unknown as { members: { put(m: unknown): void } }).members.put(member('cli:eve'));
    });
    expect(await store.transact('local:demo', (tx) => tx.members.get('cli:eve'))).toBeUndefined();
  });
});
