import { Client, Events, GatewayIntentBits, type Interaction, Status } from 'discord.js';
import type { App } from '../../app.ts';
import type { Reply } from '../../core/reply.ts';
import type { Bot } from '../../core/turn.ts';
import type { Channel } from '../channel.ts';
import { discordNotifier } from './direct-message.ts';
import { PendingForms } from './forms.ts';
import { handleInteraction } from './handlers.ts';
import { LongButtons } from './long-buttons.ts';
import { discordPoster } from './post.ts';
import { clientShardOptions, describeShards, type ShardPlan } from './shards.ts';

/**
 * Discord's gateway and REST, unless `DISCORD_API_URL` points the client at a local fake. Sharding
 * is the client's own (`shards`, `shardCount`): one process keeps one store, bot and HTTP server
 * and opens a socket per shard; a ShardingManager would fork a process per shard, each starting
 * the whole app (its HTTP port, its schedulers). Replicas split the shards with DISCORD_SHARD_IDS.
 */
function clientFor(apiUrl: string | undefined, shards: ShardPlan): Client {
  return new Client({
    // Slash commands need no privileged intent; Guilds gives server names for new teams.
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...clientShardOptions(shards),
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
  let bot: Bot | undefined;
  let stopping = false;

  const onInteraction = (i: Interaction) => {
    if (stopping || !bot) return;
    const p = handleInteraction(i, { bot, forms, buttons }).finally(() => inflight.delete(p));
    inflight.add(p);
  };

  // Posts and notices before the client is up fail (logged by the core's effects) instead of waiting.
  const connected = (): Client => {
    if (!client) throw new Error('the Discord client is not connected');
    return client;
  };
  const render = (reply: Reply) => (bot ? bot.renderCharts(reply) : Promise.resolve([]));
  const poster = discordPoster(connected, render);

  return {
    name: 'discord',
    reaches: ['discord'],
    post: poster.post,
    update: poster.update,
    remove: poster.remove,
    notify: discordNotifier(connected, render),
    async start(b) {
      bot = b;
      const c = clientFor(config.apiUrl, config.shards ?? { count: 'auto' });
      client = c;
      c.on(Events.InteractionCreate, onInteraction);
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
      const shards = [...me.ws.shards.keys()].sort((a, b) => a - b);
      const count = me.options.shardCount ?? shards.length;
      logger.info('discord ready', { user: me.user.username, guilds: me.guilds.cache.size, shards, count });
      return {
        where: `Discord as ${me.user.username}${count > 1 ? ` (${describeShards(shards, count)})` : ''}`,
      };
    },
    health() {
      // Ready while every shard of this process is connected (a reconnecting shard misses events).
      const c = client;
      const down = c
        ? [...c.ws.shards.values()].filter((s) => s.status !== Status.Ready).map((s) => s.id)
        : [];
      if (!c?.isReady()) return { ok: false, detail: 'not connected' };
      return down.length === 0
        ? { ok: true, detail: 'connected' }
        : { ok: false, detail: `shards ${down.join(', ')} reconnecting` };
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
