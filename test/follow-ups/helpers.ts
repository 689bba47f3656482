import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type App, createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { dispatch } from '../../src/core/dispatch.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Reply } from '../../src/core/reply.ts';
import type { Locale, Role } from '../../src/domain/ids.ts';
import { type FollowUp, followUpsCollection } from '../../src/follow-ups/entities.ts';

/** Apps ("processes") on one data folder, sharing a clock the test moves. */
export async function followUpWorld(start: Date) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-follow-ups-'));
  const clock = { now: start };
  const apps: App[] = [];
  const open = async (): Promise<App> => {
    const app = await createApp(loadConfig({ PROSPECTA_DATA_DIR: dir }), {
      logger: silentLogger,
      clock: () => clock.now,
    });
    apps.push(app);
    return app;
  };
  const app = await open();
  /** A typed command as `user` (a terminal user `cli:<user>` unless the id has a prefix). */
  const run = (
    text: string,
    o: {
      user?: string;
      role?: Role;
      team?: string;
      locale?: Locale;
      via?: App;
      files?: Record<string, string>;
    } = {},
  ): Promise<Reply> => {
    const user = o.user ?? 'alice';
    const id = user.includes(':') ? user : `cli:${user}`;
    return dispatch(
      {
        channel: id.startsWith('web:') ? 'web' : 'cli',
        teamId: `local:${o.team ?? 'acme'}`,
        teamName: o.team ?? 'acme',
        user: { id, displayName: user.replace(/^.*:/, ''), ...(o.role && { roleHint: o.role }) },
        ...(o.locale && { locale: o.locale }),
        input: { kind: 'text', text },
        conversation: { id: 'terminal', reference: { conversation: { id: 'terminal' } } },
        resolveFile: async (ref) => {
          const content = o.files?.[ref];
          if (content === undefined) throw new Error(`no test file ${ref}`);
          return { name: ref, bytes: new TextEncoder().encode(content) };
        },
      },
      (o.via ?? app).deps,
    );
  };
  const followUps = (team = 'acme', via: App = app): Promise<FollowUp[]> =>
    via.deps.store.transact(`local:${team}`, (tx) => tx.collection(followUpsCollection).all());
  const close = async () => {
    await Promise.all(apps.splice(0).map((a) => a.close()));
    await rm(dir, { recursive: true, force: true });
  };
  return { dir, clock, app, open, run, followUps, close };
}
