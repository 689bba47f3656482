import { spawn } from 'node:child_process';
import { cp, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDotEnv } from '../../src/env-file.ts';
import { projectRoot } from '../../src/project-root.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-env-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadDotEnv', () => {
  it('takes the variables of the file that the environment does not set, and keeps the environment’s', async () => {
    const file = path.join(dir, '.env');
    await writeFile(
      file,
      [
        '# a comment',
        'PORT=3990',
        'PROSPECTA_LOCALE=en',
        'DISCORD_TOKEN="abc def"',
        'LOG_LEVEL=debug',
        '',
      ].join('\n'),
    );
    const env: NodeJS.ProcessEnv = { LOG_LEVEL: 'warn' };
    expect(loadDotEnv(env, file).sort()).toEqual(['DISCORD_TOKEN', 'PORT', 'PROSPECTA_LOCALE']);
    expect(env).toEqual({
      PORT: '3990',
      PROSPECTA_LOCALE: 'en',
      DISCORD_TOKEN: 'abc def',
      LOG_LEVEL: 'warn',
    });
  });

  it('changes nothing when the file does not exist', () => {
    const env: NodeJS.ProcessEnv = {};
    expect(loadDotEnv(env, path.join(dir, 'missing.env'))).toEqual([]);
    expect(env).toEqual({});
  });
});

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** A copy of the project as a fresh clone has it (sources, bin, package.json), sharing node_modules. */
async function cloneProject(to: string): Promise<void> {
  const root = projectRoot();
  for (const entry of ['bin', 'src', 'commands', 'package.json', 'tsconfig.json'])
    await cp(path.join(root, entry), path.join(to, entry), { recursive: true });
  await symlink(await realpath(path.join(root, 'node_modules')), path.join(to, 'node_modules'));
}

/** Starts `prospecta start` in `cwd`, resolves with what it printed once the web chat listens. */
function start(cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn(process.execPath, ['bin/prospecta.js', 'start'], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => {
    err += String(d);
  });
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`not ready: ${out} ${err}`));
    }, 30_000);
    child.stdout.on('data', (d) => {
      out += String(d);
      if (out.includes('http://127.0.0.1:')) {
        clearTimeout(timer);
        child.once('exit', () => resolve(out));
        child.kill('SIGTERM');
      }
    });
  });
}

describe('.env at the project root, in a fresh clone', () => {
  it('`prospecta start` listens on the PORT of .env; a PORT in the real environment wins', async () => {
    await cloneProject(dir);
    const [fromFile, fromEnv] = [await freePort(), await freePort()];
    await writeFile(
      path.join(dir, '.env'),
      `PORT=${fromFile}\nPROSPECTA_DATA_DIR=${path.join(dir, 'data')}\n`,
    );
    const { PORT: _port, PROSPECTA_DATA_DIR: _data, ...env } = process.env;

    const byFile = await start(dir, env);
    expect(byFile).toContain(`http://127.0.0.1:${fromFile}`);

    const byEnv = await start(dir, { ...env, PORT: String(fromEnv) });
    expect(byEnv).toContain(`http://127.0.0.1:${fromEnv}`);
    expect(byEnv).not.toContain(`:${fromFile}`);
  }, 60_000);
});
