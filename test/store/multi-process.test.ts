import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { activity, initTeam, makeTempDir, removeDir } from './helpers.ts';

const writer = fileURLToPath(new URL('./fixtures/writer.ts', import.meta.url));

function runWriter(dir: string, teamId: string, prefix: string, count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dir, teamId, prefix, String(count)], {
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`writer ${prefix} exited ${code}: ${stderr}`)),
    );
  });
}

describe('two processes on one data folder', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir();
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  it('loses no write when two child processes and this one commit to the same team concurrently', async () => {
    const team = 'discord:1234';
    const perWriter = 200;
    // Generous wait: what is tested is that no write is lost, not latency on a busy CI machine.
    const store = await openStore({ dir, lockWaitMs: 30_000 });
    const mine = Promise.all(
      Array.from({ length: perWriter }, (_, i) =>
        store.transact(
          team,
          (tx) => tx.activities.put(activity(`parent-${i}`, '2024-02-05')),
          initTeam(team),
        ),
      ),
    );
    await Promise.all([runWriter(dir, team, 'c1', perWriter), runWriter(dir, team, 'c2', perWriter), mine]);
    // This process's cache must have picked up the children's writes too.
    const cached = await store.transact(team, (tx) => tx.activities.size);
    await store.close();

    const fresh = await openStore({ dir });
    const ids = await fresh.transact(team, (tx) => tx.activities.all().map((a) => a.id));
    await fresh.close();
    expect(cached).toBe(3 * perWriter);
    expect(ids).toHaveLength(3 * perWriter);
    expect(new Set(ids).size).toBe(3 * perWriter);
    for (const prefix of ['parent', 'c1', 'c2']) {
      expect(ids.filter((id) => id.startsWith(`${prefix}-`))).toHaveLength(perWriter);
    }
  }, 120_000);
});
