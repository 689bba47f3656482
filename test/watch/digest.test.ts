import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app.ts';
import { runTerminalCommand } from '../../src/cli/invoke.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Reply } from '../../src/core/reply.ts';
import { latestDigestSlot } from '../../src/watch/schedule.ts';
import { runDueDigests } from '../../src/watch/scheduler.ts';
import { botFor, outletsOf } from '../helpers/terminal-bot.ts';

let dir: string;
let now = new Date('2026-11-23T09:00:00Z');
const apps: App[] = [];
const open = async () => {
  const app = await createApp(loadConfig({ PROSPECTA_DATA_DIR: dir }), {
    logger: silentLogger,
    clock: () => now,
  });
  apps.push(app);
  return app;
};
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.close()));
  await rm(dir, { recursive: true, force: true });
});
const as = (user: string) => ({ team: 'acme', user, locale: undefined });

/** Three notes of the week of 23 Nov 2026, scored 11, 14 and 14 (see digestScore). */
async function seedWeek(app: App) {
  const run = (user: string, text: string) => runTerminalCommand(botFor(app), as(user), text);
  await run('alice', '/canal définir');
  now = new Date('2026-11-23T10:00:00Z');
  await run(
    'alice',
    '/veille publier type:juridique titre:"Loi" texte:"Consentement" fiabilité:A crédibilité:1',
  );
  now = new Date('2026-11-27T10:00:00Z');
  await run('alice', '/veille publier type:concurrentielle titre:"Durand" texte:"Prix en baisse"');
  for (const u of ['bob', 'carol', 'dave']) await run(u, '/veille utile W-2');
  now = new Date('2026-11-28T10:00:00Z');
  await run(
    'alice',
    '/veille publier type:concurrentielle titre:"Salon" texte:"Stand" fiabilité:B crédibilité:2',
  );
}

describe('watch digest', () => {
  it('ranks by usefulness, rating and recency, counts by type and charts notes per week', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-digest-'));
    const app = await open();
    await seedWeek(app);
    const r = await runTerminalCommand(
      botFor(app),
      as('alice'),
      '/veille synthèse période:2026-11-23..2026-11-29',
    );
    expect(r.error).toBeUndefined();
    expect(r.data?.notes).toEqual([
      { id: 'W-3', score: 14, useful: 0 },
      { id: 'W-2', score: 14, useful: 3 },
      { id: 'W-1', score: 11, useful: 0 },
    ]);
    expect(r.data?.counts).toEqual({ legal: 1, competitive: 2 });
    const chart = r.blocks.find((b) => b.type === 'chart');
    expect(chart?.type === 'chart' && chart.spec.type === 'bar' && chart.spec.series).toEqual([
      { label: 'Juridique', values: [1] },
      { label: 'Concurrentielle', values: [2] },
    ]);
  });

  it('the weekly slot is Monday 09:00 team time, covering the previous Monday–Sunday', () => {
    const slot = latestDigestSlot(
      { digestWeekday: 1, digestTime: '09:00' },
      'Europe/Paris',
      new Date('2026-12-02T12:00:00Z'),
    );
    expect(slot.at.toISOString()).toBe('2026-11-30T08:00:00.000Z');
    expect(slot.period).toEqual({ from: '2026-11-23', to: '2026-11-29' });
  });

  it('posts the weekly digest once, not again after a restart, and the next week again', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-digest-'));
    now = new Date('2026-11-23T09:00:00Z'); // the team starts after that Monday's slot
    let app = await open();
    await seedWeek(app);
    const posts: Reply[] = [];
    const capture = (a: App) =>
      outletsOf(a).unshift({
        reaches: ['cli'],
        async post(_team, _link, reply) {
          posts.push(reply);
          return undefined;
        },
        update: async () => undefined,
        remove: async () => undefined,
      });
    capture(app);
    now = new Date('2026-11-30T07:59:00Z'); // 08:59 in Paris: not yet
    expect(await runDueDigests(botFor(app), now)).toEqual([]);
    now = new Date('2026-11-30T08:00:00Z');
    expect(await runDueDigests(botFor(app), now)).toEqual(['local:acme']);
    expect(await runDueDigests(botFor(app), now)).toEqual([]);
    await app.close();
    app = await open();
    capture(app);
    now = new Date('2026-11-30T09:30:00Z');
    expect(await runDueDigests(botFor(app), now)).toEqual([]);
    expect(posts.map((p) => p.title)).toEqual(['Synthèse de veille du 23 nov. 2026 au 29 nov. 2026']);
    now = new Date('2026-12-07T08:01:00Z');
    expect(await runDueDigests(botFor(app), now)).toEqual(['local:acme']);
    expect(posts[1]?.blocks).toEqual([
      { type: 'text', text: 'Aucune note de veille du 30 nov. 2026 au 6 déc. 2026.' },
    ]);
  });
});
