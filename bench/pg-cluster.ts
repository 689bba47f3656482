import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { chownSync, existsSync, readdirSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** A throw-away PostgreSQL server: its own folder and port, removed by `stop()`. */
export interface PgCluster {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  readonly url: string;
  /** A URL of a new, empty database on this server. */
  createDatabase(name?: string): Promise<string>;
  stop(): Promise<void>;
}

/** The newest `/usr/lib/postgresql/<n>/bin` holding `initdb` (Debian puts them off the PATH). */
export function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = versions[0];
  if (newest === undefined) {
    throw new Error(
      'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): the PostgreSQL store tests need it. ' +
        'Install it with `apt-get install -y --no-install-recommends postgresql`.',
    );
  }
  return join(root, newest, 'bin');
}

/** A TCP port free on 127.0.0.1 right now (the system's pick). */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

/** PostgreSQL refuses to run as root: then the cluster belongs to Debian's `postgres` user. */
async function runAs(): Promise<{ uid: number; gid: number } | null> {
  if (process.getuid?.() !== 0) return null;
  const { stdout: uid } = await run('id', ['-u', 'postgres']);
  const { stdout: gid } = await run('id', ['-g', 'postgres']);
  return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
}

/**
 * Starts a cluster in a temp folder on a free 127.0.0.1 port (`initdb` + `postgres`), trusting local
 * connections. For tests fsync is off (a test server that dies is thrown away, not recovered); the
 * bench asks for `durable` so that a commit costs what it costs in production (fsync, synchronous
 * commit), as the embedded store's fsyncs do.
 */
export async function startPgCluster(options: { durable?: boolean } = {}): Promise<PgCluster> {
  const bin = postgresBinDir();
  const owner = await runAs();
  const root = await mkdtemp(join(tmpdir(), 'prospecta-pg-'));
  const data = join(root, 'data');
  if (owner) chownSync(root, owner.uid, owner.gid);
  await chmod(root, 0o700);
  const spawnOpts = owner ? { uid: owner.uid, gid: owner.gid } : {};
  const port = await freePort();
  let server: ChildProcess | null = null;
  try {
    await new Promise<void>((resolve, reject) => {
      const init = spawn(
        join(bin, 'initdb'),
        ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync'],
        { ...spawnOpts, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let err = '';
      init.stderr?.on('data', (d: Buffer) => {
        err += d.toString();
      });
      init.once('error', reject);
      init.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`initdb failed: ${err}`))));
    });
    const args = ['-D', data, '-p', String(port), '-k', root, '-c', 'listen_addresses=127.0.0.1'];
    args.push('-c', 'max_connections=200');
    if (!options.durable) args.push('-c', 'fsync=off', '-c', 'full_page_writes=off');
    else args.push('-c', 'shared_buffers=256MB');
    server = spawn(join(bin, 'postgres'), args, { ...spawnOpts, stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    server.stderr?.on('data', (d: Buffer) => {
      log = (log + d.toString()).slice(-4000);
    });
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    await waitReady(url, server, () => log);
  } catch (err) {
    server?.kill('SIGKILL');
    await rm(root, { recursive: true, force: true });
    throw err;
  }
  const proc = server;
  // A run that ends without stop() (a crash, an interrupted test) must not leave a server behind.
  const orphaned = () => proc.kill('SIGQUIT');
  process.once('exit', orphaned);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let databases = 0;
  return {
    url,
    async createDatabase(name = `t${++databases}_${process.pid}`) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      // SIGQUIT: immediate shutdown; the folder goes anyway.
      const exited = new Promise<void>((resolve) => {
        if (proc.exitCode !== null) resolve();
        else proc.once('exit', () => resolve());
      });
      process.off('exit', orphaned);
      proc.kill('SIGQUIT');
      await exited;
      await rm(root, { recursive: true, force: true });
    },
  };
}

async function waitReady(url: string, server: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (server.exitCode !== null) throw new Error(`postgres exited: ${log()}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`postgres did not accept connections: ${log()}`);
}
