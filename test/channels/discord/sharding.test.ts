import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createApp, createAppBot } from '../../../src/app.ts';
import type { Channel } from '../../../src/channels/channel.ts';
import { createDiscordChannel } from '../../../src/channels/discord/index.ts';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/core/logger.ts';
import { APP_ID, type FakeDiscord, startFakeDiscord } from './fake-discord.ts';
import { body, interactionPayload, opt, type Who } from './harness.ts';

// Discord's rule: (guild_id >> 22) % shard count. These two land on shards 0 and 1 of 2.
const GUILD_EVEN = String(500_000_000_000n << 22n);
const GUILD_ODD = String(500_000_000_001n << 22n);
const guilds = [
  { id: GUILD_EVEN, name: 'Équipe Lyon' },
  { id: GUILD_ODD, name: 'Équipe Nantes' },
];
const alice: Who = { id: '5001', username: 'alice', locale: 'fr' };

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-shards-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function fakeWith(opts: Parameters<typeof startFakeDiscord>[0]): Promise<FakeDiscord> {
  const fake = await startFakeDiscord(opts);
  cleanups.push(() => fake.close());
  return fake;
}

/** One `prospecta start`-like process: a real app on `dir` and its Discord channel. */
async function startReplica(fake: FakeDiscord, dir: string, env: Record<string, string> = {}) {
  const config = loadConfig({
    PROSPECTA_DATA_DIR: dir,
    DISCORD_TOKEN: 'test-token',
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_API_URL: fake.api,
    LOG_LEVEL: 'silent',
    CHART_THREADS: '1',
    ...env,
  });
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('info', (line) => logs.push(JSON.parse(line)));
  const app = await createApp(config, { clock: () => new Date('2026-11-28T09:00:00Z'), logger });
  const channel = createDiscordChannel(app) as Channel;
  const started = await channel.start(createAppBot(app, () => [channel]));
  cleanups.push(async () => {
    await channel.stop();
    await app.close();
  });
  return { app, channel, started, logs };
}

const logCall = (guild: string, prospect: string) =>
  interactionPayload(2, alice, guild, {
    id: '9000',
    name: 'log',
    type: 1,
    options: [opt('kind', 'call'), opt('outcome', 'reached'), opt('prospect', prospect)],
  });

/** Sends an interaction; resolves once answered, with every answer it got by then. */
async function answersTo(fake: FakeDiscord, payload: ReturnType<typeof logCall>) {
  const callback = `/api/v10/interactions/${payload.id}/${payload.token}/callback`;
  const first = fake.waitFor((r) => r.path === callback);
  const sockets = fake.dispatchInteraction(payload);
  await first;
  return { sockets, answers: fake.requests.filter((r) => r.path === callback) };
}

describe('Discord sharding', () => {
  test('with Discord recommending 2 shards, one process identifies both and each takes its own guilds', async () => {
    const fake = await fakeWith({ guilds, shards: 2, maxConcurrency: 2 });
    const { channel, started, app } = await startReplica(fake, await tempDir());
    expect(started.where).toBe('Discord as prospecta-bot (shards 0, 1 of 2)');
    expect(fake.identifies().sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(channel.health?.()).toEqual({ ok: true, detail: 'connected' });

    for (const [guild, prospect] of [
      [GUILD_EVEN, 'Boulangerie Martin'],
      [GUILD_ODD, 'Garage Dupont'],
    ] as const) {
      const { sockets, answers } = await answersTo(fake, logCall(guild, prospect));
      expect(sockets).toBe(1);
      expect(answers).toHaveLength(1);
      expect(body(answers[0] as never).data.embeds[0].title).toBe('Appel enregistré');
    }
    const saved = async (guild: string) =>
      app.deps.store.transact(`discord:${guild}`, (tx) => tx.activities.all().map((a) => a.prospectId));
    expect(await saved(GUILD_EVEN)).toHaveLength(1);
    expect(await saved(GUILD_ODD)).toHaveLength(1);
  });

  test('two replicas on one data folder split 2 shards with DISCORD_SHARD_IDS; every interaction is answered once', async () => {
    const fake = await fakeWith({ guilds, shards: 1 });
    const dir = await tempDir();
    const first = await startReplica(fake, dir, { DISCORD_SHARDS: '2', DISCORD_SHARD_IDS: '0' });
    const second = await startReplica(fake, dir, { DISCORD_SHARDS: '2', DISCORD_SHARD_IDS: '1' });
    expect(first.started.where).toBe('Discord as prospecta-bot (shard 0 of 2)');
    expect(second.started.where).toBe('Discord as prospecta-bot (shard 1 of 2)');
    // The explicit total wins over Discord's recommendation (1 here).
    expect(fake.identifies()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    // Each replica's shard brought it one guild.
    for (const [replica, shard] of [
      [first, 0],
      [second, 1],
    ] as const) {
      expect(replica.logs.find((l) => l.msg === 'discord ready')).toMatchObject({
        guilds: 1,
        shards: [shard],
        count: 2,
      });
    }

    const payloads = Array.from({ length: 6 }, (_, i) =>
      logCall(i % 2 === 0 ? GUILD_EVEN : GUILD_ODD, `Prospect ${i}`),
    );
    const results = await Promise.all(payloads.map((p) => answersTo(fake, p)));
    expect(results.map((r) => r.sockets)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(results.map((r) => r.answers.length)).toEqual([1, 1, 1, 1, 1, 1]);
    // Both replicas wrote to the one data folder: each reads the other's team.
    for (const replica of [first, second]) {
      for (const guild of [GUILD_EVEN, GUILD_ODD]) {
        const names = await replica.app.deps.store.transact(`discord:${guild}`, (tx) =>
          tx.prospects
            .all()
            .map((p) => p.name)
            .sort(),
        );
        expect(names).toEqual(
          guild === GUILD_EVEN
            ? ['Prospect 0', 'Prospect 2', 'Prospect 4']
            : ['Prospect 1', 'Prospect 3', 'Prospect 5'],
        );
      }
    }
  });
});

describe('DISCORD_SHARDS and DISCORD_SHARD_IDS', () => {
  const discord = { DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: APP_ID };
  const shards = (env: Record<string, string>) => loadConfig({ ...discord, ...env }).discord?.shards;

  test('unset or auto: Discord’s recommendation, every shard', () => {
    expect(shards({})).toEqual({ count: 'auto' });
    expect(shards({ DISCORD_SHARDS: 'auto' })).toEqual({ count: 'auto' });
  });

  test('a total alone runs every shard; ids and ranges pick this replica’s part', () => {
    expect(shards({ DISCORD_SHARDS: '3' })).toEqual({ count: 3, ids: [0, 1, 2] });
    expect(shards({ DISCORD_SHARDS: '8', DISCORD_SHARD_IDS: '6, 0-2' })).toEqual({
      count: 8,
      ids: [0, 1, 2, 6],
    });
  });

  test('refuses ids without a total, ids beyond it, and malformed values, naming the variable', () => {
    expect(() => shards({ DISCORD_SHARD_IDS: '0' })).toThrow(
      /DISCORD_SHARD_IDS: needs DISCORD_SHARDS, the total number of shards, set to the same number on every replica/,
    );
    expect(() => shards({ DISCORD_SHARDS: '2', DISCORD_SHARD_IDS: '1,2,3' })).toThrow(
      /DISCORD_SHARD_IDS: 2, 3 not below DISCORD_SHARDS=2 \(shard ids run from 0 to 1\)/,
    );
    expect(() => shards({ DISCORD_SHARDS: '4', DISCORD_SHARD_IDS: '3-1' })).toThrow(
      /DISCORD_SHARD_IDS: the range 3-1 goes backwards \(write 1-3\)/,
    );
    expect(() => shards({ DISCORD_SHARDS: '0' })).toThrow(
      /DISCORD_SHARDS: auto, or the total number of shards/,
    );
    expect(() => shards({ DISCORD_SHARDS: '2', DISCORD_SHARD_IDS: 'first' })).toThrow(
      /DISCORD_SHARD_IDS: shard ids like 0,1 or 0-3/,
    );
  });
});
