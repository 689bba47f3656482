import { spawn } from 'node:child_process';
import { access, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

  describe('version 2: staged files renamed behind the journal', () => {
    const tmpOf = (file: string) => `${file}.4242.0123456789ab.tmp`;
    const membersDoc = (ids: string[]) =>
      JSON.stringify({ format: 'prospecta/members', version: 1, items: ids.map((id) => member(id)) });

    /** What a crash leaves after the journal of a commit moving A-1 to March and adding bob. */
    async function crashAfterJournal(renamedAlready: boolean): Promise<void> {
      const moved = activity('A-1', '2024-03-05');
      const renames = [
        { from: tmpOf('activities/2024-01-01.json'), to: 'activities/2024-01-01.json' },
        { from: tmpOf('activities/2024-03-01.json'), to: 'activities/2024-03-01.json' },
        { from: tmpOf('members.json'), to: 'members.json' },
      ];
      const contents = [shardDoc([]), shardDoc([moved]), membersDoc(['cli:alice', 'cli:bob'])];
      for (const [i, r] of renames.entries()) {
        // The first rename happened before the crash: its temp file is gone, its target is new.
        const path = join(team, renamedAlready && i === 0 ? r.to : r.from);
        await writeFile(path, contents[i] as string);
      }
      await writeFile(
        journal,
        JSON.stringify({ format: 'prospecta/journal', version: 2, teamId: TEAM, renames }),
      );
    }

    const after = {
      name: `Team ${TEAM}`,
      activities: ['A-1@2024-03-05'],
      size: 1,
      members: ['cli:alice', 'cli:bob'],
    };

    it.each([
      ['before any rename', false],
      ['after the first rename', true],
    ])('finishes a commit interrupted %s, on the next open', async (_, renamedAlready) => {
      await (await seed()).close();
      await crashAfterJournal(renamedAlready);
      const store = await openStore({ dir });
      expect(await store.verifyAll()).toEqual({ teams: 1, files: 4 });
      expect(await viewOf(store)).toEqual(after);
      await store.close();
      expect(await exists(journal)).toBe(false);
      expect((await readdir(team, { recursive: true })).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });

    it('finishes it in a running store whose cache predates the crash', async () => {
      const store = await seed();
      await crashAfterJournal(false);
      expect(await viewOf(store)).toEqual(after);
      await store.close();
    });

    it('ignores staged files no journal points at: the commit never happened', async () => {
      const store = await seed();
      await writeFile(join(team, tmpOf('members.json')), membersDoc(['cli:mallory']));
      expect(await viewOf(store)).toEqual({
        name: `Team ${TEAM}`,
        activities: ['A-1@2024-01-05'],
        size: 1,
        members: ['cli:alice'],
      });
      await store.close();
    });

    it('removes such orphan temp files when the team is next loaded', async () => {
      await (await seed()).close();
      const orphans = [join(team, tmpOf('members.json')), join(team, tmpOf('activities/2024-01-01.json'))];
      for (const f of orphans) await writeFile(f, membersDoc(['cli:mallory']));
      const store = await openStore({ dir });
      expect((await viewOf(store)).members).toEqual(['cli:alice']);
      await store.close();
      for (const f of orphans) expect(await exists(f)).toBe(false);
    });

    it('names a corrupt staged file when verifying, and leaves the journal in place', async () => {
      await (await seed()).close();
      await crashAfterJournal(false);
      await writeFile(
        join(team, tmpOf('members.json')),
        '{"format":"prospecta/members","version":1,"items":[{"id":3}]}',
      );
      const store = await openStore({ dir });
      const err = await store.verifyAll().catch((e: unknown) => e);
      await store.close();
      expect(err).toBeInstanceOf(StoreCorruptError);
      expect((err as StoreCorruptError).file).toBe(join(team, tmpOf('members.json')));
      expect(await exists(journal)).toBe(true);
    });

    it.each([
      ['a path out of the team folder', { from: '../x.json.1.0123456789ab.tmp', to: '../x.json' }],
      ['a temp file of another target', { from: tmpOf('members.json'), to: 'campaigns.json' }],
      ['a target that is no store file', { from: 'notes.txt.1.0123456789ab.tmp', to: 'notes.txt' }],
    ])('treats a journal renaming %s as corruption', async (_, rename) => {
      await (await seed()).close();
      await writeFile(
        journal,
        JSON.stringify({ format: 'prospecta/journal', version: 2, teamId: TEAM, renames: [rename] }),
      );
      const store = await openStore({ dir });
      const err = await store.transact(TEAM, () => 1).catch((e: unknown) => e);
      await store.close();
      expect(err).toBeInstanceOf(StoreCorruptError);
      expect((err as StoreCorruptError).file).toBe(journal);
    });
  });

  it('keeps every acknowledged commit, and each commit whole, when the writer is killed mid-commit', async () => {
    const writer = fileURLToPath(new URL('./fixtures/crash-writer.ts', import.meta.url));
    const acked = new Set<number>();
    let next = 0;
    let leftovers = 0;
    const ROUNDS = 6;
    for (let round = 0; round < ROUNDS; round++) {
      const child = spawn(process.execPath, ['--import', 'tsx', writer, dir, TEAM, String(next)], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      await new Promise<void>((resolve) => {
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('\n')) resolve();
        });
        child.on('exit', () => resolve());
      });
      // Commits follow each other back to back: a kill a few ms later lands inside one.
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 200));
      child.kill('SIGKILL');
      await exited;
      // The dead writer's lock would be taken over once stale (10 s); what is tested here is the data.
      await rm(`${team}.lock`, { recursive: true, force: true });
      for (const line of out.split('\n')) if (/^\d+$/.test(line)) acked.add(Number(line));
      expect(acked.size).toBeGreaterThan(0);
      const names = await readdir(team, { recursive: true });
      if (names.some((f) => f === 'journal.json' || f.endsWith('.tmp'))) leftovers++;

      const store = await openStore({ dir });
      const { activities, members } = await store.transact(TEAM, (tx) => ({
        activities: tx.activities.all().map((a) => Number(a.id.slice(2))),
        members: tx.members.all().map((m) => Number(m.id.slice(2))),
      }));
      await store.close();
      // Each commit wrote both files or neither; nothing acknowledged is missing.
      expect([...activities].sort((a, b) => a - b)).toEqual([...members].sort((a, b) => a - b));
      for (const k of acked) expect(activities).toContain(k);
      expect(activities.length).toBeLessThanOrEqual(Math.max(...acked) + 2);
      next = Math.max(...activities) + 1;
    }
    // Not asserted (timing decides), but reported: how many kills left a commit half-way on disk.
    console.info(`crash test: ${leftovers} of ${ROUNDS} kills left a journal or temp files behind`);
  }, 60_000);
});
