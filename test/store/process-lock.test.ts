import { spawn } from 'node:child_process';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { dispatch } from '../../src/core/dispatch.ts';
import { createLogger } from '../../src/core/logger.ts';
import { createRegistry } from '../../src/core/registry.ts';
import { openStore } from '../../src/store/index.ts';
import { LockBusyError } from '../../src/store/process-lock.ts';
import { activity, initTeam, makeTempDir, removeDir, teamDir } from './helpers.ts';

const dieHolding = fileURLToPath(new URL('./fixtures/die-holding-lock.ts', import.meta.url));

function runToDeath(dir: string, teamId: string): Promise<NodeJS.Signals | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', dieHolding, dir, teamId], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve(signal));
  });
}

/** A transaction held open until `release()`: another process's long import, as this process sees it. */
function holdTeam(store: Awaited<ReturnType<typeof openStore>>, teamId: string) {
  let release = (): void => undefined;
  const released = new Promise<void>((r) => {
    release = r;
  });
  let entered = (): void => undefined;
  const held = new Promise<void>((r) => {
    entered = r;
  });
  const done = store.transact(teamId, async () => {
    entered();
    await released;
  });
  return { held, release, done };
}

describe('the team lock between processes', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir();
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  it('takes over at once a lock left by a process killed while holding it, and logs it', async () => {
    const team = 'discord:42';
    expect(await runToDeath(dir, team)).toBe('SIGKILL');
    // The dead process's lock is still there, and far from stale.
    const lockDir = `${teamDir(dir, team)}.lock`;
    await access(lockDir);
    const lines: string[] = [];
    // A wait bound far below the stale time: only the dead-holder check can free the lock in time.
    const store = await openStore({
      dir,
      lockWaitMs: 300,
      lockStaleMs: 600_000,
      logger: createLogger('warn', (l) => lines.push(l)),
    });
    const ids = await store.transact(team, (tx) => {
      tx.activities.put(activity('after', '2026-11-03'));
      return tx.activities.all().map((a) => a.id);
    });
    await store.close();
    expect(ids.sort()).toEqual(['after', 'before']);
    const takeover = lines
      .map((l) => JSON.parse(l))
      .find((l) => l.msg === 'store lock taken over from a dead process');
    expect(takeover).toMatchObject({ level: 'warn', lock: lockDir });
    expect(typeof takeover.pid).toBe('number');
  });

  it('answers team_busy, localized and with nothing written, while a live process keeps the team', async () => {
    const teamId = 'local:acme';
    const holder = await openStore({ dir });
    await holder.transact(teamId, () => undefined, initTeam(teamId));
    const { held, release, done } = holdTeam(holder, teamId);
    await held;
    // Another process: a second store on the same folder, with a short wait bound.
    const other = await openStore({ dir, lockWaitMs: 200 });
    await expect(other.transact(teamId, () => undefined)).rejects.toBeInstanceOf(LockBusyError);
    const deps = {
      store: other,
      registry: createRegistry(commands),
      logger: createLogger('silent'),
      clock: () => new Date(),
    };
    const inv = {
      channel: 'cli' as const,
      teamId,
      teamName: 'acme',
      user: { id: 'cli:alice', displayName: 'Alice', roleHint: 'admin' as const },
      input: { kind: 'text' as const, text: '/prospect add name:"Jeanne Dupont"' },
    };
    const fr = await dispatch({ ...inv, locale: 'fr' }, deps);
    const en = await dispatch({ ...inv, locale: 'en' }, deps);
    release();
    await done;
    expect(fr.error?.code).toBe('team_busy');
    expect(fr.error?.message).toBe(
      'L’équipe est occupée par un autre processus Prospecta (une importation, une autre commande) depuis plus de 1 s : rien n’a été enregistré. Réessayez dans un instant.',
    );
    expect(en.error?.message).toContain('The team is busy in another Prospecta process');
    const count = await other.transact(teamId, (tx) => tx.prospects.size);
    expect(count).toBe(0);
    await other.close();
    await holder.close();
  });

  it('leaves no owner file behind once a lock is released', async () => {
    const teamId = 'local:acme';
    const store = await openStore({ dir });
    await store.transact(teamId, () => undefined, initTeam(teamId));
    await store.close();
    await expect(access(join(`${teamDir(dir, teamId)}.lock`))).rejects.toThrow(/ENOENT/);
  });
});
