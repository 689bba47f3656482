import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { featureCollections } from '../../app-store.ts';
import type { Config } from '../../config.ts';
import type { Locale } from '../../domain/ids.ts';
import { createTranslator } from '../../i18n/index.ts';
import { KEY_FILE } from '../../privacy/identifier-hash.ts';
import { teamCollections } from '../../store/collections.ts';
import { copyStore } from '../../store/copy.ts';
import { openStore, type Store } from '../../store/index.ts';
import { migrateDatabase, openPgStore, StoreUnavailableError, shownUrl } from '../../store/postgres/index.ts';
import { wakeDir } from '../../store/wake-file.ts';

export interface StoreCliOptions {
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly force: boolean;
  readonly locale: Locale;
  readonly config: Config;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** A data folder or a PostgreSQL database, as given to --from / --to. */
type Location = { kind: 'folder'; dir: string } | { kind: 'postgres'; url: string };

const locationOf = (spec: string): Location =>
  /^postgres(ql)?:\/\//i.test(spec)
    ? { kind: 'postgres', url: spec }
    : { kind: 'folder', dir: path.resolve(spec) };

const nameOf = (at: Location) => (at.kind === 'folder' ? at.dir : shownUrl(at.url));

const allDefs = [...Object.values(teamCollections), ...featureCollections];

/** `prospecta store migrate | copy`; returns the exit code (2: bad input, nothing written). */
export async function storeCli(args: readonly string[], o: StoreCliOptions): Promise<number> {
  const t = createTranslator(o.locale);
  try {
    if (args[0] === 'migrate') {
      const { store } = o.config;
      if (store.engine === 'embedded') {
        o.err(t('store.migrate_embedded', { dir: o.config.dataDir }));
        return 2;
      }
      const done = await migrateDatabase(store.url);
      o.out(t('store.migrated', { url: shownUrl(store.url), ...done }));
      return 0;
    }
    if (args[0] === 'copy' && o.from && o.to) return await copy(locationOf(o.from), locationOf(o.to), o);
    o.err(t('store.usage'));
    return 2;
  } catch (e) {
    if (e instanceof StoreUnavailableError) {
      o.err(
        t(e.reason === 'bad_url' ? 'store.bad_url' : 'store.unreachable', { url: e.url, detail: e.message }),
      );
      return e.reason === 'bad_url' ? 2 : 1;
    }
    throw e;
  }
}

async function open(at: Location, o: StoreCliOptions): Promise<Store> {
  return at.kind === 'folder'
    ? openStore({ dir: at.dir, collections: featureCollections })
    : openPgStore({ url: at.url, dir: o.config.dataDir, collections: featureCollections });
}

async function copy(from: Location, to: Location, o: StoreCliOptions): Promise<number> {
  const t = createTranslator(o.locale);
  if (nameOf(from) === nameOf(to)) {
    o.err(t('store.copy_same', { target: nameOf(to) }));
    return 2;
  }
  if (from.kind === 'folder' && !existsSync(path.join(from.dir, 'teams'))) {
    o.err(t('store.copy_source_empty', { source: nameOf(from) }));
    return 2;
  }
  const source = await open(from, o);
  let target: Store | null = null;
  try {
    if ((await source.listTeams()).length === 0) {
      o.err(t('store.copy_source_empty', { source: nameOf(from) }));
      return 2;
    }
    target = await open(to, o);
    const existing = (await target.listTeams()).length;
    if (existing > 0 && !o.force) {
      o.err(t('store.copy_not_empty', { target: nameOf(to), teams: existing }));
      return 2;
    }
    if (existing > 0) {
      await target.close();
      await empty(to);
      target = await open(to, o);
    }
    const { source: s, target: d } = await copyStore(source, target, allDefs);
    await copySecret(from, to);
    if (s.hash !== d.hash || s.items !== d.items || s.teams !== d.teams) {
      const detail = `${s.teams}/${s.items} → ${d.teams}/${d.items}, ${s.hash.slice(0, 12)} ≠ ${d.hash.slice(0, 12)}`;
      o.err(t('store.copy_mismatch', { target: nameOf(to), detail }));
      return 1;
    }
    const counts = Object.entries(s.byCollection)
      .filter(([, n]) => n > 0)
      .map(([name, n]) => `  ${name}: ${n}`)
      .join('\n');
    o.out(
      t('store.copy_done', {
        source: nameOf(from),
        target: nameOf(to),
        teams: s.teams,
        items: s.items,
        counts,
        hash: s.hash,
      }),
    );
    return 0;
  } finally {
    await source.close();
    await target?.close();
  }
}

/** Empties a target the user asked to replace (--force): its teams and schedulers' wake-ups; its other files stay. */
async function empty(at: Location): Promise<void> {
  if (at.kind === 'folder') {
    await rm(path.join(at.dir, 'teams'), { recursive: true, force: true });
    await rm(wakeDir(at.dir), { recursive: true, force: true });
    return;
  }
  const client = new pg.Client({ connectionString: at.url });
  await client.connect();
  try {
    await client.query('TRUNCATE items, wakes, teams');
  } finally {
    await client.end();
  }
}

/** The privacy key travels with the data: the hashes stored in the teams were made with it. */
async function copySecret(from: Location, to: Location): Promise<void> {
  const value = await readSecret(from);
  if (value === null) return;
  if (to.kind === 'folder') {
    await mkdir(to.dir, { recursive: true });
    await writeFile(path.join(to.dir, KEY_FILE), value, { mode: 0o600 });
    return;
  }
  const client = new pg.Client({ connectionString: to.url });
  await client.connect();
  try {
    await client.query(
      'INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
      [KEY_FILE, value],
    );
  } finally {
    await client.end();
  }
}

async function readSecret(at: Location): Promise<string | null> {
  if (at.kind === 'folder') return readFile(path.join(at.dir, KEY_FILE), 'utf8').catch(() => null);
  const client = new pg.Client({ connectionString: at.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ value: string }>('SELECT value FROM settings WHERE name = $1', [
      KEY_FILE,
    ]);
    return rows[0]?.value ?? null;
  } finally {
    await client.end();
  }
}
