import { describe, expect, it } from 'vitest';
import { type PeriodKind, parsePeriod } from '../../src/analytics/period.ts';

const today = '2026-11-28'; // a Saturday, ISO week 48, 4th quarter

describe('periods in words, today = Saturday 2026-11-28', () => {
  const cases: [string[], string, string, PeriodKind][] = [
    [['novembre', 'Novembre', 'november', 'nov', 'Nov.'], '2026-11-01', '2026-11-30', 'month'],
    [['novembre 2026', 'november 2026', 'nov 2026', 'novembre-2026'], '2026-11-01', '2026-11-30', 'month'],
    [['octobre', 'october', 'oct'], '2026-10-01', '2026-10-31', 'month'],
    [['janvier', 'january'], '2026-01-01', '2026-01-31', 'month'],
    // A month still to come this year means last year's: a funnel only counts what happened.
    [['décembre', 'decembre', 'december', 'déc'], '2025-12-01', '2025-12-31', 'month'],
    [['decembre 2026', 'December 2026'], '2026-12-01', '2026-12-31', 'month'],
    [['février 2025', 'fevrier 2025', 'february 2025', 'févr. 2025'], '2025-02-01', '2025-02-28', 'month'],
    [['août', 'aout', 'august'], '2026-08-01', '2026-08-31', 'month'],
    [['T4', 't4', 'Q4', 'q4'], '2026-10-01', '2026-12-31', 'quarter'],
    [['T1', 'Q1'], '2026-01-01', '2026-03-31', 'quarter'],
    [['T2 2025', 'Q2 2025'], '2025-04-01', '2025-06-30', 'quarter'],
    [
      ['S48', 's48', 'W48', 'w48', 'semaine 48', 'Semaine 48', 'week 48', 'sem 48'],
      '2026-11-23',
      '2026-11-29',
      'week',
    ],
    [['S1', 'W01', 'semaine 1'], '2025-12-29', '2026-01-04', 'week'],
    [['S10 2025', 'week 10 2025'], '2025-03-03', '2025-03-09', 'week'],
  ];
  it.each(cases.flatMap(([texts, from, to, kind]) => texts.map((text) => ({ text, from, to, kind }))))(
    '"$text" is $from..$to ($kind)',
    ({ text, from, to, kind }) => {
      expect(parsePeriod(text, today)).toEqual({ ok: true, period: { from, to }, kind });
    },
  );

  it('in January, "décembre" is the December just gone', () => {
    expect(parsePeriod('décembre', '2027-01-05')).toEqual({
      ok: true,
      period: { from: '2026-12-01', to: '2026-12-31' },
      kind: 'month',
    });
  });

  it.each(['novembr', 'T5', 'Q0', 'S54', 'W0', 'semaine 60', 'novembre 26', 'mars avril'])(
    '"%s" is not a period',
    (text) => {
      expect(parsePeriod(text, today)).toEqual({ ok: false, code: 'invalid_period', params: { text } });
    },
  );

  it('the forms that worked before still do', () => {
    expect(parsePeriod('semaine', today)).toMatchObject({ period: { from: '2026-11-23', to: '2026-11-29' } });
    expect(parsePeriod('2026-W48', today)).toMatchObject({
      period: { from: '2026-11-23', to: '2026-11-29' },
    });
    expect(parsePeriod('2026-T4', today)).toMatchObject({ period: { from: '2026-10-01', to: '2026-12-31' } });
    expect(parsePeriod('mois', today)).toMatchObject({ period: { from: '2026-11-01', to: '2026-11-30' } });
  });
});
