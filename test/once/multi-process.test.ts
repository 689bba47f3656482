import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { openAppStore } from '../../src/app-store.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { runTsx } from '../helpers/run-tsx.ts';

const deliver = fileURLToPath(new URL('./fixtures/deliver.ts', import.meta.url));

async function runDeliver(dir: string, count: number): Promise<unknown[]> {
  const run = await runTsx(deliver, [dir, String(count)]);
  if (run.code !== 0) throw new Error(`deliver exited ${run.code}: ${run.err}`);
  return JSON.parse(run.out) as unknown[];
}

it('three processes delivering the same 20 keys at once save 20 visits, each once', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-once-'));
  try {
    const runs = await Promise.all([runDeliver(dir, 20), runDeliver(dir, 20), runDeliver(dir, 20)]);
    const all = runs.flat();
    expect(all.filter((r) => r === 'saved')).toHaveLength(20);
    expect(all.filter((r) => r === true)).toHaveLength(40); // the repeats
    const store = await openAppStore(dir, silentLogger);
    const prospects = await store.transact('local:acme', (tx) =>
      tx.activities.all().map((a) => a.prospectId),
    );
    await store.close();
    expect(prospects).toHaveLength(20);
    expect(new Set(prospects).size).toBe(20);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}, 120_000);
