import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openAppStore } from '../../src/app-store.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import type { Store } from '../../src/store/index.ts';

/**
 * The demo team (`local:demo`) seeded once for the test file, in a data folder of its own that is
 * removed after; `store` is set before the file's tests run.
 */
export function demoStore(name: string, now: Date): { readonly store: Store } {
  const demo = { store: undefined as unknown as Store };
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), `prospecta-${name}-`));
    demo.store = await openAppStore(dir, silentLogger);
    await seedDemo(demo.store, { team: 'demo', now });
  });
  afterAll(async () => {
    await demo.store?.close();
    await rm(dir, { recursive: true, force: true });
  });
  return demo;
}
