import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { commands } from '../../commands/index.ts';
import { openAppStore } from '../../src/app-store.ts';
import type { Registry } from '../../src/core/command.ts';
import { dispatch } from '../../src/core/dispatch.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { createRegistry } from '../../src/core/registry.ts';
import type { Reply } from '../../src/core/reply.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import type { Store } from '../../src/store/index.ts';

/** Who types a command on the demo team: Thomas Leroy, its manager, unless a test says otherwise. */
export interface DemoRun {
  user?: { id: string; displayName: string };
  locale?: 'fr' | 'en';
  team?: string;
  registry?: Registry;
}

/**
 * The demo team (`local:demo`) seeded once for the test file, in a data folder of its own that is
 * removed after; `store` is set before the file's tests run, `run` types a command at `now`.
 */
export function demoStore(
  name: string,
  now: Date,
): { readonly store: Store; run(text: string, as?: DemoRun): Promise<Reply> } {
  const registry = createRegistry(commands);
  const demo = {
    store: undefined as unknown as Store,
    run: (text: string, as: DemoRun = {}): Promise<Reply> => {
      const team = as.team ?? 'demo';
      return dispatch(
        {
          channel: 'cli',
          teamId: `local:${team}`,
          teamName: team,
          user: as.user ?? { id: 'demo:thomas', displayName: 'Thomas Leroy' },
          ...(as.locale && { locale: as.locale }),
          input: { kind: 'text', text },
        },
        { store: demo.store, registry: as.registry ?? registry, logger: silentLogger, clock: () => now },
      );
    },
  };
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
