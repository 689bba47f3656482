import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signedFigures } from '../../src/campaigns/margin.ts';
import type { Activity } from '../../src/domain/entities.ts';
import { createTestCore } from '../helpers/core.ts';

const signed = (o: Partial<Activity>): Activity => ({
  id: `A-${o.amount}-${o.margin}`,
  kind: 'visit',
  outcome: 'signed',
  prospectId: 'P-1',
  repId: 'cli:alice',
  date: '2026-11-02',
  source: 'chat',
  createdAt: '2026-11-02T09:00:00Z',
  createdBy: 'cli:alice',
  ...o,
});

describe('margin_base says where the margin comes from, and never “logged” when none is known', () => {
  it.each([
    ['a signature without margin and no markup rate', [signed({ amount: 5_000 })], null, null, 'unknown'],
    [
      'a logged margin beside a signature of unknown margin',
      [signed({ amount: 10_000, margin: 3_000 }), signed({ amount: 5_000 })],
      null,
      null,
      'unknown',
    ],
    ['logged margins only', [signed({ amount: 10_000, margin: 3_000 })], null, 3_000, 'logged'],
    ['the markup rate only', [signed({ amount: 5_000 })], 0.25, 1_250, 'markup'],
    ['nothing signed', [], null, 0, 'none'],
  ] as const)('%s', (_, list, markup, margin, base) => {
    expect(signedFigures(list, markup)).toMatchObject({ margin, base });
  });
});

describe('/profitability without any margin known', () => {
  let core: Awaited<ReturnType<typeof createTestCore>>;
  beforeEach(async () => {
    core = await createTestCore();
  });
  afterEach(async () => {
    await core.close();
  });

  it('gives null margin, profit and ROI, and margin_base "unknown"', async () => {
    await core.run('/campaign create Relance from:2026-11-01 to:2026-11-30');
    await core.run('/campaign cost add C-1 label:Fichier amount:300');
    await core.run('/log kind:visit outcome:signed prospect:A campaign:C-1 amount:2000 date:2026-11-10');
    const r = await core.run('/profitability C-1');
    expect(r.data).toMatchObject({ margin_generated: null, profit: null, roi: null, margin_base: 'unknown' });
  });
});
