import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { activity, initTeam, makeTempDir, removeDir } from './helpers.ts';

describe('a transaction longer than the lock’s refresh period', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir();
  });
  afterEach(() => removeDir(dir));

  // The lock is refreshed every stale/2 (1 s here, 5 s in the app); the owner file written into the
  // lock directory changed its mtime, so the first refresh judged the lock lost and the commit threw.
  it('keeps its lock past the first refresh and commits (a dossier under load takes seconds)', async () => {
    const store = await openStore({ dir, lockStaleMs: 2_000 });
    try {
      await store.transact(
        'team-long',
        async (tx) => {
          tx.activities.put(activity('A-1', '2026-11-20'));
          await sleep(1_600);
        },
        initTeam('team-long'),
      );
      expect(await store.transact('team-long', (tx) => tx.activities.all().map((a) => a.id))).toEqual([
        'A-1',
      ]);
    } finally {
      await store.close();
    }
  });
});
