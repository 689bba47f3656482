import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PgCluster, startPgCluster } from '../helpers/pg-cluster.ts';

const exec = promisify(execFile);
const BIN = path.resolve('bin/prospecta.js');

/** `prospecta <args>` with its own environment, as a user or a script runs it. */
async function prospecta(env: Record<string, string>, ...args: string[]) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, ...args], {
      env: { ...process.env, LOG_LEVEL: 'error', PROSPECTA_USER: 'alice', DATABASE_URL: '', ...env },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const fingerprint = (out: string) => /\(sha256\)[^:]*: ([0-9a-f]{64})/.exec(out)?.[1];

describe('prospecta store copy and migrate', () => {
  let cluster: PgCluster;
  let root: string;
  beforeAll(async () => {
    cluster = await startPgCluster();
    root = await mkdtemp(path.join(os.tmpdir(), 'prospecta-copy-'));
  }, 60_000);
  afterAll(async () => {
    await cluster?.stop();
    await rm(root, { recursive: true, force: true });
  });

  it('copies a data folder to PostgreSQL and back (same teams, counts and content hash), refusing a non-empty target without --force', async () => {
    const folder = path.join(root, 'data');
    const back = path.join(root, 'back');
    const url = await cluster.createDatabase('copy1');
    const seeded = await prospecta({ PROSPECTA_DATA_DIR: folder }, 'demo');
    expect(seeded.code).toBe(0);
    // The installation's privacy key, as the first privacy command makes it.
    await writeFile(path.join(folder, '.privacy-key'), `${'ab'.repeat(32)}\n`, { mode: 0o600 });

    const there = await prospecta(
      { PROSPECTA_DATA_DIR: folder },
      'store',
      'copy',
      '--from',
      folder,
      '--to',
      url,
    );
    expect(there.stderr).toBe('');
    expect(there.code).toBe(0);
    expect(there.stdout).toMatch(
      /Copié de .* vers postgres:\/\/postgres@127\.0\.0\.1:\d+\/copy1 : 1 équipe, [\d\u202f\u00a0 ]+ éléments/,
    );
    expect(there.stdout).toMatch(/ {2}activities: \d+/);
    const hash = fingerprint(there.stdout);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);

    const again = await prospecta({}, 'store', 'copy', '--from', folder, '--to', url);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('contient déjà 1 équipe : rien n’a été copié. Ajoutez --force');

    const home = await prospecta(
      { PROSPECTA_DATA_DIR: root },
      'store',
      'copy',
      '--from',
      url,
      '--to',
      back,
      '--locale',
      'en',
    );
    expect(home.code).toBe(0);
    expect(home.stdout).toMatch(/^Copied from postgres:.* to .*back: 1 team, [\d,]+ items\./);
    expect(fingerprint(home.stdout)).toBe(hash);
    // The privacy key travels with the data, so re-import detection keeps working.
    expect(await readFile(path.join(back, '.privacy-key'), 'utf8')).toBe(
      await readFile(path.join(folder, '.privacy-key'), 'utf8'),
    );

    const forced = await prospecta({}, 'store', 'copy', '--from', back, '--to', url, '--force');
    expect(forced.code).toBe(0);
    expect(fingerprint(forced.stdout)).toBe(hash);
  }, 300_000);

  it('writes through DATABASE_URL: a /log on PostgreSQL is read by the next process', async () => {
    const url = await cluster.createDatabase('cli2');
    const env = { PROSPECTA_DATA_DIR: path.join(root, 'cli2'), DATABASE_URL: url };
    const log = await prospecta(
      env,
      'run',
      '/log kind:call outcome:appointment prospect:"Boulangerie Martin" date:today',
    );
    expect(log.code).toBe(0);
    expect(log.stdout).toContain('Appel enregistré');
    const funnel = await prospecta(
      env,
      'run',
      '--json',
      '--out',
      path.join(root, 'out2'),
      '/funnel this-week',
    );
    expect(JSON.parse(funnel.stdout).data.stages).toMatchObject({ attempted: 1, appointment: 1 });
  }, 120_000);

  it("migrates a new database once, and explains a bad URL or an unreachable server in the user's language", async () => {
    const url = await cluster.createDatabase('mig');
    const first = await prospecta({ DATABASE_URL: url }, 'store', 'migrate');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('version 4 (4 étapes appliquées)');
    const second = await prospecta({ DATABASE_URL: url }, 'store', 'migrate', '--locale', 'en');
    expect(second.stdout).toContain('version 4 (no step to apply)');

    const bad = await prospecta({ DATABASE_URL: 'mysql://bob:pw@db/x' }, 'run', '/help');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('n’est pas une adresse PostgreSQL. Corrigez DATABASE_URL');
    const down = await prospecta(
      { DATABASE_URL: 'postgres://bob:hunter2@127.0.0.1:1/x' },
      'run',
      '/help',
      '--locale',
      'en',
    );
    expect(down.code).toBe(1);
    expect(down.stderr).toContain(
      'Prospecta cannot reach the PostgreSQL database postgres://bob:***@127.0.0.1:1/x',
    );
    expect(down.stderr).not.toContain('hunter2');
    const embedded = await prospecta({}, 'store', 'migrate');
    expect(embedded.code).toBe(2);
    expect(embedded.stderr).toContain('n’a pas de schéma à migrer');
  }, 120_000);
});
