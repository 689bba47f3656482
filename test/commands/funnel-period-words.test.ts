import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore } from '../helpers/core.ts';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeAll(async () => {
  core = await createTestCore(); // today: Saturday 2026-11-28 (week 48, 4th quarter)
});
afterAll(async () => {
  await core.close();
});

const periodOf = async (text: string, locale?: 'en') => {
  const r = await core.run(text, locale ? { locale } : {});
  expect(r.error).toBeUndefined();
  return (r.data as { period: { from: string; to: string } }).period;
};

describe('/funnel with a period in words', () => {
  it.each([
    ['/entonnoir novembre', '2026-11-01', '2026-11-30'],
    ['/entonnoir novembre 2026', '2026-11-01', '2026-11-30'],
    ['/entonnoir période:novembre 2025', '2025-11-01', '2025-11-30'],
    ['/entonnoir T4', '2026-10-01', '2026-12-31'],
    ['/entonnoir S48', '2026-11-23', '2026-11-29'],
    ['/entonnoir semaine 48', '2026-11-23', '2026-11-29'],
    ['/entonnoir semaine 48 2025', '2025-11-24', '2025-11-30'],
    ['/funnel november 2026', '2026-11-01', '2026-11-30'],
    ['/funnel Q4', '2026-10-01', '2026-12-31'],
    ['/funnel W48', '2026-11-23', '2026-11-29'],
    ['/funnel week 48', '2026-11-23', '2026-11-29'],
  ])('%s is %s..%s', async (text, from, to) => {
    expect(await periodOf(text)).toEqual({ from, to });
  });

  it('the error for a wrong period shows worded examples, in both languages', async () => {
    const fr = await core.run('/entonnoir novembr');
    expect(fr.error?.message).toContain('novembre, T4, S48');
    const en = await core.run('/funnel novembr', { locale: 'en' });
    expect(en.error?.message).toContain('november, Q4, W48');
  });
});
