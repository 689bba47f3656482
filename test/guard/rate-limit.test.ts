import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, createApp, createAppBot } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Invocation } from '../../src/core/dispatch.ts';
import type { Bot } from '../../src/core/turn.ts';
import { DEFAULT_RATE_LIMITS, withRateLimit } from '../../src/guard/rate-limit.ts';

const say = (user: string, text: string, locale: 'fr' | 'en' = 'fr'): Invocation => ({
  channel: 'discord',
  teamId: 'discord:g1',
  teamName: 'G1',
  user: { id: `discord:${user}`, displayName: user },
  locale,
  input: { kind: 'text', text },
});

describe('rate limits per user and per team', () => {
  let dir: string;
  let app: App;
  let bot: Bot;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-rate-'));
    app = await createApp(loadConfig({ PROSPECTA_DATA_DIR: dir, LOG_LEVEL: 'silent' }));
    bot = createAppBot(app, () => []);
    await bot.handle(say('boss', '/prospect add name:Acme'));
  });
  afterEach(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("a burst of 100 commands from one user does not get ahead of another user's command", async () => {
    const done: string[] = [];
    const burst = Array.from({ length: 100 }, (_, i) =>
      bot.handle(say('spammer', `/log kind:call outcome:reached prospect:Acme note:"n${i}"`)).then((o) => {
        done.push(o.reply.error ? `limited-${i}` : `ran-${i}`);
        return o;
      }),
    );
    const other = bot.handle(say('alice', '/prospect list')).then((o) => {
      done.push('alice');
      return o;
    });
    const [outcomes, alice] = await Promise.all([Promise.all(burst), other]);
    expect(alice.reply.error).toBeUndefined();
    const ran = done.filter((d) => d.startsWith('ran-'));
    // Alice's command finished before most of the burst that ran: at most the two already running went first.
    expect(done.indexOf('alice')).toBeLessThan(done.indexOf(ran[ran.length - 1] as string));
    expect(
      done.slice(0, done.indexOf('alice')).filter((d) => d.startsWith('ran-')).length,
    ).toBeLessThanOrEqual(2);
    // Beyond the user's short line, the burst was answered "slow down" at once, in French.
    const limited = outcomes.filter((o) => o.reply.error);
    expect(ran.length).toBe(10);
    expect(limited).toHaveLength(90);
    expect(limited[0]?.reply.error?.code).toBe('rate_limited');
    expect(limited[0]?.reply.error?.message).toMatch(
      /^Doucement : vous avez envoyé beaucoup de commandes d’un coup\. Celle-ci n’a pas été exécutée ; renvoyez-la dans \d+ s\.$/,
    );
    // Nothing was saved for the limited ones.
    const logged = await bot.read('discord:g1', (v) => v.activities.size);
    expect(logged).toBe(10);
  });

  it('speaks English and limits the team as a whole too', async () => {
    // A smaller team limit than the default's 600 at once, so that the test stays short.
    const limited = withRateLimit(bot, {
      limits: { ...DEFAULT_RATE_LIMITS, perTeam: { burst: 50, refillMs: 60_000 } },
    });
    const users = Array.from({ length: 30 }, (_, i) => `rep${i}`);
    // 30 users × 5 = 150 commands > the team's 50 at once, each user within their own limits.
    const all = await Promise.all(
      users.flatMap((u) => Array.from({ length: 5 }, () => limited.handle(say(u, '/prospect list', 'en')))),
    );
    const codes = all.map((o) => o.reply.error?.code ?? 'ok');
    expect(codes.filter((c) => c === 'ok')).toHaveLength(50);
    expect(codes.filter((c) => c === 'rate_limited_team')).toHaveLength(100);
    const team = all.find((o) => o.reply.error?.code === 'rate_limited_team');
    expect(team?.reply.error?.message).toMatch(/^Slow down: your team is sending many commands right now\./);
  });

  it('leaves the terminal alone: its owner runs a script of many lines', async () => {
    const cli = (text: string): Invocation => ({
      ...say('me', text),
      channel: 'cli',
      user: { id: 'cli:me', displayName: 'me' },
    });
    const all = await Promise.all(Array.from({ length: 40 }, () => bot.handle(cli('/prospect list'))));
    expect(all.filter((o) => o.reply.error)).toHaveLength(0);
  });
});
