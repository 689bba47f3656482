import { describe, expect, it } from 'vitest';
import type { CarriedItem, CarriedState } from '../../src/store/carried.ts';
import { applyChanges, newPgTeam, noChanges } from '../../src/store/postgres/pg-state.ts';
import type { TeamState } from '../../src/store/team-state.ts';
import { ackCollection } from './fixtures/acks.ts';

// How the PostgreSQL engine's cached state takes a commit's carried items (pg-state.ts): the same
// items, order and index whether the commit grows the kept items in place or rebuilds them.
describe('carried items in the PostgreSQL engine’s state', () => {
  const ack = (id: string, at: string, note?: string): CarriedItem =>
    ({ id, at, ...(note && { note }) }) as CarriedItem;

  function setup() {
    const { state } = newPgTeam('local:demo', [ackCollection]);
    const cs = state.carried.get('acks') as CarriedState;
    const apply = (puts: CarriedItem[], removes: string[] = []) =>
      applyChanges(state, {
        ...noChanges(),
        carriedPuts: new Map([[cs, puts]]),
        carriedRemoves: new Map([[cs, removes]]),
      });
    const items = () => state.hosts.get('acks')?.items.get('acks');
    const ids = () => [...(items()?.byId.keys() ?? [])];
    return { state, cs, apply, items, ids };
  }

  /** Every id the index knows is where the host carries it, and only those. */
  const indexMatches = (state: TeamState, cs: CarriedState) =>
    [...cs.index].every(([id, key]) => state.hosts.get(key)?.items.get('acks')?.byId.has(id)) &&
    cs.index.size === (state.hosts.get('acks')?.items.get('acks')?.byId.size ?? 0);

  it('adds each new receipt to the items already kept, and drops expired ones, without a copy', () => {
    const { state, cs, apply, items, ids } = setup();
    apply([ack('k-1', '2026-11-28T09:00:00.000Z')]);
    const kept = items()?.byId;
    apply([ack('k-2', '2026-11-28T10:00:00.000Z')]);
    apply([ack('k-4', '2026-11-29T12:00:00.000Z'), ack('k-3', '2026-11-29T11:00:00.000Z')]);
    apply([ack('k-5', '2026-11-30T10:00:00.000Z')], ['k-1', 'k-2']);
    expect(ids()).toEqual(['k-3', 'k-4', 'k-5']);
    expect(items()?.byId).toBe(kept);
    expect(items()?.newest).toBe(Date.parse('2026-11-30T10:00:00.000Z'));
    expect(indexMatches(state, cs)).toBe(true);
  });

  it('keeps the items in recording order when one is updated or recorded late', () => {
    const { state, cs, apply, items, ids } = setup();
    apply([ack('k-1', '2026-11-28T09:00:00.000Z'), ack('k-3', '2026-11-28T11:00:00.000Z')]);
    apply([ack('k-2', '2026-11-28T10:00:00.000Z')]);
    expect(ids()).toEqual(['k-1', 'k-2', 'k-3']);
    apply([ack('k-2', '2026-11-28T10:00:00.000Z', 'redacted')]);
    expect(ids()).toEqual(['k-1', 'k-2', 'k-3']);
    expect(items()?.byId.get('k-2')).toEqual(ack('k-2', '2026-11-28T10:00:00.000Z', 'redacted'));
    // Removed and put again in one commit: the new version stays.
    apply([ack('k-1', '2026-11-28T12:00:00.000Z')], ['k-1']);
    expect(ids()).toEqual(['k-2', 'k-3', 'k-1']);
    expect(indexMatches(state, cs)).toBe(true);
  });

  it('forgets the host once its last item is removed, and starts again with the next one', () => {
    const { state, cs, apply, ids } = setup();
    apply([ack('k-1', '2026-11-28T09:00:00.000Z'), ack('k-2', '2026-11-28T10:00:00.000Z')]);
    apply([], ['k-2', 'k-1']);
    expect(state.hosts.has('acks')).toBe(false);
    expect(cs.index.size).toBe(0);
    apply([ack('k-0', '2026-11-27T09:00:00.000Z')]);
    expect(ids()).toEqual(['k-0']);
    expect(indexMatches(state, cs)).toBe(true);
  });
});
