import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Logger } from '../../src/core/logger.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { runDueReminders } from '../../src/follow-ups/scheduler.ts';
import { runPrivacyJobs } from '../../src/privacy/scheduler.ts';
import { runDueDigests } from '../../src/watch/scheduler.ts';
import { followUpWorld } from '../follow-ups/helpers.ts';
import { loadCounter } from '../helpers/load-counter.ts';
import { type PgCluster, replicaEngines, startPgCluster } from '../helpers/pg-cluster.ts';
import { botFor, outletsOf } from '../helpers/terminal-bot.ts';

// The schedulers of `prospecta start` look only at the teams with something due (store.teamsToWake):
// a tick does not load every team of the database, and what is due is still posted once, on any
// replica, also after every replica was down.

/** Monday 30 Nov 2026, 09:00 in Paris: the digest slot of the week of 23 Nov, and `relance:lundi` from the Saturday before. */
const SLOT = new Date('2026-11-30T08:00:00Z');
const minutes = (at: Date, n: number) => new Date(at.getTime() + n * 60_000);

let cluster: PgCluster | undefined;
beforeAll(async () => {
  cluster = await startPgCluster();
}, 60_000);
afterAll(async () => cluster?.stop());

const engines = replicaEngines(() => cluster);

describe.each(engines)('scheduler ticks on the teams due ($engine)', ({ env: envFor }) => {
  let w: Awaited<ReturnType<typeof followUpWorld>>;
  const replicas: App[] = [];
  afterEach(async () => {
    await Promise.all(replicas.splice(0).map((a) => a.close()));
    await w?.close();
  });

  /** A replica ("process") on the world's data, posting digests and sending reminders into `seen`. */
  async function replica(env: Record<string, string>, logger: Logger = silentLogger) {
    const app = await createApp(loadConfig({ PROSPECTA_DATA_DIR: w.dir, ...env }), {
      logger,
      clock: () => w.clock.now,
    });
    replicas.push(app);
    const seen = { posted: [] as string[], told: [] as string[] };
    outletsOf(app).unshift(
      {
        reaches: ['cli'],
        async post(teamId, _place, reply) {
          seen.posted.push(`${teamId}: ${reply.title ?? ''}`);
          return undefined;
        },
        update: async () => undefined,
        remove: async () => undefined,
      },
      {
        reaches: ['discord'],
        async notify(_teamId, memberId, reply) {
          seen.told.push(`${memberId}: ${reply.title ?? ''}`);
          return true;
        },
      },
    );
    const bot = botFor(app);
    /** One tick of the three schedulers at `now`. */
    const tick = async (now: Date) => {
      await runDueDigests(bot, now);
      await runDueReminders(bot, now);
      await runPrivacyJobs(bot, now);
    };
    return { app, seen, tick };
  }

  /** Team acme: a posts channel, a watch item, and (optionally) discord:42's follow-up due Monday 09:00. */
  async function acme(via: App, followUp: boolean) {
    w.clock.now = new Date('2026-11-23T09:00:00Z');
    await w.run('/canal définir', { via });
    await w.run('/journal type:appel résultat:joint prospect:"Dupont SA"', { team: 'globex', via });
    w.clock.now = new Date('2026-11-24T09:00:00Z');
    await w.run('/veille publier type:juridique titre:"Loi Climat" texte:"Consentement renforcé"', { via });
    if (!followUp) return;
    w.clock.now = new Date('2026-11-28T10:00:00Z');
    await w.run('/journal type:appel résultat:rappeler prospect:"Boulangerie Martin" relance:lundi', {
      user: 'discord:42',
      via,
    });
  }

  it('a tick loads no team with nothing due, and only the due one when its time comes', async () => {
    w = await followUpWorld(new Date('2026-11-23T09:00:00Z'));
    const env = await envFor();
    const a = await replica(env);
    await acme(a.app, true);
    expect(await a.app.deps.store.listTeams()).toEqual(['local:acme', 'local:globex']);
    await a.tick(new Date('2026-11-28T10:01:00Z'));

    const counter = loadCounter();
    const b = await replica(env, counter.logger);
    await b.tick(new Date('2026-11-28T10:02:00Z'));
    await b.tick(new Date('2026-11-28T14:00:00Z'));
    expect(counter.loaded).toEqual([]);
    // A call logged on another replica changes nothing any scheduler watches: still no load.
    w.clock.now = new Date('2026-11-28T14:30:00Z');
    await w.run('/journal type:appel résultat:joint prospect:"Dupont SA"', { via: a.app });
    await b.tick(new Date('2026-11-28T14:31:00Z'));
    expect(counter.loaded).toEqual([]);
    expect(b.seen).toEqual({ posted: [], told: [] });

    // Midnight in Paris: the daily privacy job's turn on each team, once.
    await b.tick(new Date('2026-11-29T23:05:00Z'));
    await b.tick(new Date('2026-11-29T23:06:00Z'));
    expect([...counter.loaded].sort()).toEqual(['local:acme', 'local:globex']);
    counter.loaded.length = 0;
    await b.tick(new Date('2026-11-30T07:00:00Z'));
    expect(counter.loaded).toEqual([]);
    // Monday 09:00 in Paris: acme's digest and reminder are due; globex has nothing.
    await b.tick(minutes(SLOT, 1));
    expect(b.seen.posted).toEqual(['local:acme: Synthèse de veille du 23 nov. 2026 au 29 nov. 2026']);
    expect(b.seen.told).toEqual(['discord:42: 🔔 Relance à faire']);
    // (The embedded store keeps the teams it loaded at midnight, so it may load none here.)
    expect(counter.loaded.filter((teamId) => teamId !== 'local:acme')).toEqual([]);
  }, 120_000);

  it("a follow-up logged on one replica is reminded by another replica's tick", async () => {
    w = await followUpWorld(new Date('2026-11-23T09:00:00Z'));
    const env = await envFor();
    const [a, b] = [await replica(env), await replica(env)];
    await acme(a.app, false);
    await b.tick(new Date('2026-11-28T09:00:00Z'));
    w.clock.now = new Date('2026-11-28T10:00:00Z');
    await w.run('/journal type:appel résultat:rappeler prospect:"Boulangerie Martin" relance:lundi', {
      user: 'discord:42',
      via: a.app,
    });
    await b.tick(new Date('2026-11-28T10:01:00Z'));
    expect(b.seen.told).toEqual([]);
    await b.tick(minutes(SLOT, 1));
    expect(b.seen.told).toEqual(['discord:42: 🔔 Relance à faire']);
    expect(a.seen.told).toEqual([]);
  }, 120_000);

  it('a digest due while two replicas tick is posted once; replicas all down catch it up when back', async () => {
    w = await followUpWorld(new Date('2026-11-23T09:00:00Z'));
    const env = await envFor();
    const [a, b] = [await replica(env), await replica(env)];
    await acme(a.app, true);
    await Promise.all([a.tick(new Date('2026-11-28T10:01:00Z')), b.tick(new Date('2026-11-28T10:01:00Z'))]);
    await Promise.all([a.tick(minutes(SLOT, 1)), b.tick(minutes(SLOT, 1))]);
    await Promise.all([a.tick(minutes(SLOT, 2)), b.tick(minutes(SLOT, 2))]);
    expect([...a.seen.posted, ...b.seen.posted]).toEqual([
      'local:acme: Synthèse de veille du 23 nov. 2026 au 29 nov. 2026',
    ]);
    expect([...a.seen.told, ...b.seen.told]).toEqual(['discord:42: 🔔 Relance à faire']);

    // Both down for a week; a new follow-up was due meanwhile. A replica started after catches up.
    w.clock.now = new Date('2026-12-01T10:00:00Z');
    await w.run('/journal type:appel résultat:rappeler prospect:"Boulangerie Martin" relance:demain', {
      user: 'discord:42',
      via: a.app,
    });
    await Promise.all(replicas.splice(0).map((r) => r.close()));
    const back = new Date('2026-12-07T11:00:00Z');
    const c = await replica(env);
    await c.tick(back);
    expect(c.seen.posted).toEqual(['local:acme: Synthèse de veille du 30 nov. 2026 au 6 déc. 2026']);
    expect(c.seen.told).toEqual(['discord:42: 🔔 Relance à faire']);
    await c.tick(minutes(back, 1));
    expect(c.seen.posted.length + c.seen.told.length).toBe(2);
  }, 120_000);
});
