import type { App } from '../app.ts';
import { createFollowUpScheduler } from '../follow-ups/scheduler.ts';
import { createDigestScheduler } from '../watch/scheduler.ts';
import type { Channel } from './channel.ts';
import { createDiscordChannel } from './discord/index.ts';
import { createHttpChannel } from './teams/http-channel.ts';

/** Makes a channel when its configuration is present; undefined when it is off. */
export type ChannelFactory = (app: App) => Channel | undefined;

/** The channels `prospecta start` can run, each on when configured. */
const factories: readonly ChannelFactory[] = [
  createDiscordChannel,
  createHttpChannel,
  createDigestScheduler,
  createFollowUpScheduler,
];

/**
 * Starts every configured channel; the start-up log says which run and where. When one cannot
 * start (a port in use, a refused token), those already started are stopped before the error goes
 * on, so the process can exit instead of half-running.
 */
export async function startChannels(app: App): Promise<Channel[]> {
  const channels = factories.map((make) => make(app)).filter((c): c is Channel => c !== undefined);
  const started: Channel[] = [];
  for (const channel of channels) {
    try {
      const { where } = await channel.start();
      started.push(channel);
      app.logger.info('channel started', { channel: channel.name, where });
      console.log(`✓ ${channel.name}: ${where}`);
    } catch (e) {
      for (const running of started.reverse()) await running.stop().catch(() => undefined);
      throw e;
    }
  }
  return channels;
}
