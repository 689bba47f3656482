import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { commands } from '../../commands/index.ts';
import { openAppStore } from '../../src/app-store.ts';
import { dispatch, type Invocation } from '../../src/core/dispatch.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { createRegistry } from '../../src/core/registry.ts';
import type { Reply } from '../../src/core/reply.ts';
import type { Locale, Role } from '../../src/domain/ids.ts';
import type { Store } from '../../src/store/types.ts';
import { databaseRows, testStoreSelection } from './test-store.ts';

/** A real core on a temporary data folder, with a fixed clock: Saturday 28 Nov 2026, 10:00 Paris. */
export async function createTestCore(now = new Date('2026-11-28T09:00:00Z')) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-core-'));
  const selection = await testStoreSelection();
  const store: Store = await openAppStore(dir, silentLogger, selection);
  const deps = { store, registry: createRegistry(commands), logger: silentLogger, clock: () => now };
  const run = (
    text: string,
    o: {
      team?: string;
      user?: string;
      locale?: Locale;
      role?: Role;
      groups?: string[];
      files?: Record<string, Uint8Array>;
    } = {},
  ): Promise<Reply> => {
    const user = o.user ?? 'alice';
    const inv: Invocation = {
      channel: 'cli',
      teamId: `local:${o.team ?? 'acme'}`,
      teamName: o.team ?? 'acme',
      user: {
        id: `cli:${user}`,
        displayName: user[0]?.toUpperCase() + user.slice(1),
        ...(o.role && { roleHint: o.role }),
        ...(o.groups && { groups: o.groups }),
      },
      ...(o.locale && { locale: o.locale }),
      input: { kind: 'text', text },
      resolveFile: async (ref) => {
        const bytes = o.files?.[ref];
        if (!bytes) throw new Error(`no test file ${ref}`);
        return { name: ref, bytes };
      },
    };
    return dispatch(inv, deps);
  };
  /** Every file of the data folder with its bytes (and every row of the database): to prove that a failed command wrote nothing. */
  const snapshot = async (): Promise<Record<string, string>> => {
    const out: Record<string, string> = {};
    const walk = async (d: string): Promise<void> => {
      for (const e of await readdir(d, { withFileTypes: true }).catch(() => [])) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) await walk(p);
        else if (!e.name.endsWith('.lock'))
          out[path.relative(dir, p)] = (await readFile(p)).toString('base64');
      }
    };
    await walk(dir);
    return selection.engine === 'postgres' && selection.url
      ? { ...out, ...(await databaseRows(selection.url)) }
      : out;
  };
  const close = async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  };
  /** The same data opened again, as a restarted process would (the folder, and the database if any). */
  const reopen = (): Promise<Store> => openAppStore(dir, silentLogger, selection);
  return { dir, store, deps, run, snapshot, close, reopen };
}
