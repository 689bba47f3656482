import { openAppStore } from '../src/app-store.ts';
import { silentLogger } from '../src/core/logger.ts';
import type { Rng } from '../src/demo/random.ts';
import type { Activity } from '../src/domain/entities.ts';
import { ACTIVITY_KINDS, OUTCOMES } from '../src/domain/ids.ts';

export const TEAM = 'bench:dups';
export const PROSPECTS = 20_000;
const ACTIVITIES = 100_000;
const TRADES = [
  'Boulangerie',
  'Boucherie',
  'Garage',
  'Pharmacie',
  'Coiffure',
  'Fleuriste',
  'Cabinet',
  'Restaurant',
  'Hôtel',
  'Menuiserie',
  'Plomberie',
  'Électricité',
  'Librairie',
  'Opticien',
  'Pressing',
  'SARL',
];
const SYLLABLES =
  'ba be bi bo bu da de di do du fa fe fi fo ga go la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so ta te ti to tu va ve vi vo za'.split(
    ' ',
  );

/** An invented surname of 2 to 4 syllables ("Ravelo"): names as varied as a real file's. */
export const surname = (rng: Rng): string => {
  const w = Array.from({ length: rng.int(2, 4) }, () => rng.pick(SYLLABLES)).join('');
  return w.charAt(0).toUpperCase() + w.slice(1);
};

/** A team of 20k prospects (trade + two surnames, postal codes of the Lyon area) and 100k activities. */
export async function seed(dir: string, rng: Rng, now: Date): Promise<string[]> {
  const store = await openAppStore(dir, silentLogger);
  const names = new Set<string>();
  while (names.size < PROSPECTS) names.add(`${rng.pick(TRADES)} ${surname(rng)} ${surname(rng)}`);
  const list = [...names];
  const end = now.getTime();
  const span = 730 * 86_400_000;
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  await store.transact(
    TEAM,
    (tx) => {
      tx.members.put({ id: 'cli:bench', displayName: 'Bench', role: 'admin', joinedAt: now.toISOString() });
      list.forEach((name, i) => {
        tx.prospects.put({
          id: `P-${i + 1}`,
          name,
          type: 'b2b',
          postalCode: `69${String(rng.int(1, 9)).padStart(3, '0')}`,
          consent: { status: 'unknown' },
          status: 'prospect',
          createdAt: now.toISOString(),
          createdBy: 'cli:bench',
        });
      });
      for (let i = 0; i < ACTIVITIES; i++) {
        const date = day(end - span * rng.next());
        tx.activities.put({
          id: `A-${i}`,
          kind: rng.pick(ACTIVITY_KINDS) as Activity['kind'],
          outcome: rng.pick(OUTCOMES) as Activity['outcome'],
          prospectId: `P-${rng.int(1, PROSPECTS)}`,
          repId: 'cli:bench',
          date,
          source: 'import',
          createdAt: `${date}T10:00:00.000Z`,
          createdBy: 'cli:bench',
        });
      }
    },
    {
      init: () => ({
        id: TEAM,
        name: 'bench',
        settings: { locale: 'fr', timeZone: 'Europe/Paris', currency: 'EUR' },
        createdAt: now.toISOString(),
      }),
    },
  );
  await store.close();
  return list;
}
