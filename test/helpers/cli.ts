import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';
import { testStoreSelection } from './test-store.ts';

const exec = promisify(execFile);
const BIN = path.resolve('bin/prospecta.js');

/**
 * The real `prospecta` command line on a data folder of its own, created before the file's tests
 * and removed after them. `dir()` reads the folder once the tests run.
 */
export function useCli(prefix: string) {
  let dir = '';
  let database: Record<string, string> = {};
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), prefix));
    const store = await testStoreSelection();
    database = store.engine === 'postgres' && store.url ? { DATABASE_URL: store.url } : {};
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** Runs `prospecta <args>` as alice, as a user or a script would. */
  async function prospecta(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const { stdout, stderr } = await exec(process.execPath, [BIN, ...args], {
        env: {
          ...process.env,
          PROSPECTA_DATA_DIR: dir,
          LOG_LEVEL: 'error',
          PROSPECTA_USER: 'alice',
          ...database,
        },
        timeout: 60_000,
      });
      return { code: 0, stdout, stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, stdout: err.stdout, stderr: err.stderr };
    }
  }

  /** Types lines into the real terminal chat (`npm start` today) and returns what it printed. */
  function chat(lines: string[]): Promise<{ code: number | null; out: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [BIN, 'chat', '--user', 'alice'], {
        env: { ...process.env, PROSPECTA_DATA_DIR: dir, LOG_LEVEL: 'error', ...database },
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
      });
      child.on('close', (code) => resolve({ code, out }));
      child.stdin.end(`${lines.join('\n')}\n`);
    });
  }

  /** The database the command line runs on with `PROSPECTA_TEST_STORE=postgres`; undefined: the data folder. */
  const databaseUrl = (): string | undefined => database.DATABASE_URL;
  return { dir: () => dir, databaseUrl, prospecta, chat };
}
