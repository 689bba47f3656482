import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Logger } from '../../src/core/logger.ts';
import type { Store } from '../../src/store/index.ts';
import { loadCounter } from '../helpers/load-counter.ts';
import { describeEngines, type Place } from './engines.ts';
import { activity, initTeam, member } from './helpers.ts';

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

  it('wakes a team never visited, then only once its time has come or it changed', async () => {
    expect(await store.teamsToWake('digest', NOW)).toEqual(['local:a', 'local:b']);
    const result = await store.visit('local:a', 'digest', (tx) => ({
      result: tx.members.size,
      wakeAt: later(3600_000),
    }));
    expect(result).toBe(1);
    expect(await store.teamsToWake('digest', NOW)).toEqual(['local:b']);
    expect(await store.teamsToWake('digest', later(3599_999))).toEqual(['local:b']);
    expect(await store.teamsToWake('digest', later(3600_000))).toEqual(['local:a', 'local:b']);
    // Each scheduler has its own record.
    expect(await store.teamsToWake('follow-ups', NOW)).toEqual(['local:a', 'local:b']);

    // A command on another replica changes the team: the record no longer holds.
    const other = await replica();
    await other.transact('local:a', (tx) => tx.activities.put(activity('A-1', '2026-11-30')));
    expect(await store.teamsToWake('digest', NOW)).toEqual(['local:a', 'local:b']);
  });

  it('a visit that writes records its wake-up at the version its own commit leaves', async () => {
    await store.visit('local:a', 'follow-ups', (tx) => {
      tx.activities.put(activity('A-1', '2026-11-30'));
      return { result: undefined, wakeAt: null };
    });
    expect(await store.teamsToWake('follow-ups', later(365 * 86_400_000))).toEqual(['local:b']);
    expect(await store.read('local:a', (v) => v.activities.size)).toBe(1);
  });

  it('answers without loading any team, and a wake-up record alone makes no replica reload the team', async () => {
    const counter = loadCounter();
    const other = await replica(counter.logger);
    expect(await other.teamsToWake('digest', NOW)).toEqual(['local:a', 'local:b']);
    expect(counter.loaded).toEqual([]);
    expect(await other.transact('local:a', (tx) => tx.members.size)).toBe(1);
    expect(counter.loaded).toEqual(['local:a']);
    await store.visit('local:a', 'digest', () => ({ result: undefined, wakeAt: later(60_000) }));
    expect(await other.transact('local:a', (tx) => tx.members.size)).toBe(1);
    expect(await other.read('local:a', (v) => v.members.size)).toBe(1);
    expect(counter.loaded).toEqual(['local:a']);
    expect(await other.teamsToWake('digest', NOW)).toEqual(['local:b']);
  });

  it('a store opened after downtime wakes every team whose time passed while it was down', async () => {
    await store.visit('local:a', 'privacy', () => ({ result: undefined, wakeAt: later(86_400_000) }));
    await store.visit('local:b', 'privacy', () => ({ result: undefined, wakeAt: later(3 * 86_400_000) }));
    await store.close();
    store = await place.open();
    expect(await store.teamsToWake('privacy', NOW)).toEqual([]);
    expect(await store.teamsToWake('privacy', later(2 * 86_400_000))).toEqual(['local:a']);
  });
});
