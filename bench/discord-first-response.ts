import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApp, createAppBot } from '../src/app.ts';
import type { Channel } from '../src/channels/channel.ts';
import { createDiscordChannel } from '../src/channels/discord/index.ts';
import { loadConfig } from '../src/config.ts';
import { silentLogger } from '../src/core/logger.ts';
import { APP_ID, startFakeDiscord } from '../test/channels/discord/fake-discord.ts';
import { interactionPayload, opt } from '../test/channels/discord/harness.ts';
import { pct, type Row } from './row.ts';

const CONCURRENT = 20;
/** One server each: concurrent interactions come from many teams (one team's commands queue on its lock). */
const guildOf = (n: number): string => String(2_000_000_000_000_000_001n + BigInt(n));

/**
 * Discord's 3 s rule under load: 20 interactions at once against the fake Discord on 127.0.0.1
 * (the real discord.js client), one of them slow (a chart); the time from the gateway event to
 * the first response each one gets (a reply or a deferral), over `rounds` rounds.
 */
export async function benchDiscordFirstResponse(opts: { rounds: number }): Promise<Row[]> {
  const guilds = Array.from({ length: CONCURRENT }, (_, n) => ({ id: guildOf(n), name: `Bench ${n}` }));
  const fake = await startFakeDiscord({ guilds });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-bench-discord-'));
  const config = loadConfig({
    PROSPECTA_DATA_DIR: dir,
    DISCORD_TOKEN: 'bench-token',
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_API_URL: fake.api,
    LOG_LEVEL: 'silent',
  });
  const app = await createApp(config, { logger: silentLogger });
  const channel = createDiscordChannel(app) as Channel;
  await channel.start(createAppBot(app, () => [channel]));
  const reps = Array.from({ length: CONCURRENT }, (_, n) => ({ id: String(7000 + n), username: `rep${n}` }));
  const log = (who: (typeof reps)[number], n: number) =>
    interactionPayload(2, who, guildOf(reps.indexOf(who)), {
      id: '9000',
      name: 'log',
      type: 1,
      options: [opt('kind', 'call'), opt('outcome', 'reached'), opt('prospect', `Prospect ${n % 7}`)],
    });
  const funnel = (who: (typeof reps)[number]) =>
    interactionPayload(2, who, guildOf(reps.indexOf(who)), {
      id: '9001',
      name: 'funnel',
      type: 1,
      options: [opt('share', true, 5)],
    });
  const firstResponse = async (payload: { id: string; token: string }): Promise<number> => {
    const answered = fake.waitFor(
      (r) => r.path === `/api/v10/interactions/${payload.id}/${payload.token}/callback`,
      30_000,
    );
    const t0 = performance.now();
    fake.dispatchInteraction(payload);
    await answered;
    return performance.now() - t0;
  };
  try {
    // The team and its members exist, as in a team using the bot (the first command creates them).
    for (const [n, who] of reps.entries()) await firstResponse(log(who, n));
    const times: number[] = [];
    let slowest = 0;
    for (let round = 0; round < opts.rounds; round++) {
      const payloads = reps.map((who, n) => (n === 0 ? funnel(who) : log(who, n + round)));
      const t = await Promise.all(payloads.map(firstResponse));
      times.push(...t);
      slowest = Math.max(slowest, t[0] ?? 0);
      // Let the chart's edit finish before the next round.
      await new Promise((r) => setTimeout(r, 500));
    }
    const p99 = pct(times, 0.99);
    return [
      {
        metric: `first Discord response p99, ${CONCURRENT} concurrent interactions from 20 servers, one slow (a chart) — ${times.length} interactions; the slow one's worst ${slowest.toFixed(0)} ms`,
        value: `${p99.toFixed(1)} ms`,
        target: '≤ 300 ms',
        ok: p99 <= 300,
      },
    ];
  } finally {
    await channel.stop();
    await app.close();
    await fake.close();
    await rm(dir, { recursive: true, force: true });
  }
}
