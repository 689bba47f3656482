import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app.ts';
import { runTerminalCommand } from '../../src/cli/invoke.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Reply } from '../../src/core/reply.ts';
import { MAX_DIGEST_FAILURES } from '../../src/watch/digest-claim.ts';
import { watchSettingsCollection, watchSettingsOf } from '../../src/watch/entities.ts';
import { runDueDigests } from '../../src/watch/scheduler.ts';
import { botFor, outletsOf } from '../helpers/terminal-bot.ts';

const TEAM = 'local:acme';
/** Monday 30 Nov 2026, 09:00 in Paris: the digest slot of the week of 23 Nov. */
const SLOT = new Date('2026-11-30T08:00:00Z');
const at = (minutes: number) => new Date(SLOT.getTime() + minutes * 60_000);

let dir: string;
let now: Date;
const apps: App[] = [];
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-digest-retry-'));
});
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.close()));
  await rm(dir, { recursive: true, force: true });
});

/** An app on the test folder whose terminal poster fails while `failing()` says so. */
async function open(posts: Reply[], failing: () => boolean = () => false): Promise<App> {
  const app = await createApp(loadConfig({ PROSPECTA_DATA_DIR: dir }), {
    logger: silentLogger,
    clock: () => now,
  });
  apps.push(app);
  outletsOf(app).unshift({
    reaches: ['cli'],
    async post(_team, _link, reply) {
      if (failing()) throw new Error('channel unavailable');
      posts.push(reply);
      return undefined;
    },
    update: async () => undefined,
    remove: async () => undefined,
  });
  return app;
}

/** The team, its posts channel and a note, the week before SLOT; what the note's post did is forgotten. */
async function seedTeam(app: App, posts: Reply[]) {
  now = new Date('2026-11-23T09:00:00Z');
  const run = (text: string) =>
    runTerminalCommand(botFor(app), { team: 'acme', user: 'alice', locale: undefined }, text);
  await run('/canal définir');
  now = new Date('2026-11-24T09:00:00Z');
  await run('/veille publier type:juridique titre:"Loi" texte:"Consentement"');
  posts.length = 0;
}

const attemptOf = (app: App) =>
  app.deps.store.transact(TEAM, (tx) => watchSettingsOf(tx, now).digestAttempt ?? null);

describe('weekly digest retries', () => {
  it('a digest whose post fails is posted on a later tick, once, and not again after a restart', async () => {
    const posts: Reply[] = [];
    let down = true;
    let app = await open(posts, () => down);
    await seedTeam(app, posts);
    now = SLOT;
    expect(await runDueDigests(botFor(app), now)).toEqual([]);
    expect(await attemptOf(app)).toEqual({
      from: '2026-11-23',
      failures: 1,
      retryAt: '2026-11-30T08:02:00.000Z',
    });
    down = false;
    now = at(1); // before the retry time: not tried
    expect(await runDueDigests(botFor(app), now)).toEqual([]);
    expect(posts).toHaveLength(0);
    now = at(2);
    expect(await runDueDigests(botFor(app), now)).toEqual([TEAM]);
    now = at(3);
    expect(await runDueDigests(botFor(app), now)).toEqual([]);
    await app.close();
    app = await open(posts);
    now = at(90);
    expect(await runDueDigests(botFor(app), now)).toEqual([]);
    expect(posts.map((p) => p.title)).toEqual(['Synthèse de veille du 23 nov. 2026 au 29 nov. 2026']);
    const settings = await app.deps.store.transact(TEAM, (tx) => watchSettingsOf(tx, now));
    expect([settings.lastDigestFrom, settings.digestAttempt]).toEqual(['2026-11-23', undefined]);
  });

  it('gives a week up after a bounded number of failed posts, and posts the next week', async () => {
    const posts: Reply[] = [];
    let down = true;
    let tries = 0;
    const app = await open(posts, () => {
      tries++;
      return down;
    });
    await seedTeam(app, posts);
    tries = 0;
    // One tick a minute: failures at 0, 2, 6, 14, 30 and 62 minutes (retries 2, 4, 8, 16, 32 min apart).
    for (let minute = 0; minute <= 120; minute++) await runDueDigests(botFor(app), at(minute));
    expect(tries).toBe(MAX_DIGEST_FAILURES);
    await runDueDigests(botFor(app), at(24 * 60));
    expect(tries).toBe(MAX_DIGEST_FAILURES);
    expect((await attemptOf(app))?.failures).toBe(MAX_DIGEST_FAILURES);
    down = false;
    now = new Date('2026-12-07T08:00:00Z');
    expect(await runDueDigests(botFor(app), now)).toEqual([TEAM]);
    expect(posts.map((p) => p.title)).toEqual(['Synthèse de veille du 30 nov. 2026 au 6 déc. 2026']);
  });

  it('a claimed week is posted by one tick only, and a claim left by a dead process is never posted', async () => {
    const posts: Reply[] = [];
    const app = await open(posts);
    await seedTeam(app, posts);
    let release: () => void = () => {};
    const slow = new Promise<void>((r) => {
      release = r;
    });
    const poster = outletsOf(app)[0];
    outletsOf(app).unshift({
      ...(poster as NonNullable<typeof poster>),
      async post(teamId, link, reply) {
        await slow;
        return poster?.post?.(teamId, link, reply);
      },
    });
    now = SLOT;
    const first = runDueDigests(botFor(app), now);
    // The second tick runs while the first one's post is in flight: it sees the claim.
    await new Promise((r) => setTimeout(r, 50));
    expect(await runDueDigests(botFor(app), now)).toEqual([]);
    release();
    expect(await first).toEqual([TEAM]);
    expect(posts).toHaveLength(1);

    // The next week's claim as a process that died while posting leaves it.
    const week = { from: '2026-11-30', failures: 0, claimedAt: '2026-12-07T08:00:05.000Z' };
    await app.deps.store.transact(TEAM, (tx) =>
      tx.collection(watchSettingsCollection).put({ ...watchSettingsOf(tx, now), digestAttempt: week }),
    );
    now = new Date('2026-12-07T09:00:00Z');
    expect(await runDueDigests(botFor(app), now)).toEqual([]);
    expect(posts).toHaveLength(1);
  });
});
