import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.ts';
import { activity, initTeam, makeTempDir, member, removeDir, teamDir } from './helpers.ts';

const TEAM = 'local:demo';

describe('sharded files', () => {
  let dir: string;
  let store: Store;
  let activitiesDir: string;
  beforeEach(async () => {
    dir = await makeTempDir();
    store = await openStore({ dir });
    activitiesDir = join(teamDir(dir, TEAM), 'activities');
    await store.transact(
      TEAM,
      (tx) => {
        tx.activities.put(activity('A-1', '2024-01-05'));
        tx.activities.put(activity('A-2', '2024-02-05'));
        tx.activities.put(activity('A-3', '2024-03-05'));
      },
      initTeam(TEAM),
    );
  });
  afterEach(async () => {
    await store.close();
    await removeDir(dir);
  });

  it('keeps one file a month, in the documented format', async () => {
    expect((await readdir(activitiesDir)).sort()).toEqual([
      '2024-01-01.json',
      '2024-02-01.json',
      '2024-03-01.json',
    ]);
    const doc = JSON.parse(await readFile(join(activitiesDir, '2024-02-01.json'), 'utf8'));
    expect(doc).toEqual({
      format: 'prospecta/activities',
      version: 2,
      items: [activity('A-2', '2024-02-05')],
    });
    const team = JSON.parse(await readFile(join(teamDir(dir, TEAM), 'team.json'), 'utf8'));
    expect(team).toMatchObject({ format: 'prospecta/team', version: 1, team: { id: TEAM } });
  });

  it('writes exactly the JSON of the shard after appends, updates and removes', async () => {
    const febFile = join(activitiesDir, '2024-02-01.json');
    const expected = [activity('A-2', '2024-02-05')];
    for (let i = 0; i < 5; i++) {
      const item = activity(`B-${i}`, '2024-02-06');
      await store.transact(TEAM, (tx) => tx.activities.put(item));
      expected.push(item);
      const text = await readFile(febFile, 'utf8');
      expect(text).toBe(JSON.stringify({ format: 'prospecta/activities', version: 2, items: expected }));
    }
    await store.transact(TEAM, (tx) => {
      tx.activities.put(activity('B-1', '2024-02-07', { amount: 3 }));
      tx.activities.remove('B-3');
    });
    const items = JSON.parse(await readFile(febFile, 'utf8')).items as { id: string; amount?: number }[];
    expect(items.map((a) => a.id)).toEqual(['A-2', 'B-0', 'B-1', 'B-2', 'B-4']);
    expect(items[2]?.amount).toBe(3);
  });

  it('rewrites only the shard of the changed item', async () => {
    const before = await Promise.all(
      ['2024-01-01', '2024-02-01', '2024-03-01'].map((m) => stat(join(activitiesDir, `${m}.json`))),
    );
    await new Promise((r) => setTimeout(r, 20));
    await store.transact(TEAM, (tx) => tx.activities.put(activity('A-4', '2024-02-04')));
    const after = await Promise.all(
      ['2024-01-01', '2024-02-01', '2024-03-01'].map((m) => stat(join(activitiesDir, `${m}.json`))),
    );
    for (const i of [0, 2]) {
      expect(after[i]?.ino).toBe(before[i]?.ino);
      expect(after[i]?.mtimeMs).toBe(before[i]?.mtimeMs);
    }
    expect(after[1]?.ino).not.toBe(before[1]?.ino);
    expect(await readdir(teamDir(dir, TEAM))).not.toContain('members.json');
  });

  it('ignores leftover temp files of a crashed write and does not delete them', async () => {
    const leftover = join(activitiesDir, '2024-01-01.json.4242.deadbeef.tmp');
    await writeFile(leftover, '{"half": ');
    const reopened = await openStore({ dir });
    const ids = await reopened.transact(TEAM, (tx) => tx.activities.all().map((a) => a.id));
    await reopened.verifyAll();
    await reopened.close();
    expect(ids).toEqual(['A-1', 'A-2', 'A-3']);
    expect(await readFile(leftover, 'utf8')).toBe('{"half": ');
  });

  it('picks up changes another store instance made: changed, new and deleted files', async () => {
    const other = await openStore({ dir });
    await other.transact(TEAM, (tx) => {
      tx.activities.put(activity('A-5', '2024-05-01'));
      tx.activities.remove('A-1');
      tx.members.put(member('cli:bob'));
    });
    await other.close();
    let view = await store.transact(TEAM, (tx) => ({
      ids: tx.activities.all().map((a) => a.id),
      size: tx.activities.size,
      bob: tx.members.get('cli:bob')?.displayName,
    }));
    expect(view).toEqual({ ids: ['A-2', 'A-3', 'A-5'], size: 3, bob: 'cli:bob' });

    await rm(join(activitiesDir, '2024-03-01.json'));
    view = await store.transact(TEAM, (tx) => ({
      ids: tx.activities.all().map((a) => a.id),
      size: tx.activities.size,
      bob: tx.members.get('cli:bob')?.displayName,
    }));
    expect(view).toEqual({ ids: ['A-2', 'A-5'], size: 2, bob: 'cli:bob' });
  });
});
