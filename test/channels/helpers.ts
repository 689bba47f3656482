import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { type App, createApp, createAppBot } from '../../src/app.ts';
import { createAppHttpChannel } from '../../src/app-start.ts';
import type { HttpChannel } from '../../src/channels/teams/http-channel.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Bot } from '../../src/core/turn.ts';
import { testStoreEnv } from '../helpers/test-store.ts';

/** Saturday 28 Nov 2026, 10:00 in Paris: the same clock as the core tests. */
export const NOW = new Date('2026-11-28T09:00:00Z');

/** The web chat secret the test servers use (the app keeps one per data folder). */
export const WEBCHAT_KEY = 'test-key-0123456789abcdefghijklmnopqrstuv';

/** A real app on a temp data folder and the HTTP channel on 127.0.0.1 with a random port. */
export async function startHttp(
  env: Record<string, string> = {},
  opts: { dir?: string; acceptUnauthenticated?: boolean; webChatSecret?: string; clock?: () => Date } = {},
): Promise<{
  app: App;
  /** The bot the channel runs on (it reaches the channel's platforms). */
  bot: Bot;
  dir: string;
  channel: HttpChannel;
  origin: string;
  close(keep?: boolean): Promise<void>;
}> {
  const dir = opts.dir ?? (await mkdtemp(path.join(os.tmpdir(), 'prospecta-http-')));
  const loaded = loadConfig({
    PROSPECTA_DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    ...(env.DATABASE_URL === undefined && (await testStoreEnv(dir))),
    ...env,
  });
  // Port 0: the system picks a free one (config refuses 0, which is right for users).
  const config = { ...loaded, http: { ...loaded.http, port: 0 } };
  const app = await createApp(config, { logger: silentLogger, clock: opts.clock ?? (() => NOW) });
  const secret = 'webChatSecret' in opts ? opts.webChatSecret : WEBCHAT_KEY;
  // Assembled as the app does (the web chat hosted without credentials, the demo on ?team=demo).
  const channel = createAppHttpChannel(app, {
    // The Teams tests post Teams-shaped activities without credentials, as Bot Framework Emulator.
    acceptUnauthenticated: opts.acceptUnauthenticated ?? true,
    ...(secret !== undefined && { webChatSecret: secret }),
  });
  const bot = createAppBot(app, () => [channel]);
  await channel.start(bot);
  return {
    app,
    bot,
    dir,
    channel,
    origin: channel.origin,
    /** Stops the server; `keep` leaves the data folder for a restart. */
    async close(keep = false) {
      await channel.stop();
      await app.close();
      if (!keep) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The one Adaptive Card the bot answers `activity` with (expectReplies). */
export async function askCard<Card>(origin: string, activity: object): Promise<Card> {
  const res = await fetch(`${origin}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...activity, deliveryMode: 'expectReplies' }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { activities: { attachments: { content: Card }[] }[] };
  expect(body.activities).toHaveLength(1);
  return body.activities[0]?.attachments[0]?.content as Card;
}
