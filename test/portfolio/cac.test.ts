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

describe('cac from the campaigns', () => {
  it('is null without campaign costs, then campaign cost over the customers its activities signed', async () => {
    await core.run('/campaign create "Relance artisans" from:2026-11-01 to:2026-11-30');
    expect(await core.store.transact('local:acme', (tx) => cacFor(tx, undefined))).toBeNull();
    expect((await core.run('/campaign cost add C-1 label:"Fichier CCI" amount:450')).error).toBeUndefined();
    expect((await core.run('/campaign cost add C-1 label:Stand amount:1050')).error).toBeUndefined();
    // no customer won yet: the denominator is 0, so no CAC
    expect(await core.store.transact('local:acme', (tx) => cacFor(tx, undefined))).toBeNull();
    await core.run('/log kind:visit outcome:signed prospect:A campaign:C-1 amount:2000 date:2026-11-20');
    await core.run('/log kind:visit outcome:signed prospect:B campaign:C-1 amount:900 date:2026-11-21');
    await core.run('/log kind:visit outcome:signed prospect:A campaign:C-1 amount:300 date:2026-11-24');
    await core.run('/log kind:visit outcome:signed prospect:Z amount:300 date:2026-11-24'); // no campaign
    // 1 500 € of fixed costs (no durations or km logged) / 2 distinct prospects signed by the campaign
    expect(await core.store.transact('local:acme', (tx) => cacFor(tx, undefined))).toEqual({
      value: 750,
      source: 'campaigns',
      cost: 1500,
      newCustomers: 2,
    });
    expect(await core.store.transact('local:acme', (tx) => cacFor(tx, 99))).toEqual({
      value: 99,
      source: 'option',
    });
  });
});
