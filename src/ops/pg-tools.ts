import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * A PostgreSQL client program (`pg_dump`, `pg_restore`): from PG_BIN_DIR, else the newest of
 * Debian's /usr/lib/postgresql/<version>/bin, else the PATH. The dump tool must be at least as new
 * as the server, which the newest installed usually is.
 */
export function pgTool(
  name: 'pg_dump' | 'pg_restore' | 'psql',
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (env.PG_BIN_DIR) return path.join(env.PG_BIN_DIR, name);
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+$/.test(v) && existsSync(path.join(root, v, 'bin', name)))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return versions[0] ? path.join(root, versions[0], 'bin', name) : name;
}

/** Runs a client program with the database URL; rejects with its stderr when it fails. */
export function runPgTool(tool: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
    });
    child.on('error', (e) =>
      reject(
        new Error(
          `${path.basename(tool)} could not start (${e.message}): install PostgreSQL's client programs or set PG_BIN_DIR`,
        ),
      ),
    );
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(tool)} failed (${code}): ${err.trim()}`)),
    );
  });
}

/** `--dbname=<url>` when a URL is given; without it the tools read the libpq variables (PGHOST…). */
const database = (url: string | undefined): string[] => (url ? [`--dbname=${url}`] : []);

/** `pg_dump` of the whole database in its custom format (compressed; restored with `pg_restore`). */
export const pgDump = (url: string | undefined, file: string): Promise<void> =>
  runPgTool(pgTool('pg_dump'), [
    '--format=custom',
    '--no-owner',
    '--no-privileges',
    `--file=${file}`,
    ...database(url),
  ]);

/** Restores a `pg_dump` file over the database in one transaction, dropping what it recreates first. */
export const pgRestore = (url: string | undefined, file: string): Promise<void> =>
  runPgTool(pgTool('pg_restore'), [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--no-privileges',
    '--single-transaction',
    ...database(url),
    file,
  ]);
