import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { watchSettingsOf } from '../../src/watch/entities.ts';
import { followUpWorld } from '../follow-ups/helpers.ts';

const tick = fileURLToPath(new URL('./fixtures/scheduler-tick.ts', import.meta.url));

/** Another replica's scheduler ticking `ticks` times at `at` on the same data. */
function replica(dir: string, at: Date, ticks: number): Promise<{ posted: string[]; told: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', tick, dir, at.toISOString(), String(ticks)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`replica exited ${code}: ${err}`)),
    );
  });
}

/** Monday 30 Nov 2026, 09:00 in Paris: the digest slot of the week of 23 Nov, and `relance:lundi` from the Saturday before. */
const SLOT = new Date('2026-11-30T08:00:00Z');

let w: Awaited<ReturnType<typeof followUpWorld>> | undefined;
afterEach(async () => w?.close());

describe('the scheduler across replicas', () => {
  it('three replica processes started after everything was down post the missed weekly digest once and send the due reminder once', async () => {
    w = await followUpWorld(new Date('2026-11-23T09:00:00Z'));
    await w.run('/canal définir');
    w.clock.now = new Date('2026-11-24T09:00:00Z');
    await w.run('/veille publier type:juridique titre:"Loi Climat" texte:"Consentement renforcé"');
    w.clock.now = new Date('2026-11-28T10:00:00Z');
    await w.run('/journal type:appel résultat:rappeler prospect:"Boulangerie Martin" relance:lundi', {
      user: 'discord:42',
    });
    await w.app.close();

    // Every replica was down at the slot; they come back three hours later, at the same time.
    const back = new Date(SLOT.getTime() + 3 * 3600_000);
    const runs = await Promise.all([
      replica(w.dir, back, 3),
      replica(w.dir, back, 3),
      replica(w.dir, back, 3),
    ]);
    expect(runs.flatMap((r) => r.posted)).toEqual([
      'local:acme: Synthèse de veille du 23 nov. 2026 au 29 nov. 2026',
    ]);
    expect(runs.flatMap((r) => r.told)).toEqual(['discord:42: 🔔 Relance à faire']);

    // The week is marked posted and the follow-up reminded, as any replica sees it.
    const reopened = await w.open();
    const settings = await reopened.deps.store.transact('local:acme', (tx) => watchSettingsOf(tx, back));
    expect(settings.lastDigestFrom).toBe('2026-11-23');
    expect(settings.digestAttempt).toBeUndefined();
    const [f] = await w.followUps('acme', reopened);
    expect(f).toMatchObject({ remindedAt: back.toISOString(), remindedVia: 'direct_message' });

    // Later ticks of the same week, on any replica, post nothing more.
    const later = await replica(w.dir, new Date(back.getTime() + 3600_000), 1);
    expect(later).toEqual({ posted: [], told: [] });
  });
});
