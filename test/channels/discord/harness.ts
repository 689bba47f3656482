import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApp, createAppBot } from '../../../src/app.ts';
import type { Channel } from '../../../src/channels/channel.ts';
import { createDiscordChannel } from '../../../src/channels/discord/index.ts';
import { loadConfig } from '../../../src/config.ts';
import type { Logger } from '../../../src/core/logger.ts';
import { testStoreEnv } from '../../helpers/test-store.ts';
import { APP_ID, type Recorded, startFakeDiscord } from './fake-discord.ts';

export const GUILD_A = '2000000000000000001';
export const GUILD_B = '2000000000000000002';

export interface Who {
  id: string;
  username: string;
  nick?: string;
  globalName?: string;
  /** Discord permission bitfield: 0 for a plain member, 32 Manage Server. */
  permissions?: string;
  locale?: string;
}

// biome-ignore lint/suspicious/noExplicitAny: recorded payloads are arbitrary JSON, checked by the assertions.
export type Json = any;

/** The answer to an interaction as recorded: its callback type and data. */
export const body = (r: Recorded) => r.body as { type: number; data?: Json };

let counter = 0;

/** A gateway INTERACTION_CREATE payload as Discord sends it (see discord-offline.md). */
export function interactionPayload(
  type: 2 | 3 | 4 | 5,
  who: Who,
  guildId: string | null,
  data: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) {
  const n = ++counter;
  const user = {
    id: who.id,
    username: who.username,
    discriminator: '0',
    avatar: null,
    global_name: who.globalName ?? null,
  };
  return {
    id: String(4_000_000_000_000_000_000n + BigInt(n)),
    application_id: APP_ID,
    type,
    token: `tok${n}`,
    version: 1,
    data,
    ...(guildId
      ? {
          guild_id: guildId,
          channel_id: '3001',
          channel: { id: '3001', type: 0, guild_id: guildId },
          member: {
            user,
            nick: who.nick ?? null,
            roles: [],
            permissions: who.permissions ?? '0',
            joined_at: '2024-01-01T00:00:00Z',
            deaf: false,
            mute: false,
            flags: 0,
          },
          authorizing_integration_owners: { '0': guildId },
          context: 0,
        }
      : {
          user,
          channel_id: '3002',
          channel: { id: '3002', type: 1 },
          authorizing_integration_owners: { '1': who.id },
          context: 1,
        }),
    app_permissions: '8',
    locale: who.locale ?? 'fr',
    entitlements: [],
    ...extra,
  };
}

/** A real core on a temp folder, the real Discord channel, and the fake Discord it talks to. */
export async function startDiscordHarness(now = new Date('2026-11-28T09:00:00Z'), logger?: Logger) {
  const fake = await startFakeDiscord({ guilds: [{ id: GUILD_A, name: 'Équipe Lyon' }] });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-discord-'));
  const config = loadConfig({
    PROSPECTA_DATA_DIR: dir,
    DISCORD_TOKEN: 'test-token',
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_API_URL: fake.api,
    LOG_LEVEL: 'silent',
    CHART_THREADS: '1',
    ...(await testStoreEnv(dir)),
  });
  const app = await createApp(config, { clock: () => now, ...(logger && { logger }) });
  const channel = createDiscordChannel(app) as Channel;
  const bot = createAppBot(app, () => [channel]);
  const started = await channel.start(bot);

  /** Sends an interaction and resolves with the first answer to it (callback POST). */
  const interact = async (payload: ReturnType<typeof interactionPayload>): Promise<Recorded> => {
    const answer = fake.waitFor(
      (r) => r.path === `/api/v10/interactions/${payload.id}/${payload.token}/callback`,
    );
    fake.dispatchInteraction(payload);
    return answer;
  };
  /** The next edit of the original answer of `payload` (after a deferral). */
  const edited = (payload: { token: string }): Promise<Recorded> =>
    fake.waitFor(
      (r) =>
        r.method === 'PATCH' &&
        r.path === `/api/v10/webhooks/${APP_ID}/${payload.token}/messages/%40original`,
    );

  const close = async () => {
    await channel.stop();
    await app.close();
    await fake.close();
    await rm(dir, { recursive: true, force: true });
  };
  return { fake, app, bot, channel, started, interact, edited, close, dir };
}

export type DiscordHarness = Awaited<ReturnType<typeof startDiscordHarness>>;

/** A slash command option as Discord sends it. */
export const opt = (name: string, value: string | number | boolean, type = 3) => ({ name, type, value });

/** The bot's own ephemeral message, as Discord attaches it to a click on one of its buttons. */
export const botMessage = (id: string) => ({
  id,
  channel_id: '3001',
  author: { id: APP_ID, username: 'bot', discriminator: '0', avatar: null, bot: true },
  content: '',
  embeds: [],
  attachments: [],
  components: [],
  timestamp: new Date().toISOString(),
  type: 20,
  flags: 64,
});

/** A click by `who` on the button `customId` of the bot's message `messageId`. */
export const buttonClick = (who: Who, guildId: string | null, customId: string, messageId: string) =>
  interactionPayload(
    3,
    who,
    guildId,
    { custom_id: customId, component_type: 2 },
    { message: botMessage(messageId) },
  );
