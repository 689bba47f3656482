import { access, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store, StoreCorruptError } from '../../src/store/index.ts';
import { activity, initTeam, makeTempDir, member, removeDir, teamDir, teamRecord } from './helpers.ts';

const TEAM = 'local:demo';
const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );
const shardDoc = (items: unknown[]) => JSON.stringify({ format: 'prospecta/activities', version: 1, items });

describe('journal of multi-file commits', () => {
  let dir: string;
  let team: string;
  let journal: string;
  beforeEach(async () => {
    dir = await makeTempDir();
    team = teamDir(dir, TEAM);
    journal = join(team, 'journal.json');
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  async function seed(): Promise<Store> {
    const store = await openStore({ dir });
    await store.transact(
      TEAM,
      (tx) => {
        tx.activities.put(activity('A-1', '2024-01-05'));
        tx.members.put(member('cli:alice'));
      },
      initTeam(TEAM),
    );
    return store;
  }

  /** What a crash leaves after writing the journal and only the March shard of this commit. */
  async function crashMidCommit(): Promise<void> {
    const moved = activity('A-1', '2024-03-05');
    await writeFile(
      journal,
      JSON.stringify({
        format: 'prospecta/journal',
        version: 1,
        teamId: TEAM,
        team: { ...teamRecord(TEAM), name: 'Renamed' },
        files: [
          { collection: 'activities', version: 1, shard: '2024-01-01', upserts: [], removes: ['A-1'] },
          { collection: 'activities', version: 1, shard: '2024-03-01', upserts: [moved], removes: [] },
          {
            collection: 'activities',
            version: 1,
            shard: '2024-02-01',
            upserts: [activity('A-2', '2024-02-01')],
            removes: [],
          },
          {
            collection: 'members',
            version: 1,
            shard: '',
            upserts: [member('cli:bob')],
            removes: ['cli:alice'],
          },
        ],
      }),
    );
    await writeFile(join(team, 'activities', '2024-03-01.json'), shardDoc([moved]));
  }

  const viewOf = (store: Store) =>
    store.transact(TEAM, (tx) => ({
      name: tx.team.name,
      activities: tx.activities.all().map((a) => `${a.id}@${a.date}`),
      size: tx.activities.size,
      members: tx.members.all().map((m) => m.id),
    }));
  const expected = {
    name: 'Renamed',
    activities: ['A-2@2024-02-01', 'A-1@2024-03-05'],
    size: 2,
    members: ['cli:bob'],
  };

  it('replays a leftover journal on the next open: every change present exactly once', async () => {
    await (await seed()).close();
    await crashMidCommit();
    const store = await openStore({ dir });
    expect(await viewOf(store)).toEqual(expected);
    await store.close();
    expect(await exists(journal)).toBe(false);
    expect(JSON.parse(await readFile(join(team, 'activities', '2024-01-01.json'), 'utf8')).items).toEqual([]);
    expect(
      JSON.parse(await readFile(join(team, 'activities', '2024-02-01.json'), 'utf8')).items,
    ).toHaveLength(1);
    const again = await openStore({ dir });
    expect(await viewOf(again)).toEqual(expected);
    expect(await again.verifyAll()).toEqual({ teams: 1, files: 5 });
    await again.close();
  });

  it('replays it in a running store whose cache predates the crash', async () => {
    const store = await seed();
    await crashMidCommit();
    expect(await viewOf(store)).toEqual(expected);
    await store.close();
  });

  it('finishes the creation of a team whose team.json was never written', async () => {
    await mkdir(team, { recursive: true });
    await writeFile(
      journal,
      JSON.stringify({
        format: 'prospecta/journal',
        version: 1,
        teamId: TEAM,
        team: teamRecord(TEAM),
        files: [
          { collection: 'members', version: 1, shard: '', upserts: [member('cli:alice')], removes: [] },
        ],
      }),
    );
    const store = await openStore({ dir });
    expect(await store.listTeams()).toEqual([TEAM]);
    expect(await store.transact(TEAM, (tx) => tx.members.all().map((m) => m.id))).toEqual(['cli:alice']);
    await store.close();
    expect(await exists(journal)).toBe(false);
  });

  it('writes and removes the journal itself for a commit touching several files', async () => {
    const store = await seed();
    await store.transact(TEAM, (tx) => {
      tx.activities.put(activity('A-1', '2024-04-01'));
      tx.members.put(member('cli:bob'));
    });
    expect(await readdir(team)).not.toContain('journal.json');
    await store.close();
    const reopened = await openStore({ dir });
    expect(await reopened.transact(TEAM, (tx) => tx.activities.all().map((a) => a.date))).toEqual([
      '2024-04-01',
    ]);
    await reopened.close();
  });

  it('treats an id in two shards without a journal as corruption', async () => {
    await (await seed()).close();
    const dup = join(team, 'activities', '2024-05-01.json');
    await writeFile(dup, shardDoc([activity('A-1', '2024-05-01')]));
    const store = await openStore({ dir });
    const err = await store.transact(TEAM, () => 1).catch((e: unknown) => e);
    await expect(store.verifyAll()).rejects.toBeInstanceOf(StoreCorruptError);
    await store.close();
    expect(err).toBeInstanceOf(StoreCorruptError);
    expect((err as Error).message).toMatch(/A-1/);
    expect([join(team, 'activities', '2024-01-01.json'), dup]).toContain((err as StoreCorruptError).file);
  });

  it('leaves a journal naming an unregistered collection for a store that knows it', async () => {
    await (await seed()).close();
    const text = JSON.stringify({
      format: 'prospecta/journal',
      version: 1,
      teamId: TEAM,
      files: [
        { collection: 'notes', version: 1, shard: '', upserts: [{ id: 'n1' }], removes: [] },
        { collection: 'members', version: 1, shard: '', upserts: [], removes: ['cli:alice'] },
      ],
    });
    await writeFile(journal, text);
    const store = await openStore({ dir });
    await expect(store.transact(TEAM, () => 1)).rejects.toThrow(/collection "notes"/);
    await store.close();
    expect(await readFile(journal, 'utf8')).toBe(text);
  });
});
