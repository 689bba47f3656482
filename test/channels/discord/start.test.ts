import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { testStoreEnv } from '../../helpers/test-store.ts';
import { APP_ID, startFakeDiscord } from './fake-discord.ts';

test('`prospecta start` with the Discord variables connects, and exits 0 on SIGTERM', async () => {
  const fake = await startFakeDiscord();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-start-'));
  try {
    const child = spawn(process.execPath, ['bin/prospecta.js', 'start'], {
      env: {
        ...process.env,
        PROSPECTA_DATA_DIR: dir,
        DISCORD_TOKEN: 'start-token',
        DISCORD_APPLICATION_ID: APP_ID,
        DISCORD_API_URL: fake.api,
        LOG_LEVEL: 'info',
        ...(await testStoreEnv(dir)),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => {
      err += String(d);
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not ready: ${out} ${err}`)), 20_000);
      child.stdout.on('data', (d) => {
        out += String(d);
        if (out.includes('✓ discord')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    expect(out).toContain('✓ discord: Discord as prospecta-bot');
    expect(fake.identified()).toBe(1);
    const gateway = fake.requests.find((r) => r.path === '/api/v10/gateway/bot');
    expect(gateway?.auth).toBe('Bot start-token');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(err).toContain('"msg":"discord ready"');
  } finally {
    await fake.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('`npm run discord:deploy` registers every command globally when no server is given', async () => {
  const fake = await startFakeDiscord();
  try {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/discord-deploy.ts'], {
      env: {
        ...process.env,
        DISCORD_TOKEN: 'deploy-token',
        DISCORD_APPLICATION_ID: APP_ID,
        DISCORD_API_URL: fake.api,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += String(d);
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    const put = fake.requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe(`/api/v10/applications/${APP_ID}/commands`);
    const count = ((put?.body ?? []) as unknown[]).length;
    expect(count).toBeGreaterThanOrEqual(6);
    const sent = (put?.body ?? []) as Record<string, unknown>[];
    for (const c of sent) {
      expect(Object.keys(c)).not.toContain('dm_permission');
      expect(c.integration_types).toEqual([0]);
    }
    // Only help answers in the bot's DMs (context 1); everything else is guild-only (context 0).
    expect(sent.find((c) => c.name === 'help')?.contexts).toEqual([0, 1]);
    expect(sent.find((c) => c.name === 'log')?.contexts).toEqual([0]);
    expect(out.trim()).toBe(`✓ ${count} commands registered (global)`);
    expect(code).toBe(0);
  } finally {
    await fake.close();
  }
});
