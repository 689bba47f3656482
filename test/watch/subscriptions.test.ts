import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app.ts';
import { runTerminalCommand } from '../../src/cli/invoke.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Reply } from '../../src/core/reply.ts';
import { botFor, outletsOf } from '../helpers/terminal-bot.ts';

let app: App;
let dir: string;
afterEach(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});
const as = (user: string, team = 'acme') => ({ team, user, locale: undefined });

describe('/watch subscribe', () => {
  it('tells each matching subscriber privately, once, never the author nor another team', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-subs-'));
    app = await createApp(loadConfig({ PROSPECTA_DATA_DIR: dir }), { logger: silentLogger });
    const told: [string, string, Reply][] = [];
    outletsOf(app).unshift({
      reaches: ['cli'],
      notify: async (teamId, memberId, reply) => {
        told.push([teamId, memberId, reply]);
        return true;
      },
    });
    const run = (user: string, text: string, team?: string) =>
      runTerminalCommand(botFor(app), as(user, team), text);
    const sub = await run('bob', '/veille suivre concurrent:durand tag:#Prix');
    expect(sub.data?.subscriptions).toEqual([
      { kind: 'tag', value: 'Prix' },
      { kind: 'competitor', value: 'durand' },
    ]);
    await run('carol', '/watch subscribe type:legal');
    await run('alice', '/watch subscribe competitor:Durand');
    await run('dave', '/watch subscribe competitor:Durand', 'other');
    const r = await run(
      'alice',
      '/veille publier type:concurrentielle titre:"Durand baisse" texte:"-10 %" concurrent:Durand tags:prix',
    );
    expect(told.map(([team, member]) => [team, member])).toEqual([['local:acme', 'cli:bob']]);
    expect(told[0]?.[2].title).toBe('🔔 Nouvelle note de veille que vous suivez : Durand baisse');
    expect(told[0]?.[2].visibility).toBe('private');
    expect(r.blocks.at(-1)).toEqual({ type: 'text', text: '1 membre prévenu en privé : bob.' });
    const off = await run('bob', '/watch unsubscribe competitor:DURAND tag:prix', undefined);
    expect(off.data?.subscriptions).toEqual([]);
    expect((await run('bob', '/watch unsubscribe')).error?.code).toBe('watch_subscription_missing');
  });
});
