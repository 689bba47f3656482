import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, StoreCorruptError } from '../../src/store/index.ts';
import { activity, initTeam, makeTempDir, removeDir, teamDir } from './helpers.ts';

const TEAM = 'local:demo';

async function expectCorrupt(promise: Promise<unknown>, file: string, detail: RegExp): Promise<void> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(StoreCorruptError);
  expect((err as StoreCorruptError).file).toBe(file);
  expect((err as Error).message).toContain(file);
  expect((err as Error).message).toMatch(detail);
}

describe('corrupt files', () => {
  let dir: string;
  let febFile: string;
  beforeEach(async () => {
    dir = await makeTempDir();
    const store = await openStore({ dir });
    await store.transact(
      TEAM,
      (tx) => {
        tx.activities.put(activity('A-1', '2024-01-05'));
        tx.activities.put(activity('A-2', '2024-02-05'));
      },
      initTeam(TEAM),
    );
    await store.close();
    febFile = join(teamDir(dir, TEAM), 'activities', '2024-02-01.json');
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  const goodItem = () => activity('A-2', '2024-02-05');
  const cases: [string, () => string, RegExp][] = [
    ['bad JSON', () => '{"format":"prospecta/activities","version":1,"items":[', /not valid JSON/],
    [
      'an item failing the schema',
      () =>
        JSON.stringify({
          format: 'prospecta/activities',
          version: 1,
          items: [goodItem(), { ...goodItem(), id: 'A-3', outcome: 'maybe' }],
        }),
      /item 1: outcome: /,
    ],
    [
      'a future version',
      () => JSON.stringify({ format: 'prospecta/activities', version: 9, items: [] }),
      /version 9 is newer/,
    ],
    [
      'a wrong format tag',
      () => JSON.stringify({ format: 'prospecta/members', version: 1, items: [] }),
      /format is "prospecta\/members"/,
    ],
    [
      'no items array',
      () => JSON.stringify({ format: 'prospecta/activities', version: 1 }),
      /"items" is not an array/,
    ],
    [
      'an id twice in one file',
      () => JSON.stringify({ format: 'prospecta/activities', version: 1, items: [goodItem(), goodItem()] }),
      /item 1: id "A-2" appears twice/,
    ],
  ];

  it.each(cases)(
    '%s: names the file, never rewrites it, and verifyAll reports it',
    async (_, content, detail) => {
      const text = content();
      await writeFile(febFile, text);
      const store = await openStore({ dir });
      await expectCorrupt(
        store.transact(TEAM, (tx) => tx.activities.size),
        febFile,
        detail,
      );
      // A write touching the corrupt shard is refused too.
      await expectCorrupt(
        store.transact(TEAM, (tx) => tx.activities.put(activity('A-9', '2024-02-06'))),
        febFile,
        detail,
      );
      await expectCorrupt(store.verifyAll(), febFile, detail);
      await store.close();
      expect(await readFile(febFile, 'utf8')).toBe(text);
    },
  );

  it('notices a file corrupted under a running store and leaves it alone', async () => {
    const store = await openStore({ dir });
    expect(await store.transact(TEAM, (tx) => tx.activities.size)).toBe(2);
    await writeFile(febFile, 'garbage');
    await expectCorrupt(
      store.transact(TEAM, (tx) => tx.activities.size),
      febFile,
      /not valid JSON/,
    );
    await store.close();
    expect(await readFile(febFile, 'utf8')).toBe('garbage');
  });

  it('reports a bad team.json', async () => {
    const teamFile = join(teamDir(dir, TEAM), 'team.json');
    await writeFile(teamFile, JSON.stringify({ format: 'prospecta/team', version: 1, team: { id: TEAM } }));
    const store = await openStore({ dir });
    await expectCorrupt(
      store.transact(TEAM, () => 1),
      teamFile,
      /team: name: /,
    );
    await expectCorrupt(store.listTeams(), teamFile, /team: name: /);
    await store.close();
  });

  it('verifyAll counts teams and files of a healthy store', async () => {
    const store = await openStore({ dir });
    // team.json and the two activity shards; members and campaigns were never written
    expect(await store.verifyAll()).toEqual({ teams: 1, files: 3 });
    await store.close();
  });
});
