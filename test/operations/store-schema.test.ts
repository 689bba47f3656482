import { describe, expect, it } from 'vitest';
import { Campaign, Prospect } from '../../src/domain/entities.ts';
import { compileCanonicalCheck } from '../../src/store/canonical-check.ts';

const campaign = {
  id: 'C-1',
  name: 'Salon',
  from: '2026-10-08',
  to: '2026-10-12',
  createdAt: '2026-09-17T08:00:00.000Z',
  methods: ['trade_show', 'phoning'],
  repIds: ['cli:alice'],
  objectives: [
    { id: 'O-1', kind: 'quantitative', metric: 'signed', target: 6, per: 'campaign' },
    { id: 'O-2', kind: 'qualitative', text: 'Fichier', done: false },
  ],
  costs: [{ id: 'F-1', label: 'Stand', category: 'stand', amount: 1800 }],
};
const prospect = {
  id: 'P-1',
  name: 'Garage',
  type: 'b2b',
  consent: { status: 'unknown' },
  status: 'prospect',
  lat: 45.76,
  lon: 4.83,
  qualification: {
    scores: { budget: 3, need: 2 },
    score: 75,
    priority: 'hot',
    at: '2026-11-28',
    by: 'cli:alice',
  },
  createdAt: '2026-09-17T08:00:00.000Z',
  createdBy: 'cli:alice',
};

describe('operations fields keep the store’s fast load path exact', () => {
  const odd: [string, (x: Record<string, unknown>) => unknown][] = [
    ['unknown method', (c) => ({ ...c, methods: ['pigeons'] })],
    [
      'objective of an unknown kind',
      (c) => ({ ...c, objectives: [{ id: 'O-1', kind: 'other', text: 'x', done: false }] }),
    ],
    [
      'qualitative objective missing done',
      (c) => ({ ...c, objectives: [{ id: 'O-2', kind: 'qualitative', text: 'x' }] }),
    ],
    ['extra key in a cost', (c) => ({ ...c, costs: [{ ...(campaign.costs[0] as object), extra: 1 }] })],
    ['methods not an array', (c) => ({ ...c, methods: 'phoning' })],
  ];
  it('compiles for Campaign and Prospect and agrees with zod', () => {
    const checkCampaign = compileCanonicalCheck(Campaign);
    const checkProspect = compileCanonicalCheck(Prospect);
    expect(checkCampaign?.(campaign)).toBe(true);
    expect(checkProspect?.(prospect)).toBe(true);
    expect(Campaign.parse(campaign)).toEqual(campaign);
    for (const [what, make] of odd) {
      const value = make(campaign);
      const accepted = checkCampaign?.(value);
      const zod = Campaign.safeParse(value);
      // the fast path may refuse more than zod, never accept what zod refuses or would change
      if (accepted) expect(zod.success && zod.data, what).toEqual(value);
      else expect(accepted, what).toBe(false);
      expect(zod.success && JSON.stringify(zod.data) === JSON.stringify(value), what).toBe(false);
    }
    const badScore = { ...prospect, qualification: { ...prospect.qualification, scores: { budget: 4 } } };
    expect(checkProspect?.(badScore)).toBe(false);
    expect(Prospect.safeParse(badScore).success).toBe(false);
  });
});
