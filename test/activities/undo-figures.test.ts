import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/reply.ts';
import { createTestCore } from '../helpers/core.ts';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore(); // today: Saturday 2026-11-28
});
afterEach(async () => {
  await core.close();
});

// biome-ignore lint/suspicious/noExplicitAny: command data is read field by field
type Data = Record<string, any>;
const ok = async (text: string): Promise<Reply> => {
  const r = await core.run(text);
  expect(r.error, `${text}: ${r.error?.message}`).toBeUndefined();
  return r;
};
const data = async (text: string) => (await ok(text)).data as Data;

describe('a deleted action leaves every figure at once', () => {
  it('dashboard and profitability of a campaign: 2 signatures, delete one → 1, restore → 2', async () => {
    await ok('/campaign create "Op" from:2026-11-02 to:2026-11-29 target_size:50');
    await ok('/campaign rates hourly_cost:30 km_rate:0,5 markup:40');
    await ok('/campaign cost add C-1 label:Stand amount:500 category:stand');
    await ok('/log kind:visit outcome:signed prospect:B date:2026-11-24 amount:2000 margin:900 campaign:C-1');
    await ok('/log kind:visit outcome:signed prospect:C date:2026-11-25 amount:1000 campaign:C-1');
    const figures = async () => {
      const d = await data('/dashboard C-1');
      const p = await data('/profitability C-1');
      return { signed: d.stages.signed, visited: d.stages.visited, margin: p.margin_generated, cac: p.cac };
    };
    // margin: 900 logged + 1 000 × 40 % = 1 300; cac = 500 / 2 new customers
    expect(await figures()).toEqual({
      signed: 2,
      visited: 2,
      margin: 1300,
      cac: { numerator: 500, denominator: 2, value: 250 },
    });
    await ok('/activity delete A-2');
    expect(await figures()).toEqual({
      signed: 1,
      visited: 1,
      margin: 900,
      cac: { numerator: 500, denominator: 1, value: 500 },
    });
    await ok('/activity restore A-2');
    expect((await figures()).margin).toBe(1300);
  });

  it('the prospect list and card forget a deleted action', async () => {
    await ok('/log kind:call outcome:reached prospect:Martin date:2026-11-20');
    await ok('/log kind:call outcome:appointment prospect:Martin date:2026-11-27');
    expect(await data('/prospect show P-1')).toMatchObject({
      activityCount: 2,
      prospect: { lastContact: '2026-11-27' },
    });
    await ok('/activity delete A-2');
    expect(await data('/prospect show P-1')).toMatchObject({
      activityCount: 1,
      prospect: { lastContact: '2026-11-20' },
    });
  });
});
