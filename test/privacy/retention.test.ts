import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/core/dispatch.ts';
import type { Reply } from '../../src/core/reply.ts';
import { isContactFromProspect } from '../../src/privacy/retention.ts';
import { runPrivacyJobs } from '../../src/privacy/scheduler.ts';
import { createTestCore } from '../helpers/core.ts';

type Core = Awaited<ReturnType<typeof createTestCore>>;

describe('what counts as a contact from the prospect', () => {
  it.each([
    ['call', 'no_answer', false],
    ['call', 'reached', false],
    ['email', 'reached', false],
    ['email', 'callback', true],
    ['call', 'refused', true],
    ['visit', 'reached', true],
    ['meeting', 'no_answer', false],
    ['door', 'appointment', true],
  ] as const)('%s %s → %s', (kind, outcome, expected) => {
    expect(isContactFromProspect({ kind, outcome })).toBe(expected);
  });
});

describe('retention, applied daily', () => {
  let core: Core;
  const at = (iso: string, text: string): Promise<Reply> =>
    dispatch(
      {
        channel: 'cli',
        teamId: 'local:acme',
        teamName: 'acme',
        user: { id: 'cli:alice', displayName: 'Alice' },
        input: { kind: 'text', text },
      },
      { ...core.deps, clock: () => new Date(iso) },
    );
  const told: { memberId: string; notice: Reply }[] = [];
  const bot = () => ({
    core: core.deps as never,
    notify: async (_team: string, memberId: string, notice: Reply) => {
      told.push({ memberId, notice });
      return true;
    },
  });
  beforeEach(async () => {
    core = await createTestCore();
    told.length = 0;
    for (const [when, text] of [
      ['2023-01-10T10:00:00Z', '/prospect add name:"Ancien Prospect" type:b2c phone:"06 99 88 77 66"'],
      ['2023-01-10T10:05:00Z', '/log kind:call outcome:no_answer prospect:P-1 note:"Ancien Prospect absent"'],
      ['2023-01-10T10:10:00Z', '/prospect add name:"Répond Toujours"'],
      ['2025-06-01T10:00:00Z', '/log kind:call outcome:appointment prospect:P-2'],
      ['2023-01-10T10:20:00Z', '/gdpr oppose person:"Vieille Opposition"'],
    ] as const) {
      const r = await at(when, text);
      expect(r.error, text).toBeUndefined();
    }
  });
  afterEach(() => core.close());

  it('tells managers 30 days before, then anonymises; purges objections after 3 years; once a day', async () => {
    const first = await runPrivacyJobs(bot(), new Date('2026-11-28T08:00:00Z'));
    expect(first).toHaveLength(1);
    expect(told.map((x) => x.memberId)).toEqual(['cli:alice']);
    const text = told[0]?.notice.blocks.map((b) => (b.type === 'text' ? b.text : '')).join('\n');
    expect(text).toContain('1 fiche sera anonymisée dans 30 jours au plus : P-1.');
    expect(text).not.toContain('Ancien');
    expect(await runPrivacyJobs(bot(), new Date('2026-11-28T18:00:00Z'))).toEqual([]);
    const early = await at('2026-12-20T09:00:00Z', '/gdpr retention preview');
    expect(early.data?.plan).toMatchObject({ notice: [], anonymise: [], purgeOppositions: [] });
    await runPrivacyJobs(bot(), new Date('2026-12-28T08:00:00Z'));
    const state = await core.store.transact('local:acme', (tx) => ({
      prospects: tx.prospects.all().map((p) => [p.id, p.name, p.erasedAt ?? null]),
      note: tx.activities.get(tx.activities.all()[0]?.id ?? '')?.note,
    }));
    expect(state.prospects).toEqual([
      ['P-1', '[…]', '2026-12-28T08:00:00.000Z'],
      ['P-2', 'Répond Toujours', null],
    ]);
    expect(state.note).toBe('[…] absent');
    const audit = await at('2026-12-28T09:00:00Z', '/audit action:retention');
    const entries = audit.data?.entries as {
      actorId: string;
      targets: string[];
      counts: Record<string, number>;
    }[];
    expect(entries.map((e) => [e.actorId, e.targets])).toEqual([
      ['system', ['P-1']],
      ['system', ['X-1']],
    ]);
    expect(entries[0]?.counts).toMatchObject({ 'prospects.anonymise': 1, 'activities.redact': 1 });
  });

  it('keeps durations at the legal default unless a reason is given', async () => {
    const refused = await at('2026-11-28T09:00:00Z', '/rgpd conservation prospects:5');
    expect(refused.error).toMatchObject({ code: 'retention_above_legal', field: 'prospect_years' });
    expect(refused.error?.message).toContain('prospects : 5 ans dépasse');
    const saved = await at(
      '2026-11-28T09:00:00Z',
      '/rgpd conservation prospects:5 raison:"Cycle de vente de 4 ans"',
    );
    expect(saved.data?.rules).toMatchObject({ prospectYears: 5, reason: 'Cycle de vente de 4 ans' });
    const shorter = await at('2026-11-28T09:00:00Z', '/gdpr retention customer_years:2 opposition_years:1');
    // Shorter is always allowed; an opposition list is kept at least 3 years whatever is asked.
    expect(shorter.data?.rules).toMatchObject({ customerYears: 2, oppositionYears: 3 });
  });
});
