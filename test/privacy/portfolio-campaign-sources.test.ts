import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customersCollection } from '../../src/portfolio/entities.ts';
import { findPerson } from '../../src/privacy/find-person.ts';
import { personMatcher } from '../../src/privacy/person-match.ts';
import { erasePersonalData, erasureCounts, findPersonalData } from '../../src/privacy/personal-data.ts';
import { personalDataSources } from '../../src/privacy/sources/index.ts';
import { createTestCore } from '../helpers/core.ts';

const TEAM = 'local:acme';

describe('portfolio customers and campaign free texts are personal data sources', () => {
  let core: Awaited<ReturnType<typeof createTestCore>>;
  beforeEach(async () => {
    core = await createTestCore();
    expect(
      (await core.run('/prospect add name:"Hélène Lefèvre" type:b2c email:helene@example.fr')).error,
    ).toBeUndefined();
    // As a sales import and /campaign setup leave them: a consumer customer, a campaign whose texts name her.
    await core.store.transact(TEAM, (tx) => {
      const customers = tx.collection(customersCollection);
      customers.put({ id: 'c1', n: 1, ref: 'Hélène Lefèvre', name: 'Hélène Lefèvre' });
      customers.put({ id: 'c2', n: 2, ref: 'CUST-2', name: 'Garage Martin' });
      tx.campaigns.put({
        id: 'C-1',
        name: 'Relance particuliers',
        createdAt: '2026-11-01T09:00:00.000Z',
        offer: 'Offre remise 10 %, demandée par helene@example.fr',
        conclusion: 'Bon retour de Mme Lefèvre',
      });
      tx.campaigns.put({
        id: 'C-2',
        name: 'Salon de Lyon',
        createdAt: '2026-11-02T09:00:00.000Z',
        offer: 'Stand',
      });
    });
  });
  afterEach(() => core.close());

  it('export finds them and erase redacts them, other customers and campaigns untouched', async () => {
    const counts = await core.store.transact(TEAM, (tx) =>
      erasureCounts(
        findPersonalData(personalDataSources, tx, personMatcher(findPerson(tx, 'helene lefevre'))),
      ),
    );
    expect(counts).toMatchObject({ portfolio_customers: { redact: 1 }, campaigns: { redact: 1 } });
    await core.store.transact(TEAM, (tx) => {
      const matcher = personMatcher(findPerson(tx, 'P-1'));
      erasePersonalData(tx, findPersonalData(personalDataSources, tx, matcher), {
        matcher,
        at: '2026-11-28T09:00:00.000Z',
      });
    });
    await core.store.transact(TEAM, (tx) => {
      expect(tx.collection(customersCollection).all()).toEqual([
        { id: 'c1', n: 1, ref: 'erased-c1', name: '[…]' },
        { id: 'c2', n: 2, ref: 'CUST-2', name: 'Garage Martin' },
      ]);
      expect(tx.campaigns.get('C-1')).toMatchObject({
        name: 'Relance particuliers',
        offer: 'Offre remise 10 %, demandée par […]',
        conclusion: 'Bon retour de Mme […]',
      });
      expect(tx.campaigns.get('C-2')?.offer).toBe('Stand');
    });
    // Nowhere in the data folder nor the database any more (files decoded: the snapshot keeps their
    // bytes in base64; a database row, `db:…`, as its text).
    const files = Object.entries(await core.snapshot())
      .map(([name, v]) => (name.startsWith('db:') ? v : Buffer.from(v, 'base64').toString('utf8')))
      .join('\n');
    expect(files).toContain('Garage Martin');
    for (const s of ['Hélène', 'Lefèvre', 'helene@example.fr']) expect(files).not.toContain(s);
  });
});
