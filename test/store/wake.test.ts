import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Logger } from '../../src/core/logger.ts';
import type { Store } from '../../src/store/index.ts';
import type { WakeSpec } from '../../src/store/types.ts';
import { loadCounter } from '../helpers/load-counter.ts';
import { describeEngines, type Place } from './engines.ts';
import { activity, initTeam, member } from './helpers.ts';

/** A scheduler watching the members, and one watching the team record only. */
const MEMBERS: WakeSpec = { service: 'members', watches: ['members'], teamRecord: false };
const RECORD: WakeSpec = { service: 'record', watches: [], teamRecord: true };
const NOW = new Date('2026-12-01T10:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);

describeEngines('scheduler wake-ups', (engine) => {
  let place: Place;
  let store: Store;
  const others: Store[] = [];
  beforeEach(async () => {
    place = await engine.place();
    store = await place.open();
    for (const id of ['local:a', 'local:b'])
      await store.transact(id, (tx) => tx.members.put(member('cli:alice')), initTeam(id));
  });
  afterEach(async () => {
    await Promise.all([store.close(), ...others.splice(0).map((s) => s.close())]);
    await place.remove();
  });
  const replica = async (logger?: Logger) => {
    const s = await place.open(logger ? { logger } : {});
    others.push(s);
    return s;
  };

  it('wakes a team never visited, then only once its time has come or what it watches changed', async () => {
    expect(await store.teamsToWake(MEMBERS, NOW)).toEqual(['local:a', 'local:b']);
    const result = await store.visit('local:a', MEMBERS, (tx) => ({
      result: tx.members.size,
      wakeAt: later(3600_000),
    }));
    expect(result).toBe(1);
    expect(await store.teamsToWake(MEMBERS, NOW)).toEqual(['local:b']);
    expect(await store.teamsToWake(MEMBERS, later(3599_999))).toEqual(['local:b']);
    expect(await store.teamsToWake(MEMBERS, later(3600_000))).toEqual(['local:a', 'local:b']);
    // Each scheduler has its own record.
    expect(await store.teamsToWake(RECORD, NOW)).toEqual(['local:a', 'local:b']);

    // Another replica logs an activity: not watched, the record holds.
    const other = await replica();
    await other.transact('local:a', (tx) => tx.activities.put(activity('A-1', '2026-11-30')));
    expect(await store.teamsToWake(MEMBERS, NOW)).toEqual(['local:b']);
    // A member added there is watched: the team is looked at again.
    await other.transact('local:a', (tx) => tx.members.put(member('cli:bob')));
    expect(await store.teamsToWake(MEMBERS, NOW)).toEqual(['local:a', 'local:b']);
    await store.visit('local:a', MEMBERS, () => ({ result: undefined, wakeAt: null }));
    expect(await store.teamsToWake(MEMBERS, NOW)).toEqual(['local:b']);
    // So is one removed.
    await other.transact('local:a', (tx) => tx.members.remove('cli:bob'));
    expect(await store.teamsToWake(MEMBERS, NOW)).toEqual(['local:a', 'local:b']);
  });

  it('a scheduler watching the team record is woken by its change, not by its items', async () => {
    await store.visit('local:a', RECORD, () => ({ result: undefined, wakeAt: null }));
    await store.transact('local:a', (tx) => tx.members.put(member('cli:bob')));
    expect(await store.teamsToWake(RECORD, NOW)).toEqual(['local:b']);
    await store.transact('local:a', (tx) =>
      tx.setTeam({ ...tx.team, settings: { ...tx.team.settings, timeZone: 'America/New_York' } }),
    );
    expect(await store.teamsToWake(RECORD, NOW)).toEqual(['local:a', 'local:b']);
  });

  it('a visit that writes records its wake-up as its own commit leaves the team', async () => {
    await store.visit('local:a', MEMBERS, (tx) => {
      tx.members.put(member('cli:carol'));
      return { result: undefined, wakeAt: null };
    });
    expect(await store.teamsToWake(MEMBERS, later(365 * 86_400_000))).toEqual(['local:b']);
    expect(await store.read('local:a', (v) => v.members.size)).toBe(2);
  });

  it('answers without loading any team, and a wake-up record alone makes no replica reload the team', async () => {
    const counter = loadCounter();
    const other = await replica(counter.logger);
    expect(await other.teamsToWake(MEMBERS, NOW)).toEqual(['local:a', 'local:b']);
    expect(counter.loaded).toEqual([]);
    expect(await other.transact('local:a', (tx) => tx.members.size)).toBe(1);
    expect(counter.loaded).toEqual(['local:a']);
    await store.visit('local:a', MEMBERS, () => ({ result: undefined, wakeAt: later(60_000) }));
    expect(await other.transact('local:a', (tx) => tx.members.size)).toBe(1);
    expect(await other.read('local:a', (v) => v.members.size)).toBe(1);
    expect(counter.loaded).toEqual(['local:a']);
    expect(await other.teamsToWake(MEMBERS, NOW)).toEqual(['local:b']);
  });

  it('a store opened after downtime wakes every team whose time passed while it was down', async () => {
    await store.visit('local:a', RECORD, () => ({ result: undefined, wakeAt: later(86_400_000) }));
    await store.visit('local:b', RECORD, () => ({ result: undefined, wakeAt: later(3 * 86_400_000) }));
    await store.close();
    store = await place.open();
    expect(await store.teamsToWake(RECORD, NOW)).toEqual([]);
    expect(await store.teamsToWake(RECORD, later(2 * 86_400_000))).toEqual(['local:a']);
  });
});
