import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { networkCollection } from '../../src/network/personal-data.ts';
import { findPerson } from '../../src/privacy/find-person.ts';
import { personMatcher } from '../../src/privacy/person-match.ts';
import { erasePersonalData, erasureCounts, findPersonalData } from '../../src/privacy/personal-data.ts';
import { personalDataSources } from '../../src/privacy/sources/index.ts';
import { createTestCore } from '../helpers/core.ts';

type Core = Awaited<ReturnType<typeof createTestCore>>;
const TEAM = 'local:acme';

async function seed(core: Core): Promise<void> {
  const steps = [
    '/prospect add name:"Hélène Lefèvre" type:b2c email:helene@example.fr phone:"06 12 34 56 78"',
    '/prospect add name:"Garage Martin" type:b2b',
    '/log kind:call outcome:no_answer prospect:P-1 date:2026-11-20',
    '/log kind:call outcome:callback prospect:P-1 date:2026-11-23 note:"Mme Lefèvre rappelle, fixe 0612345678" follow_up:"mardi 10h" confirm:oui',
    '/log kind:visit outcome:proposal prospect:P-2 date:2026-11-24 note:"Recommandé par Hélène Lefèvre"',
    '/log kind:call outcome:reached prospect:P-2 date:2026-11-25 note:"Standard, rappeler"',
    '/watch post type:commercial title:"Hélène Lefèvre déménage" body:"Contact: helene@example.fr" confirm:oui',
    '/watch post type:commercial title:"Salon de Lyon" body:"Stand réservé"',
    '/network add "helene lefevre" type:personal',
    '/network add "Paul Girard" type:transversal purpose:"Présenté par Hélène Lefèvre"',
  ];
  for (const s of steps) {
    const r = await core.run(s);
    expect(r.error, s).toBeUndefined();
  }
}

describe('personal data sources', () => {
  let core: Core;
  beforeEach(async () => {
    core = await createTestCore();
    await seed(core);
  });
  afterEach(() => core.close());

  it('finds the person by name, e-mail or phone, accents and case aside, with what erasing does', async () => {
    for (const typed of ['helene lefevre', 'HELENE@example.fr', '+33 6 12 34 56 78', 'P-1']) {
      const counts = await core.store.transact(TEAM, (tx) => {
        const matcher = personMatcher(findPerson(tx, typed));
        return erasureCounts(findPersonalData(personalDataSources, tx, matcher));
      });
      expect(counts, typed).toEqual({
        prospects: { anonymise: 1 },
        activities: { keep: 1, redact: 2 },
        'follow-ups': { delete: 1 },
        notes: { redact: 1 },
        network: { delete: 1, redact: 1 },
      });
    }
  });

  it('erases: a tombstone, redacted notes, follow-ups gone, other records untouched', async () => {
    await core.store.transact(TEAM, (tx) => {
      const matcher = personMatcher(findPerson(tx, 'P-1'));
      erasePersonalData(tx, findPersonalData(personalDataSources, tx, matcher), {
        matcher,
        at: '2026-11-28T09:00:00.000Z',
      });
    });
    await core.store.transact(TEAM, (tx) => {
      const p = tx.prospects.get('P-1');
      expect(p).toMatchObject({ id: 'P-1', name: '[…]', type: 'b2c', erasedAt: '2026-11-28T09:00:00.000Z' });
      expect(p?.email).toBeUndefined();
      expect(p?.phone).toBeUndefined();
      expect(tx.activities.all().map((a) => [a.prospectId, a.outcome, a.note ?? null])).toEqual([
        ['P-1', 'no_answer', null],
        ['P-1', 'callback', 'Mme […] rappelle, fixe […]'],
        ['P-2', 'proposal', 'Recommandé par […]'],
        ['P-2', 'reached', 'Standard, rappeler'],
      ]);
      expect(tx.prospects.get('P-2')?.name).toBe('Garage Martin');
      expect(
        tx
          .collection(networkCollection)
          .all()
          .map((c) => [c.id, c.name, c.purpose ?? null]),
      ).toEqual([['N-2', 'Paul Girard', 'Présenté par […]']]);
    });
    const counts = await core.store.transact(TEAM, (tx) =>
      erasureCounts(
        findPersonalData(personalDataSources, tx, personMatcher(findPerson(tx, 'helene@example.fr'))),
      ),
    );
    expect(counts).toEqual({});
  });
});
