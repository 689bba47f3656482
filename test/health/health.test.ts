import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createApp, createAppBot } from '../../src/app.ts';
import type { Channel } from '../../src/channels/channel.ts';
import { createDiscordChannel } from '../../src/channels/discord/index.ts';
import { loadConfig } from '../../src/config.ts';
import { withLogContext } from '../../src/core/log-context.ts';
import { createLogger } from '../../src/core/logger.ts';
import { readiness } from '../../src/health/readiness.ts';
import { APP_ID, type FakeDiscord, startFakeDiscord } from '../channels/discord/fake-discord.ts';
import { interactionPayload, opt } from '../channels/discord/harness.ts';
import { freePort } from '../helpers/free-port.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-health-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** `prospecta start` as a user runs it, with Discord on the fake and the HTTP server on `port`. */
async function start(fake: FakeDiscord, dir: string, port: number) {
  const child: ChildProcess = spawn(process.execPath, ['bin/prospecta.js', 'start'], {
    env: {
      ...process.env,
      PROSPECTA_DATA_DIR: dir,
      PORT: String(port),
      DISCORD_TOKEN: 'health-token',
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: fake.api,
      LOG_LEVEL: 'info',
      CHART_THREADS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  cleanups.push(async () => {
    child.kill('SIGTERM');
    await exited;
  });
  let out = '';
  let err = '';
  child.stderr?.on('data', (d) => {
    err += String(d);
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not started: ${out} ${err}`)), 60_000);
    child.stdout?.on('data', (d) => {
      out += String(d);
      if (out.includes('✓ discord') && out.includes('✓ Local web chat')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  const logLines = () =>
    err
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { child, logLines };
}

const get = async (port: number, pathname: string) => {
  const res = await fetch(`http://127.0.0.1:${port}${pathname}`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('health and readiness of `prospecta start`', () => {
  test('/healthz and /readyz answer 200 with the store and Discord up; /readyz 503 once the store is gone', async () => {
    const fake = await startFakeDiscord();
    cleanups.push(() => fake.close());
    const dir = await tempDir();
    const port = await freePort();
    await start(fake, dir, port);

    expect(await get(port, '/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await get(port, '/readyz')).toEqual({
      status: 200,
      body: {
        status: 'ready',
        checks: { store: { ok: true, detail: 'reachable' }, discord: { ok: true, detail: 'connected' } },
      },
    });

    // The data folder's teams directory replaced by a file: the store cannot list its teams.
    await rename(path.join(dir, 'teams'), path.join(dir, 'teams-away'));
    await writeFile(path.join(dir, 'teams'), 'not a folder');
    const down = await get(port, '/readyz');
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({
      status: 'not ready',
      checks: { store: { ok: false, detail: 'unreachable' } },
    });
    // Liveness is not readiness: the process still answers.
    expect((await get(port, '/healthz')).status).toBe(200);
  }, 150_000);

  test('each command logs one line with its team and command, never what was typed', async () => {
    const fake = await startFakeDiscord();
    cleanups.push(() => fake.close());
    const dir = await tempDir();
    const { logLines } = await start(fake, dir, await freePort());
    const payload = interactionPayload(
      2,
      { id: '5001', username: 'alice', locale: 'fr' },
      '2000000000000000001',
      {
        id: '9000',
        name: 'log',
        type: 1,
        options: [opt('kind', 'call'), opt('outcome', 'reached'), opt('prospect', 'Boulangerie Martin')],
      },
    );
    const answered = fake.waitFor((r) => r.path.endsWith(`/${payload.token}/callback`));
    fake.dispatchInteraction(payload);
    await answered;
    const waitForLine = async () => {
      for (let i = 0; i < 100; i++) {
        const line = logLines().find((l) => l.msg === 'command');
        if (line) return line;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('no command line logged');
    };
    const line = await waitForLine();
    expect(line).toMatchObject({
      level: 'info',
      msg: 'command',
      teamId: 'discord:2000000000000000001',
      command: 'log',
      channel: 'discord',
      userId: 'discord:5001',
    });
    expect(typeof line.ms).toBe('number');
    expect(line).not.toHaveProperty('error');
    expect(JSON.stringify(logLines())).not.toContain('Boulangerie');
  }, 150_000);
});

describe('readiness', () => {
  test('a configured Discord not yet connected makes /readyz fail, and connected pass', async () => {
    const fake = await startFakeDiscord();
    cleanups.push(() => fake.close());
    const config = loadConfig({
      PROSPECTA_DATA_DIR: await tempDir(),
      DISCORD_TOKEN: 't',
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: fake.api,
      LOG_LEVEL: 'silent',
      CHART_THREADS: '1',
    });
    const app = await createApp(config);
    cleanups.push(() => app.close());
    const discord = createDiscordChannel(app) as Channel;
    const deps = { store: app.deps.store, logger: app.logger, channels: [discord] };
    expect(await readiness(deps)).toEqual({
      ok: false,
      checks: { store: { ok: true, detail: 'reachable' }, discord: { ok: false, detail: 'not connected' } },
    });
    await discord.start(createAppBot(app, () => [discord]));
    cleanups.push(() => discord.stop());
    expect((await readiness(deps)).ok).toBe(true);
    await discord.stop();
    expect((await readiness(deps)).checks.discord).toEqual({ ok: false, detail: 'not connected' });
  }, 60_000);

  test('lines logged inside a turn’s context carry its fields; a line’s own fields win; outside, none', () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger('info', (l) => lines.push(JSON.parse(l)));
    withLogContext({ teamId: 'discord:1', command: 'log' }, () => {
      logger.info('inside');
      withLogContext({ command: 'funnel' }, () => logger.warn('nested', { teamId: 'own' }));
    });
    logger.info('outside');
    expect(lines.map(({ t: _t, ...rest }) => rest)).toEqual([
      { level: 'info', msg: 'inside', teamId: 'discord:1', command: 'log' },
      { level: 'warn', msg: 'nested', teamId: 'own', command: 'funnel' },
      { level: 'info', msg: 'outside' },
    ]);
  });
});
