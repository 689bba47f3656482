import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacFor } from '../../src/portfolio/cac.ts';
import { createTestCore } from '../helpers/core.ts';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(async () => {
  await core.close();
});

const YEAR_2026 = { from: '2026-01-01', to: '2026-12-31' };

describe('cac from the campaigns', () => {
  it('is null without campaign costs, then campaign cost over the customers its activities signed', async () => {
    await core.run('/campaign create "Relance artisans" from:2026-11-01 to:2026-11-30');
    expect(
      await core.store.transact('local:acme', (tx) => cacFor(tx, undefined, YEAR_2026, '2026-11-28')),
    ).toBeNull();
    expect((await core.run('/campaign cost add C-1 label:"Fichier CCI" amount:450')).error).toBeUndefined();
    expect((await core.run('/campaign cost add C-1 label:Stand amount:1050')).error).toBeUndefined();
    // no customer won yet: the denominator is 0, so no CAC
    expect(
      await core.store.transact('local:acme', (tx) => cacFor(tx, undefined, YEAR_2026, '2026-11-28')),
    ).toBeNull();
    await core.run('/log kind:visit outcome:signed prospect:A campaign:C-1 amount:2000 date:2026-11-20');
    await core.run('/log kind:visit outcome:signed prospect:B campaign:C-1 amount:900 date:2026-11-21');
    await core.run('/log kind:visit outcome:signed prospect:A campaign:C-1 amount:300 date:2026-11-24');
    await core.run('/log kind:visit outcome:signed prospect:Z amount:300 date:2026-11-24'); // no campaign
    // 1 500 € of fixed costs (no durations or km logged) / 2 distinct prospects signed by the campaign
    expect(
      await core.store.transact('local:acme', (tx) => cacFor(tx, undefined, YEAR_2026, '2026-11-28')),
    ).toEqual({
      value: 750,
      source: 'campaigns',
      cost: 1500,
      newCustomers: 2,
    });
    expect(await core.store.transact('local:acme', (tx) => cacFor(tx, 99, YEAR_2026, '2026-11-28'))).toEqual({
      value: 99,
      source: 'option',
    });
  });
});

describe('one CAC definition (DOMAIN §2) for /portfolio value and /profitability', () => {
  it('costs of the period’s campaigns / customers new in the period: a re-order and last year’s campaign do not count', async () => {
    const ok = async (line: string) => expect((await core.run(line)).error, line).toBeUndefined();
    await ok('/campaign create "Salon 2025" from:2025-03-01 to:2025-03-31');
    await ok('/campaign cost add C-1 label:Stand amount:1300');
    await ok('/campaign create "Relance 2026" from:2026-02-01 to:2026-02-28');
    await ok('/campaign cost add C-2 label:Fichier amount:500');
    // 2025: Boulangerie B and Dupont D become customers through the trade show
    await ok('/log kind:visit outcome:signed prospect:B campaign:C-1 amount:900 date:2025-03-10');
    await ok('/log kind:visit outcome:signed prospect:D campaign:C-1 amount:700 date:2025-03-12');
    // 2026: B, a customer since 2025, orders again; A is won
    await ok('/log kind:visit outcome:signed prospect:B campaign:C-2 amount:400 date:2026-02-10');
    await ok('/log kind:visit outcome:signed prospect:A campaign:C-2 amount:2000 date:2026-02-12');
    const year2026 = { from: '2026-01-01', to: '2026-12-31' };
    expect(
      await core.store.transact('local:acme', (tx) => cacFor(tx, undefined, year2026, '2026-11-28')),
    ).toEqual({ value: 500, source: 'campaigns', cost: 500, newCustomers: 1 });
    const year2025 = { from: '2025-01-01', to: '2025-12-31' };
    expect(
      await core.store.transact('local:acme', (tx) => cacFor(tx, undefined, year2025, '2026-11-28')),
    ).toEqual({ value: 650, source: 'campaigns', cost: 1300, newCustomers: 2 });
    const profitability = await core.run('/profitability C-2');
    expect(profitability.data?.cac).toEqual({ numerator: 500, denominator: 1, value: 500 });
  });
});
