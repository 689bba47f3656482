import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import type { App } from '../../app.ts';
import { registerPoster } from '../broadcast.ts';
import type { Channel } from '../channel.ts';
import { registerNotifier } from '../notices.ts';
import { discordNotifier } from './direct-message.ts';
import { PendingForms } from './forms.ts';
import { handleInteraction } from './handlers.ts';
import { LongButtons } from './long-buttons.ts';
import { discordPoster } from './post.ts';

/** Discord's gateway and REST, unless `DISCORD_API_URL` points the client at a local fake. */
function clientFor(apiUrl: string | undefined): Client {
  return new Client({
    // Slash commands need no privileged intent; Guilds gives server names for new teams.
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...(apiUrl && { rest: { api: apiUrl } }),
  });
}

/** The Discord channel, on when `DISCORD_TOKEN` and `DISCORD_APPLICATION_ID` are set. */
export function createDiscordChannel(app: App): Channel | undefined {
  const config = app.config.discord;
  if (!config) return undefined;
  const { logger } = app;
  const forms = new PendingForms();
  const buttons = new LongButtons();
  const inflight = new Set<Promise<void>>();
  let client: Client | undefined;
  let stopping = false;

  const onInteraction = (i: Interaction) => {
    if (stopping) return;
    const p = handleInteraction(i, { app, forms, buttons }).finally(() => inflight.delete(p));
    inflight.add(p);
  };

  return {
    name: 'discord',
    async start() {
      const c = clientFor(config.apiUrl);
      client = c;
      c.on(Events.InteractionCreate, onInteraction);
      registerPoster(app, 'discord', discordPoster(c, app));
      registerNotifier(app, 'discord', discordNotifier(c, app));
      // Without an `error` listener an emitted error would crash the process.
      c.on(Events.Error, (e) => logger.error('discord client error', { error: e.message }));
      c.on(Events.Warn, (m) => logger.warn('discord warning', { message: m }));
      c.on(Events.ShardReconnecting, (shard) => logger.warn('discord reconnecting', { shard }));
      c.on(Events.ShardResume, (shard, replayed) => logger.info('discord resumed', { shard, replayed }));
      c.on(Events.ShardDisconnect, (ev, shard) =>
        logger.warn('discord disconnected', { shard, code: ev.code }),
      );
      c.on(Events.ShardError, (e, shard) => logger.error('discord shard error', { shard, error: e.message }));
      const ready = new Promise<Client<true>>((resolve) => c.once(Events.ClientReady, resolve));
      await c.login(config.token);
      const me = await ready;
      logger.info('discord ready', { user: me.user.username, guilds: me.guilds.cache.size });
      return { where: `Discord as ${me.user.username}` };
    },
    async stop() {
      stopping = true;
      // Let answers being written finish (their store commits are durable once awaited).
      await Promise.allSettled([...inflight]);
      await client?.destroy();
      client = undefined;
    },
  };
}
