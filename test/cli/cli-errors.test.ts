import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const BIN = path.resolve('bin/prospecta.js');

async function prospecta(
  dataDir: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, ...args], {
      env: { ...process.env, PROSPECTA_DATA_DIR: dataDir, LOG_LEVEL: 'error', PROSPECTA_USER: 'alice' },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number | string; stdout: string; stderr: string };
    return { code: Number(err.code), stdout: err.stdout, stderr: err.stderr };
  }
}

const USAGE_FR =
  'Utilisation : prospecta [start|chat|run "<commande>"|demo|docs|store] [--data DOSSIER] [--team T] [--user U] [--locale fr|en] [--json] [--out DOSSIER] ; prospecta --help pour l’aide.';

describe('mistakes on the command line exit 2 with the usage line, never a stack trace', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-args-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    [['--bogus', 'run', '/aide'], 'Option --bogus inconnue.'],
    [['run', '/aide', '--team'], 'L’option --team attend une valeur, par ex. --team demo.'],
    [['--team', '', 'run', '/aide'], 'L’option --team est vide : donnez une valeur.'],
    [['--data', '/etc/hostname', 'run', '/aide'], '--data : /etc/hostname n’est pas un dossier.'],
    [['--out', '/dev/null', 'run', '/entonnoir'], '--out : /dev/null est dans un dossier système'],
    [['--data', '/proc/self', 'run', '/aide'], '--data : /proc/self est dans un dossier système'],
    [['--out', '/proc/self/fd', 'run', '/aide'], '--out : /proc/self/fd est dans un dossier système'],
  ])('prospecta %j', async (args, said) => {
    const r = await prospecta(dir, ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(said);
    expect(r.stderr).toContain(USAGE_FR);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('speaks English with --locale en', async () => {
    const r = await prospecta(dir, '--locale', 'en', '--wat');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'Unknown option --wat.\nUsage: prospecta [start|chat|run "<command>"|demo|docs|store]',
    );
  });

  it.each([
    [['--locale', 'de', 'run', '/aide']],
    [['run', '--locale=de', '/help']],
    [['--locale', 'de', '--help']],
  ])(
    'answers an unsupported --locale in French then English, naming the accepted values: %j',
    async (args) => {
      const r = await prospecta(dir, ...args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toEqual([
        'L’option --locale n’accepte pas « de » : choisissez fr (français) ou en (anglais), par ex. --locale fr.',
        USAGE_FR,
        'Option --locale does not take “de”: choose fr (French) or en (English), e.g. --locale en.',
        'Usage: prospecta [start|chat|run "<command>"|demo|docs|store] [--data DIR] [--team T] [--user U] [--locale fr|en] [--json] [--out DIR]; prospecta --help for help.',
      ]);
    },
  );

  it('answers an invalid environment in French then English, naming each variable, exit 2, no stack', async () => {
    const r = await exec(process.execPath, [BIN, 'run', '/aide'], {
      env: { ...process.env, PROSPECTA_DATA_DIR: dir, PROSPECTA_LOCALE: 'de', PORT: 'abc' },
      timeout: 60_000,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      'Configuration invalide (voir .env.example) :',
      '  PROSPECTA_LOCALE\u00a0: Option invalide : une valeur parmi "fr"|"en" attendue',
      '  PORT\u00a0: Entrée invalide : nombre attendu, NaN reçu',
      '',
      'Invalid configuration (see .env.example):',
      '  PROSPECTA_LOCALE: Invalid option: expected one of "fr"|"en"',
      '  PORT: Invalid input: expected number, received NaN',
    ]);
  });

  it('shows only a short prefix of a long unsupported --locale', async () => {
    const r = await prospecta(dir, '--locale', 'x'.repeat(5000), 'run', '/aide');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`« ${'x'.repeat(24)}… »`);
    expect(r.stderr.length).toBeLessThan(1000);
  });

  it('refuses a data folder that is a link into /proc', async () => {
    const link = path.join(dir, 'link');
    execFileSync('ln', ['-s', '/proc/self', link]);
    const r = await prospecta(dir, '--data', link, 'run', '/aide');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('est dans un dossier système');
  });
});

/** Whether this test may mount a small tmpfs (root with CAP_SYS_ADMIN): a real full or read-only disk. */
function canMount(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = execFileSync('mktemp', ['-d']).toString().trim();
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe]);
    return true;
  } catch {
    return false;
  } finally {
    execFileSync('rmdir', [probe]);
  }
}

describe.runIf(canMount())('a full or read-only data folder (a real tmpfs)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-disk-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir]);
  });
  afterEach(async () => {
    execFileSync('umount', [dir]);
    await rm(dir, { recursive: true, force: true });
  });

  it('says "disque plein" naming the file, writes nothing, and exits 1', async () => {
    expect((await prospecta(dir, 'run', '--team', 'acme', '/prospect ajouter nom:Acme')).code).toBe(0);
    // Fill the disk: what is left cannot hold the team's next file.
    const filler = path.join(dir, 'filler');
    await writeFile(filler, '').catch(() => undefined);
    execFileSync('sh', ['-c', `cat /dev/zero > ${filler} 2>/dev/null || true`]);
    const r = await prospecta(
      dir,
      'run',
      '--team',
      'acme',
      '--json',
      '/prospect ajouter nom:"Jeanne Dupont"',
    );
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.error.code).toBe('disk_full');
    expect(out.error.message).toMatch(
      /^Disque plein : le fichier \/.*\/teams\/local_acme-[0-9a-f]+\/\S+ n’a pas pu être écrit\. Rien n’a été enregistré/,
    );
    expect(out.error.message).not.toMatch(/\.tmp /);
    const en = await prospecta(dir, 'run', '--team', 'acme', '--locale', 'en', '/prospect add name:Zed');
    expect(en.code).toBe(1);
    expect(en.stdout).toContain('Disk full: the file');
    await rm(filler);
    const list = await prospecta(dir, 'run', '--team', 'acme', '/prospect liste');
    expect(list.stdout).toContain('Acme');
    expect(list.stdout).not.toContain('Jeanne');
    expect(list.stdout).not.toContain('Zed');
  }, 180_000);

  it('says plainly that the folder is read-only, and still runs the commands that only read', async () => {
    expect((await prospecta(dir, 'run', '--team', 'acme', '/prospect ajouter nom:Acme')).code).toBe(0);
    execFileSync('mount', ['-o', 'remount,ro', dir]);
    const read = await prospecta(dir, 'run', '--team', 'acme', '/prospect liste');
    expect(read.code).toBe(0);
    expect(read.stdout).toContain('Acme');
    expect((await prospecta(dir, 'run', '--team', 'acme', '/aide')).code).toBe(0);
    const write = await prospecta(dir, 'run', '--team', 'acme', '/prospect ajouter nom:Zed');
    expect(write.code).toBe(1);
    expect(write.stdout).toMatch(
      /^Le dossier de données est en lecture seule : le fichier \/.*\/teams\/local_acme-[0-9a-f]+\/\S+ ne peut pas être écrit\./,
    );
    expect(write.stderr).not.toMatch(/\n\s+at /);
  }, 180_000);
});
