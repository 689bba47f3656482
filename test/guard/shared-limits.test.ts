import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, createApp, createAppBot } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Invocation } from '../../src/core/dispatch.ts';
import type { Bot } from '../../src/core/turn.ts';
import { DEFAULT_RATE_LIMITS } from '../../src/guard/rate-limit.ts';
import { RATE_POLICY } from '../../src/guard/rate-policy.ts';
import { flushSharedBuckets, rateBucketsCollection } from '../../src/guard/shared-team-bucket.ts';

const TEAM = 'local:shared';
const say = (channel: Invocation['channel'], user: string, text: string): Invocation => ({
  channel,
  teamId: TEAM,
  teamName: 'shared',
  user: { id: `${channel}:${user}`, displayName: user, roleHint: 'admin' },
  locale: 'fr',
  input: { kind: 'text', text },
});

/** A small team limit (10 at once, then one a minute), so that the test stays short. */
const SMALL = { ...DEFAULT_RATE_LIMITS, perTeam: { burst: 10, refillMs: 60_000 } };

describe('a team’s rate limit is shared by every process on the same data (replicas, terminals)', () => {
  let dir: string;
  let apps: App[];
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-shared-rate-'));
    apps = [];
    // The team, made without going through a limiter: its bucket starts full.
    const first = await open();
    await first.deps.store.transact(TEAM, () => undefined, {
      init: () => ({
        id: TEAM,
        name: 'shared',
        settings: { locale: 'fr', timeZone: 'Europe/Paris', currency: 'EUR' },
        createdAt: new Date().toISOString(),
      }),
    });
  });
  afterEach(async () => {
    for (const app of apps) await app.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function open(): Promise<App> {
    const app = await createApp(loadConfig({ PROSPECTA_DATA_DIR: dir, LOG_LEVEL: 'silent' }));
    apps.push(app);
    return app;
  }
  // The first command of a process waits for the shared bucket as long as it takes, so that the
  // counts do not depend on this machine's load (the app waits 1 s at most: a busy team's lock).
  const limited = (app: App): Bot => createAppBot(app, () => [], { limits: SMALL, sharedWaitMs: 60_000 });
  const codes = async (bot: Bot, inv: Invocation, n: number): Promise<string[]> => {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push((await bot.handle(inv)).reply.error?.code ?? 'ok');
    return out;
  };

  it('what one replica used, the other one sees: 10 commands in all, then "slow down"', async () => {
    const first = await open();
    const a = limited(first);
    expect(await codes(a, say('web', 'alice', '/prospect list'), 6)).toEqual(Array(6).fill('ok'));
    // The replica stops (what it took is written as it closes); another one on the same data has 4 left.
    await first.close();
    apps.splice(apps.indexOf(first), 1);
    const second = await open();
    const seen = await codes(limited(second), say('discord', 'bob', '/prospect list'), 6);
    expect(seen).toEqual(['ok', 'ok', 'ok', 'ok', 'rate_limited_team', 'rate_limited_team']);
    await flushSharedBuckets(second.deps.store);
    const kept = await second.deps.store.transact(TEAM, (tx) => tx.collection(rateBucketsCollection).all());
    expect(kept.map((k) => k.id)).toEqual(['team']);
    expect(kept[0]?.tokens).toBeLessThan(1);
  });

  it('two replicas running at once see each other’s commands within a sync', async () => {
    const one = await open();
    const two = await open();
    const a = limited(one);
    const b = limited(two);
    expect(await codes(a, say('teams', 'alice', '/prospect list'), 7)).toEqual(Array(7).fill('ok'));
    await flushSharedBuckets(one.deps.store);
    // The second replica's first command of the team reads the shared bucket: 3 left.
    const seen = await codes(b, say('web', 'bob', '/prospect list'), 4);
    expect(seen).toEqual(['ok', 'ok', 'ok', 'rate_limited_team']);
  });

  it('terminal processes count against the team and are refused beyond it, in the terminal’s words', async () => {
    const outcomes: string[] = [];
    // Eleven `prospecta run` in a row, each its own process on the same data folder.
    for (let i = 0; i < 11; i++) {
      const app = await open();
      const out = await limited(app).handle(say('cli', 'me', '/prospect list'));
      outcomes.push(out.reply.error?.code ?? 'ok');
      if (i === 10) expect(out.reply.error?.message).toMatch(/^Doucement : votre équipe envoie beaucoup/);
      await app.close();
      apps.pop();
    }
    expect(outcomes).toEqual([...Array(10).fill('ok'), 'rate_limited_team']);
  });

  it('one policy for every channel: the terminal’s own user is never held in a line', () => {
    expect(RATE_POLICY).toEqual({
      discord: { perUser: true, perTeam: true },
      teams: { perUser: true, perTeam: true },
      web: { perUser: true, perTeam: true },
      cli: { perUser: false, perTeam: true },
    });
  });
});
