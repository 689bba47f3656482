import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppStore } from '../../src/app-store.ts';
import { type CoreDeps, dispatch, type Invocation } from '../../src/core/dispatch.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { legacyReceiptsCollection, RECEIPT_TTL_MS, receiptsCollection } from '../../src/once/index.ts';
import { teamFolderName } from '../../src/store/team-folder.ts';
import { createTestCore } from '../helpers/core.ts';
import { onPostgres } from '../helpers/test-store.ts';

const LOG = '/log kind:visit outcome:signed prospect:"Boulangerie Martin" amount:1200';

const keyed = (key?: string): Invocation => ({
  channel: 'web',
  teamId: 'local:acme',
  teamName: 'acme',
  user: { id: 'web:alice', displayName: 'alice' },
  input: { kind: 'text', text: LOG },
  ...(key !== undefined && { idempotencyKey: key }),
});

const HOUR = 3_600_000;

/** The files whose bytes differ between two snapshots (added, changed or removed). */
const changed = (before: Record<string, string>, after: Record<string, string>): string[] =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => before[f] !== after[f]).sort();

// Where receipts sit in the embedded store's files; on PostgreSQL they are rows written in the
// save's SQL transaction (test/store/postgres.test.ts covers that engine).
describe.skipIf(onPostgres())('where receipts are kept', () => {
  let core: Awaited<ReturnType<typeof createTestCore>> | undefined;
  afterEach(async () => {
    await core?.close();
    core = undefined;
  });

  const teamFile = (name: string) => path.join('teams', teamFolderName('local:acme'), name);
  const read = (name: string) => readFile(path.join(core?.dir ?? '', teamFile(name)), 'utf8');

  it('a keyed /log writes one file: the activity shard, which carries the receipt', async () => {
    core = await createTestCore();
    await dispatch(keyed(), core.deps); // creates the team, the member and the prospect
    const before = await core.snapshot();
    const first = await dispatch(keyed('form:1'), core.deps);
    expect(first.tone).toBe('success');
    expect(changed(before, await core.snapshot())).toEqual([teamFile('activities/2026-11-22.json')]);
    const shard = JSON.parse(await read('activities/2026-11-22.json'));
    expect(shard.carried['delivery-receipts'].items).toEqual([
      {
        id: 'web:alice|form:1',
        at: '2026-11-28T09:00:00.000Z',
        reference: first.reference,
        title: first.title,
      },
    ]);
    expect(shard.items.map((a: { id: string }) => a.id)).toContain(first.reference);
  });

  it('keeps the receipts of the last two days through restarts, and drops older ones from the disk', async () => {
    let now = new Date('2026-11-28T09:00:00Z');
    core = await createTestCore();
    let deps: CoreDeps = { ...core.deps, clock: () => now };
    const old = await dispatch(keyed('old'), deps);
    now = new Date(now.getTime() + 30 * HOUR); // Sunday 29, 15:00: the same activity shard
    const mid = await dispatch(keyed('mid'), deps);

    await core.store.close();
    deps = { ...deps, store: await openAppStore(core.dir, silentLogger) };
    expect((await dispatch(keyed('old'), deps)).reference).toBe(old.reference);
    expect((await dispatch(keyed('mid'), deps)).reference).toBe(mid.reference);

    // Tuesday 1 December: a new activity shard; every receipt of the old one has expired but `mid`.
    now = new Date('2026-12-01T10:00:00Z');
    const fresh = await dispatch(keyed('fresh'), deps);
    expect(fresh.tone).toBe('success');
    const ids = () =>
      deps.store.transact('local:acme', (tx) =>
        tx
          .collection(receiptsCollection)
          .all()
          .map((r) => r.id),
      );
    expect((await ids()).sort()).toEqual(['web:alice|fresh', 'web:alice|mid']);
    // `old` is gone from the disk, not only hidden: `mid` keeps its file's receipts until it expires too.
    const november = JSON.parse(await read('activities/2026-11-22.json'));
    expect(november.carried['delivery-receipts'].items.map((r: { id: string }) => r.id)).toEqual([
      'web:alice|mid',
    ]);

    // Thursday 3: `mid` expired; the next keyed save rewrites the November shard without it.
    now = new Date('2026-12-03T09:00:00Z');
    await dispatch(keyed('later'), deps);
    expect(JSON.parse(await read('activities/2026-11-22.json')).carried).toBeUndefined();
    expect(await ids()).toEqual(['web:alice|fresh', 'web:alice|later']);
    expect(now.getTime() - Date.parse('2026-11-29T15:00:00Z')).toBeGreaterThan(RECEIPT_TTL_MS);

    await deps.store.close();
    deps = { ...deps, store: await openAppStore(core.dir, silentLogger) };
    expect(await ids()).toEqual(['web:alice|fresh', 'web:alice|later']);
    expect((await dispatch(keyed('old'), deps)).tone).toBe('success'); // forgotten: saves again
    await deps.store.close();
  });

  it('still answers a repeat kept in the day files written before receipts were carried, and empties them', async () => {
    let now = new Date('2026-11-28T09:00:00Z');
    core = await createTestCore();
    const deps: CoreDeps = { ...core.deps, clock: () => now };
    const first = await dispatch(keyed(), deps);
    // What the previous version left: the receipt of `legacy` in receipts/2026-11-28.json.
    await core.store.transact('local:acme', (tx) =>
      tx
        .collection(legacyReceiptsCollection)
        .put({ id: 'web:alice|legacy', at: now.toISOString(), reference: first.reference }),
    );
    expect((await dispatch(keyed('legacy'), deps)).reference).toBe(first.reference);
    now = new Date(now.getTime() + RECEIPT_TTL_MS + HOUR);
    await dispatch(keyed('after'), deps);
    expect(JSON.parse(await read('receipts/2026-11-28.json')).items).toEqual([]);
    expect((await dispatch(keyed('legacy'), deps)).tone).toBe('success');
  });
});
