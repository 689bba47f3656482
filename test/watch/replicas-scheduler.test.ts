import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { followUpsCollection } from '../../src/follow-ups/entities.ts';
import { watchSettingsOf } from '../../src/watch/entities.ts';
import { followUpWorld } from '../follow-ups/helpers.ts';
import { type PgCluster, replicaEngines, startPgCluster } from '../helpers/pg-cluster.ts';
import { runTsx } from '../helpers/run-tsx.ts';

const tick = fileURLToPath(new URL('./fixtures/scheduler-tick.ts', import.meta.url));

/** Another replica's scheduler ticking `ticks` times at `at` on the same data. */
async function replica(
  dir: string,
  at: Date,
  ticks: number,
  env: Record<string, string>,
): Promise<{ posted: string[]; told: string[] }> {
  const { DATABASE_URL: _url, PROSPECTA_STORE: _engine, ...rest } = process.env;
  const run = await runTsx(tick, [dir, at.toISOString(), String(ticks)], { ...rest, ...env });
  if (run.code !== 0) throw new Error(`replica exited ${run.code}: ${run.err}`);
  return JSON.parse(run.out);
}

/** Monday 30 Nov 2026, 09:00 in Paris: the digest slot of the week of 23 Nov, and `relance:lundi` from the Saturday before. */
const SLOT = new Date('2026-11-30T08:00:00Z');

let w: Awaited<ReturnType<typeof followUpWorld>> | undefined;
let pgApp: App | undefined;
let cluster: PgCluster | undefined;
afterEach(async () => {
  await pgApp?.close();
  pgApp = undefined;
  await w?.close();
});
beforeAll(async () => {
  cluster = await startPgCluster();
}, 60_000);
afterAll(async () => cluster?.stop());

const engines = replicaEngines(() => cluster);

describe.each(engines)('the scheduler across replicas ($engine)', ({ env: envFor }) => {
  it('three replica processes started after everything was down post the missed weekly digest once and send the due reminder once', async () => {
    w = await followUpWorld(new Date('2026-11-23T09:00:00Z'));
    const env = await envFor();
    const world = w;
    // On PostgreSQL the team is made through an app on the database (the world's own app is embedded).
    pgApp = env.DATABASE_URL
      ? await createApp(loadConfig({ PROSPECTA_DATA_DIR: world.dir, ...env }), {
          logger: silentLogger,
          clock: () => world.clock.now,
        })
      : undefined;
    const via = pgApp ?? w.app;
    await w.run('/canal définir', { via });
    w.clock.now = new Date('2026-11-24T09:00:00Z');
    await w.run('/veille publier type:juridique titre:"Loi Climat" texte:"Consentement renforcé"', { via });
    w.clock.now = new Date('2026-11-28T10:00:00Z');
    await w.run('/journal type:appel résultat:rappeler prospect:"Boulangerie Martin" relance:lundi', {
      user: 'discord:42',
      via,
    });
    await w.app.close();
    await pgApp?.close();
    pgApp = undefined;

    // Every replica was down at the slot; they come back three hours later, at the same time.
    const back = new Date(SLOT.getTime() + 3 * 3600_000);
    const runs = await Promise.all([
      replica(w.dir, back, 3, env),
      replica(w.dir, back, 3, env),
      replica(w.dir, back, 3, env),
    ]);
    expect(runs.flatMap((r) => r.posted)).toEqual([
      'local:acme: Synthèse de veille du 23 nov. 2026 au 29 nov. 2026',
    ]);
    expect(runs.flatMap((r) => r.told)).toEqual(['discord:42: 🔔 Relance à faire']);

    // The week is marked posted and the follow-up reminded, as any replica sees it.
    const reopened = env.DATABASE_URL
      ? await createApp(loadConfig({ PROSPECTA_DATA_DIR: w.dir, ...env }), { logger: silentLogger })
      : await w.open();
    if (env.DATABASE_URL) pgApp = reopened;
    const settings = await reopened.deps.store.transact('local:acme', (tx) => watchSettingsOf(tx, back));
    expect(settings.lastDigestFrom).toBe('2026-11-23');
    expect(settings.digestAttempt).toBeUndefined();
    const [f] = await reopened.deps.store.transact('local:acme', (tx) =>
      tx.collection(followUpsCollection).all(),
    );
    expect(f).toMatchObject({ remindedAt: back.toISOString(), remindedVia: 'direct_message' });

    // Later ticks of the same week, on any replica, post nothing more.
    const later = await replica(w.dir, new Date(back.getTime() + 3600_000), 1, env);
    expect(later).toEqual({ posted: [], told: [] });
  }, 240_000);
});
