import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consentsCollection } from '../../src/consent/entities.ts';
import { findPerson } from '../../src/privacy/find-person.ts';
import { personMatcher } from '../../src/privacy/person-match.ts';
import { erasePersonalData, erasureCounts, findPersonalData } from '../../src/privacy/personal-data.ts';
import { personalDataSources } from '../../src/privacy/sources/index.ts';
import { createTestCore } from '../helpers/core.ts';

const TEAM = 'local:acme';
let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore();
  for (const s of [
    '/prospect add name:"Hélène Lefèvre" type:b2c email:helene@example.fr',
    '/prospect add name:"Paul Durand" type:b2c',
    '/prospect consent P-1 channel:phone status:granted proof:"case cochée par helene@example.fr" date:2026-11-20',
    '/prospect consent P-1 channel:sms status:refused date:2026-11-21',
    '/prospect consent P-2 channel:phone status:granted proof:"formulaire 77" date:2026-11-20',
  ]) {
    const r = await core.run(s);
    expect(r.error, s).toBeUndefined();
  }
});
afterEach(() => core.close());

describe('consent records as personal data', () => {
  it('are found for the person (by name or e-mail) and exported as stored', async () => {
    for (const typed of ['helene lefevre', 'HELENE@example.fr', 'P-1']) {
      const found = await core.store.transact(TEAM, (tx) =>
        findPersonalData(personalDataSources, tx, personMatcher(findPerson(tx, typed))),
      );
      const consents = found.find((f) => f.source.kind === 'consents');
      expect(
        consents?.records.map((r) => [r.id, r.action]),
        typed,
      ).toEqual([
        ['K-1', 'delete'],
        ['K-2', 'delete'],
      ]);
      expect(consents?.records[0]?.record).toMatchObject({
        channel: 'phone',
        proof: 'case cochée par helene@example.fr',
      });
      expect(erasureCounts(found).consents).toEqual({ delete: 2 });
    }
  });

  it('are deleted by an erasure; another person’s stay', async () => {
    await core.store.transact(TEAM, (tx) => {
      const matcher = personMatcher(findPerson(tx, 'P-1'));
      erasePersonalData(tx, findPersonalData(personalDataSources, tx, matcher), {
        matcher,
        at: '2026-11-28T09:00:00.000Z',
      });
    });
    const left = await core.store.transact(TEAM, (tx) => tx.collection(consentsCollection).all());
    expect(left.map((c) => [c.id, c.prospectId])).toEqual([['K-3', 'P-2']]);
  });
});
