import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { openAppStore } from '../../src/app-store.ts';
import { dispatch, type Invocation } from '../../src/core/dispatch.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { createRegistry } from '../../src/core/registry.ts';
import type { Store } from '../../src/store/types.ts';
import { watchSettingsOf } from '../../src/watch/entities.ts';
import { APP_ID, type FakeDiscord, startFakeDiscord } from '../channels/discord/fake-discord.ts';
import { freePort } from '../helpers/free-port.ts';
import { type PgCluster, startPgCluster } from '../helpers/pg-cluster.ts';

// Discord's rule (guild_id >> 22) % 2: the digest's server is on shard 0, the other on shard 1.
const GUILD_EVEN = String(600_000_000_000n << 22n);
const GUILD_ODD = String(600_000_000_001n << 22n);
const POSTS_CHANNEL = '3001';
const WRITERS = 12;
const LOGS_EACH = 2;
/** `prospecta run` exit codes: 0 done, 3 team_busy (the team's lock not had in time: refused, nothing written). */
const DONE_OR_REFUSED = [0, 3];

let cluster: PgCluster;
const temps: string[] = [];
beforeAll(async () => {
  cluster = await startPgCluster();
}, 60_000);
afterAll(async () => {
  await cluster?.stop();
  await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-replica-'));
  temps.push(dir);
  return dir;
}

/** The environment of a process on the database; each machine has its own local folder. */
const envOn = async (url: string, more: Record<string, string> = {}) => ({
  ...process.env,
  DATABASE_URL: url,
  PROSPECTA_DATA_DIR: await tempDir(),
  LOG_LEVEL: 'info',
  CHART_THREADS: '1',
  ...more,
});

/** `prospecta start` on the database with Discord shard `shard` of 2; resolves once it serves. */
async function startBot(url: string, fake: FakeDiscord, shard: number) {
  const child: ChildProcess = spawn(process.execPath, ['bin/prospecta.js', 'start'], {
    env: await envOn(url, {
      PORT: String(await freePort()),
      DISCORD_TOKEN: 'replica-token',
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: fake.api,
      DISCORD_SHARDS: '2',
      DISCORD_SHARD_IDS: String(shard),
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  let out = '';
  let err = '';
  child.stderr?.on('data', (d) => {
    err += String(d);
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bot ${shard} not started: ${out} ${err}`)), 90_000);
    child.stdout?.on('data', (d) => {
      out += String(d);
      if (out.includes('✓ Follow-up reminders')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`bot ${shard} exited ${code}: ${out} ${err}`)));
  });
  return {
    out: () => out,
    /** SIGTERM; resolves with the exit code once the tick in flight and answers being written are done. */
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** One `prospecta run --json` of a /log: its exit code, and the activity's reference when acknowledged. */
async function runLog(
  env: NodeJS.ProcessEnv,
  n: number,
  i: number,
): Promise<{ code: number | null; ref?: string }> {
  const args = ['bin/prospecta.js', 'run', '--team', 'shared', '--user', `w${n}`, '--json'];
  args.push(`/log kind:visit outcome:signed prospect:"Client ${n}-${i}" amount:100`);
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => {
    out += String(d);
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) return { code };
  const answer = JSON.parse(out) as { ok: boolean; data?: { activity?: { id: string } } };
  return answer.ok && answer.data?.activity ? { code, ref: answer.data.activity.id } : { code };
}

/** A terminal writer: LOGS_EACH /log commands one after the other; their exit codes and the references acknowledged. */
async function writer(url: string, n: number): Promise<{ codes: (number | null)[]; refs: string[] }> {
  const env = await envOn(url, { LOG_LEVEL: 'warn' });
  const codes: (number | null)[] = [];
  const refs: string[] = [];
  for (let i = 0; i < LOGS_EACH; i++) {
    const { code, ref } = await runLog(env, n, i);
    codes.push(code);
    if (ref) refs.push(ref);
  }
  return { codes, refs };
}

const registry = createRegistry(commands);
/** A Discord member's command in the digest's server, at `at` (the team's past). */
const asDiscordAdmin = (store: Store, text: string, at: string) => {
  const inv: Invocation = {
    channel: 'discord',
    teamId: `discord:${GUILD_EVEN}`,
    teamName: 'Équipe Lyon',
    user: { id: 'discord:42', displayName: 'Alice', roleHint: 'admin' },
    input: { kind: 'text', text },
    conversation: {
      id: `discord:${POSTS_CHANNEL}`,
      reference: { channelId: POSTS_CHANNEL, conversation: { id: POSTS_CHANNEL } },
    },
  };
  return dispatch(inv, { store, registry, logger: silentLogger, clock: () => new Date(at) });
};

describe('two bot processes on one PostgreSQL database', () => {
  it('with 12 terminal writers on one team: every acknowledged write stored once; the weekly digest due is posted once', async () => {
    const url = await cluster.createDatabase('replicas');
    const fake = await startFakeDiscord({
      guilds: [
        { id: GUILD_EVEN, name: 'Équipe Lyon' },
        { id: GUILD_ODD, name: 'Équipe Nantes' },
      ],
    });
    const seedDir = await tempDir();
    const store = await openAppStore(seedDir, silentLogger, { engine: 'postgres', url });
    try {
      // A Discord team with a posts channel and a note, the week before the last digest slot: that digest is due.
      const set = await asDiscordAdmin(store, '/canal définir', '2026-11-23T09:00:00Z');
      expect(set.error).toBeUndefined();
      const note = await asDiscordAdmin(
        store,
        '/veille publier type:juridique titre:"Loi Climat" texte:"Consentement renforcé"',
        '2026-11-24T09:00:00Z',
      );
      expect(note.error).toBeUndefined();

      const digestPosts = () =>
        fake.requests.filter(
          (r) =>
            r.method === 'POST' &&
            r.path === `/api/v10/channels/${POSTS_CHANNEL}/messages` &&
            JSON.stringify(r.body).includes('Synthèse de veille'),
        );
      const firstDigest = fake.waitFor(
        (r) => JSON.stringify(r.body ?? '').includes('Synthèse de veille'),
        90_000,
      );
      const bots = await Promise.all([startBot(url, fake, 0), startBot(url, fake, 1)]);
      expect(bots[0].out()).toContain('✓ discord: Discord as prospecta-bot (shard 0 of 2)');
      expect(bots[1].out()).toContain('✓ discord: Discord as prospecta-bot (shard 1 of 2)');

      const acknowledged = await Promise.all(Array.from({ length: WRITERS }, (_, n) => writer(url, n)));
      await firstDigest;
      // Stopped gracefully, each replica finishes its scheduler's tick first: both have ticked.
      expect(await Promise.all(bots.map((b) => b.stop()))).toEqual([0, 0]);

      expect(digestPosts()).toHaveLength(1);
      // Under load a writer may be refused (team_busy: exit 3, nothing written); none fails otherwise.
      const codes = acknowledged.flatMap((a) => a.codes);
      expect(codes.filter((c) => !DONE_OR_REFUSED.includes(c as number))).toEqual([]);
      const refs = acknowledged.flatMap((a) => a.refs);
      expect(refs.length).toBe(codes.filter((c) => c === 0).length);
      expect(refs.length).toBeGreaterThan(0);
      expect(new Set(refs).size).toBe(refs.length);
      const stored = await store.transact('local:shared', (tx) => ({
        activities: tx.activities.all().map((a) => a.id),
        prospects: tx.prospects.all().map((p) => p.name),
      }));
      expect(stored.activities.sort()).toEqual([...refs].sort());
      // Stored once each, and nothing that was not acknowledged.
      expect(stored.prospects).toHaveLength(refs.length);
      expect(new Set(stored.prospects).size).toBe(refs.length);
      const settings = await store.transact(`discord:${GUILD_EVEN}`, (tx) => watchSettingsOf(tx, new Date()));
      expect(settings.digestAttempt).toBeUndefined();
      expect(settings.lastDigestFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    } finally {
      await store.close();
      await fake.close();
    }
  }, 600_000);
});
