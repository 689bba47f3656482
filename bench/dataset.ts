import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openAppStore } from '../src/app-store.ts';
import { silentLogger } from '../src/core/logger.ts';
import { createRng } from '../src/demo/random.ts';
import type { Activity, Prospect } from '../src/domain/entities.ts';
import { ACTIVITY_KINDS, OUTCOMES } from '../src/domain/ids.ts';

export const BENCH_TEAMS = 10;
export const ACTIVITIES_PER_TEAM = 100_000;
export const PROSPECTS_PER_TEAM = 5_000;
const MONTHS = 24;
const FORMAT = 'v3';

const rng = (seed: number): (() => number) => createRng(seed).next;

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Ten teams of 100k activities over 24 months, made once and reused (bench/.data is git-ignored). */
export async function ensureDataset(dir: string, now: Date): Promise<{ created: boolean; seconds: number }> {
  const marker = path.join(dir, `dataset-${FORMAT}.json`);
  const existing = await readFile(marker, 'utf8').catch(() => undefined);
  if (existing && JSON.parse(existing).day === day(now.getTime())) return { created: false, seconds: 0 };
  const started = performance.now();
  await mkdir(dir, { recursive: true });
  const store = await openAppStore(dir, silentLogger);
  const end = now.getTime();
  const span = MONTHS * 30.4 * 86_400_000;
  for (let t = 0; t < BENCH_TEAMS; t++) {
    const rand = rng(1000 + t);
    const createdAt = new Date(end - span).toISOString();
    await store.transact(
      `bench:team-${t}`,
      (tx) => {
        if (tx.activities.size > 0) return;
        for (const r of ['a', 'b', 'c', 'd', 'e']) {
          tx.members.put({
            id: `bench:${r}`,
            displayName: `Rep ${r.toUpperCase()}`,
            role: 'rep',
            joinedAt: createdAt,
          });
        }
        for (let p = 1; p <= PROSPECTS_PER_TEAM; p++) {
          const prospect: Prospect = {
            id: `P-${p}`,
            name: `Prospect ${t}-${p}`,
            type: 'b2b',
            city: 'Lyon',
            postalCode: '69003',
            consent: { status: 'unknown' },
            status: 'prospect',
            createdAt: new Date(end - span * rand()).toISOString(),
            createdBy: 'bench:a',
          };
          tx.prospects.put(prospect);
        }
        for (let i = 0; i < ACTIVITIES_PER_TEAM; i++) {
          const date = day(end - span * rand());
          const a: Activity = {
            id: `A-${t}-${i}`,
            kind: ACTIVITY_KINDS[Math.floor(rand() * ACTIVITY_KINDS.length)] ?? 'call',
            outcome: OUTCOMES[Math.floor(rand() * OUTCOMES.length)] ?? 'reached',
            prospectId: `P-${1 + Math.floor(rand() * PROSPECTS_PER_TEAM)}`,
            repId: `bench:${'abcde'[Math.floor(rand() * 5)]}`,
            date,
            durationMin: 5,
            source: 'import',
            createdAt: `${date}T10:00:00.000Z`,
            createdBy: 'bench:a',
          };
          tx.activities.put(a);
        }
      },
      {
        init: () => ({
          id: `bench:team-${t}`,
          name: `Bench ${t}`,
          settings: { locale: 'fr', timeZone: 'Europe/Paris', currency: 'EUR' },
          createdAt,
        }),
      },
    );
  }
  await store.close();
  await writeFile(
    marker,
    JSON.stringify({ day: day(now.getTime()), teams: BENCH_TEAMS, activities: ACTIVITIES_PER_TEAM }),
  );
  return { created: true, seconds: (performance.now() - started) / 1000 };
}

/** A CSV export of `rows` activities as a French user's spreadsheet would hold them. */
export function activitiesCsv(rows: number, today: string): Uint8Array {
  const rand = rng(42);
  const kinds = ['appel', 'visite', 'e-mail', 'porte-à-porte'];
  const outcomes = ['pas de réponse', 'joint', 'refus', 'RDV obtenu', 'à relancer'];
  const base = Date.parse(`${today}T00:00:00Z`);
  const lines = ['Date;Type;Résultat;Prospect;Commercial;Durée;Note'];
  for (let i = 0; i < rows; i++) {
    const d = new Date(base - Math.floor(rand() * 365) * 86_400_000);
    const dd = `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
    lines.push(
      `${dd};${kinds[i % kinds.length]};${outcomes[Math.floor(rand() * outcomes.length)]};Entreprise ${Math.floor(rand() * 2000)};Rep ${'ABCDE'[i % 5]};${5 + (i % 20)};Ligne ${i}`,
    );
  }
  return new TextEncoder().encode(lines.join('\r\n'));
}
