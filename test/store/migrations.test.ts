import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type CollectionDef, openStore, StoreCorruptError } from '../../src/store/index.ts';
import { initTeam, makeTempDir, removeDir, teamDir } from './helpers.ts';

const TEAM = 'local:demo';
const Note = z.object({ id: z.string().min(1), text: z.string(), pinned: z.boolean() });
type Note = z.infer<typeof Note>;

/** A feature collection at version 2: v0 called the text `body`, v1 had no `pinned`. */
const notes: CollectionDef<Note> = {
  name: 'notes',
  schema: Note,
  version: 2,
  migrations: {
    0: (items) =>
      items.map((it) => {
        const { body, ...rest } = it as { body: string };
        return { ...rest, text: body };
      }),
    1: (items) => items.map((it) => ({ ...(it as object), pinned: false })),
  },
};

describe('migrations', () => {
  let dir: string;
  let notesFile: string;
  beforeEach(async () => {
    dir = await makeTempDir();
    const store = await openStore({ dir });
    await store.transact(TEAM, () => undefined, initTeam(TEAM));
    await store.close();
    notesFile = join(teamDir(dir, TEAM), 'notes.json');
    await mkdir(teamDir(dir, TEAM), { recursive: true });
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  it('loads a version-0 file migrated to the current version, and writes the current version', async () => {
    const v0 = JSON.stringify({
      format: 'prospecta/notes',
      version: 0,
      items: [{ id: 'n1', body: 'call back' }],
    });
    await writeFile(notesFile, v0);
    const store = await openStore({ dir, collections: [notes] });
    const loaded = await store.transact(TEAM, (tx) => tx.collection(notes).all());
    expect(loaded).toEqual([{ id: 'n1', text: 'call back', pinned: false }]);
    // Reading alone does not rewrite the file.
    expect(await readFile(notesFile, 'utf8')).toBe(v0);

    await store.transact(TEAM, (tx) =>
      tx.collection(notes).put({ id: 'n2', text: 'send quote', pinned: true }),
    );
    await store.close();
    expect(JSON.parse(await readFile(notesFile, 'utf8'))).toEqual({
      format: 'prospecta/notes',
      version: 2,
      items: [
        { id: 'n1', text: 'call back', pinned: false },
        { id: 'n2', text: 'send quote', pinned: true },
      ],
    });
  });

  it('treats a version without a registered migration as corrupt', async () => {
    const broken: CollectionDef<Note> = { ...notes, migrations: { 1: notes.migrations?.[1] ?? ((x) => x) } };
    await writeFile(notesFile, JSON.stringify({ format: 'prospecta/notes', version: 0, items: [] }));
    const store = await openStore({ dir, collections: [broken] });
    const err = await store.transact(TEAM, (tx) => tx.collection(broken).size).catch((e: unknown) => e);
    await store.close();
    expect(err).toBeInstanceOf(StoreCorruptError);
    expect((err as Error).message).toMatch(/no migration of notes from version 0 to 1/);
  });

  it('refuses a collection that was not registered with openStore', async () => {
    const store = await openStore({ dir });
    await expect(store.transact(TEAM, (tx) => tx.collection(notes).size)).rejects.toThrow(/not registered/);
    await store.close();
  });
});
