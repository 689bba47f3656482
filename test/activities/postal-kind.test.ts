import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../src/domain/entities.ts';
import { openStore } from '../../src/store/index.ts';
import { createTestCore } from '../helpers/core.ts';
import { activity, initTeam, makeTempDir, removeDir, teamDir } from '../store/helpers.ts';

describe('the postal kind is `letter`; « mail » means an e-mail (DOMAIN §1)', () => {
  let core: Awaited<ReturnType<typeof createTestCore>>;
  beforeEach(async () => {
    core = await createTestCore();
  });
  afterEach(async () => {
    await core.close();
  });

  it.each([
    ['mail', 'email'],
    ['e-mail', 'email'],
    ['courriel', 'email'],
    ['Mail', 'email'],
    ['courrier', 'letter'],
    ['lettre', 'letter'],
    ['courrier postal', 'letter'],
    ['letter', 'letter'],
  ])('type:%s is stored as %s', async (typed, kind) => {
    const r = await core.run(`/journal type:"${typed}" résultat:injoignable prospect:"Garage Dupont"`);
    expect(r.error).toBeUndefined();
    expect((r.data as { activity: Activity }).activity.kind).toBe(kind);
  });

  it('shows the postal kind as « courrier » in French and “letter” in English', async () => {
    const fr = await core.run('/journal type:courrier résultat:injoignable prospect:"Garage Dupont"');
    expect(fr.title?.toLowerCase()).toContain('courrier');
    const en = await core.run('/log kind:letter outcome:no_answer prospect:"Garage Dupont"', {
      locale: 'en',
    });
    expect(en.title?.toLowerCase()).toContain('letter');
  });
});

describe('store migration of the activities collection to version 2', () => {
  const TEAM = 'local:acme';
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir();
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  it('loads a version-1 shard whose postal activities were `mail` as `letter`, and rewrites it at version 2', async () => {
    const store = await openStore({ dir });
    await store.transact(TEAM, () => undefined, initTeam(TEAM));
    await store.close();
    const folder = join(teamDir(dir, TEAM), 'activities');
    await mkdir(folder, { recursive: true });
    const file = join(folder, '2026-11-22.json');
    const v1 = [
      activity('A-1', '2026-11-23', { kind: 'mail' as Activity['kind'], outcome: 'no_answer' }),
      activity('A-2', '2026-11-24', { kind: 'email', outcome: 'no_answer' }),
    ];
    await writeFile(file, JSON.stringify({ format: 'prospecta/activities', version: 1, items: v1 }));

    const reopened = await openStore({ dir });
    const kinds = await reopened.transact(TEAM, (tx) => tx.activities.all().map((a) => [a.id, a.kind]));
    expect(kinds).toEqual([
      ['A-1', 'letter'],
      ['A-2', 'email'],
    ]);
    await reopened.transact(TEAM, (tx) => tx.activities.put(activity('A-3', '2026-11-25')));
    await reopened.close();
    const written = JSON.parse(await readFile(file, 'utf8'));
    expect(written.version).toBe(2);
    expect(written.items.map((a: Activity) => a.kind)).toEqual(['letter', 'email', 'call']);
  });
});
