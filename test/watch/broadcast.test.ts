import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app.ts';
import { runTerminalCommand } from '../../src/cli/invoke.ts';
import { loadConfig } from '../../src/config.ts';
import { type ChannelLink, linksCollection } from '../../src/core/conversations/links.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Reply } from '../../src/core/reply.ts';
import { botFor, outletsOf } from '../helpers/terminal-bot.ts';

let app: App;
let dir: string;
afterEach(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

const start = async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-watch-'));
  app = await createApp(loadConfig({ PROSPECTA_DATA_DIR: dir }), {
    logger: silentLogger,
    clock: () => new Date('2026-11-28T09:00:00Z'),
  });
};
const who = { team: 'acme', user: 'alice', locale: undefined };
const textOf = (r: Reply) => r.blocks.flatMap((b) => (b.type === 'text' ? [b.text] : [])).join('\n');

describe('posting a watch note to the team channel', () => {
  it('in the terminal: prints the post with its rating explained once a channel is set', async () => {
    await start();
    const before = await runTerminalCommand(
      botFor(app),
      who,
      '/veille publier type:juridique titre:"Loi" texte:"Texte"',
    );
    expect(before.broadcast).toBeUndefined();
    expect(textOf(before)).toContain('Aucun canal d’équipe défini');
    await runTerminalCommand(botFor(app), who, '/canal définir');
    const r = await runTerminalCommand(
      botFor(app),
      who,
      '/veille publier type:concurrentielle titre:"Durand baisse ses prix" texte:"-10 %" fiabilité:B crédibilité:2',
    );
    const out = textOf(r);
    expect(out).toContain('Publiée dans le canal de l’équipe.');
    expect(out).toContain('Durand baisse ses prix · W-2');
    expect(out).toContain('B2 : source généralement fiable, information probablement vraie');
  });

  it('calls the poster of the link’s channel and confirms with the post’s link', async () => {
    await start();
    const posted: { teamId: string; link: ChannelLink; reply: Reply }[] = [];
    const handle = {
      channel: 'discord',
      conversationId: '2',
      messageId: '3',
      url: 'https://discord.com/channels/1/2/3',
    } as const;
    outletsOf(app).unshift({
      reaches: ['discord'],
      async post(teamId, link, reply) {
        posted.push({ teamId, link, reply });
        return handle;
      },
      update: async () => undefined,
      remove: async () => undefined,
    });
    await runTerminalCommand(botFor(app), who, '/help');
    await app.deps.store.transact('local:acme', (tx) =>
      tx.collection(linksCollection).put({
        id: 'posts:discord',
        channel: 'discord',
        purpose: 'posts',
        reference: { channelId: '2' },
        updatedAt: '2026-11-28T09:00:00.000Z',
      }),
    );
    const result = await botFor(app).broadcast('local:acme', {
      tone: 'success',
      visibility: 'private',
      blocks: [],
      followUps: [],
      broadcast: {
        tone: 'info',
        visibility: 'shared',
        blocks: [{ type: 'text', text: 'B2' }],
        followUps: [],
      },
    });
    expect(result).toEqual({
      posted: true,
      channel: 'discord',
      url: 'https://discord.com/channels/1/2/3',
      post: handle,
    });
    expect(posted.map((p) => [p.teamId, p.link.reference.channelId])).toEqual([['local:acme', '2']]);
  });
});
