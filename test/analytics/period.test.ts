import { describe, expect, it } from 'vitest';
import { PERIOD_KEYWORDS, type PeriodKind, parsePeriod } from '../../src/analytics/period.ts';

const today = '2026-11-28'; // a Saturday

describe('parsePeriod keywords, today = Saturday 2026-11-28', () => {
  const cases: [string[], string, string, PeriodKind][] = [
    [['today', "aujourd'hui", 'Aujourd’hui', 'aujourdhui'], '2026-11-28', '2026-11-28', 'day'],
    [['yesterday', 'hier', 'HIER'], '2026-11-27', '2026-11-27', 'day'],
    [
      ['this-week', 'this week', 'cette-semaine', 'cette semaine', 'semaine'],
      '2026-11-23',
      '2026-11-29',
      'week',
    ],
    [
      ['last-week', 'last_week', 'semaine-derniere', 'semaine dernière', 'Semaine_Passée', 'semaine-passee'],
      '2026-11-16',
      '2026-11-22',
      'week',
    ],
    [['this-month', 'ce-mois', 'ce mois', 'mois'], '2026-11-01', '2026-11-30', 'month'],
    [
      ['last-month', 'mois-dernier', 'mois dernier', 'mois-precedent', 'mois précédent'],
      '2026-10-01',
      '2026-10-31',
      'month',
    ],
    [['this-quarter', 'ce-trimestre', 'ce trimestre'], '2026-10-01', '2026-12-31', 'quarter'],
    [['last-quarter', 'trimestre-dernier', 'trimestre dernier'], '2026-07-01', '2026-09-30', 'quarter'],
    [['this-year', 'cette-annee', 'cette année'], '2026-01-01', '2026-12-31', 'year'],
    [['last-year', 'annee-derniere', 'année dernière'], '2025-01-01', '2025-12-31', 'year'],
    [
      ['last-7-days', 'last 7 days', '7-derniers-jours', '7 derniers jours'],
      '2026-11-22',
      '2026-11-28',
      'range',
    ],
    [['last-30-days', '30-derniers-jours', '30 derniers jours'], '2026-10-30', '2026-11-28', 'range'],
  ];
  it.each(cases.flatMap(([texts, from, to, kind]) => texts.map((text) => ({ text, from, to, kind }))))(
    '"$text" is $from..$to ($kind)',
    ({ text, from, to, kind }) => {
      expect(parsePeriod(text, today)).toEqual({ ok: true, period: { from, to }, kind });
    },
  );

  it('every keyword and French alias of PERIOD_KEYWORDS parses', () => {
    for (const { id, fr } of PERIOD_KEYWORDS) {
      const expected = parsePeriod(id, today);
      expect(expected.ok).toBe(true);
      for (const alias of fr) expect(parsePeriod(alias, today)).toEqual(expected);
    }
  });
});

describe('parsePeriod calendar periods and ranges', () => {
  it.each<{ text: string; from: string; to: string; kind: PeriodKind }>([
    { text: '2026-11', from: '2026-11-01', to: '2026-11-30', kind: 'month' },
    { text: '2024-02', from: '2024-02-01', to: '2024-02-29', kind: 'month' },
    { text: '2026-W01', from: '2025-12-29', to: '2026-01-04', kind: 'week' },
    { text: '2026-w48', from: '2026-11-23', to: '2026-11-29', kind: 'week' },
    { text: '2026-W53', from: '2026-12-28', to: '2027-01-03', kind: 'week' },
    { text: '2026-Q1', from: '2026-01-01', to: '2026-03-31', kind: 'quarter' },
    { text: '2026-T4', from: '2026-10-01', to: '2026-12-31', kind: 'quarter' },
    { text: '2026', from: '2026-01-01', to: '2026-12-31', kind: 'year' },
    { text: '2026-11-16', from: '2026-11-16', to: '2026-11-16', kind: 'day' },
    { text: '2026-11-16..2026-11-22', from: '2026-11-16', to: '2026-11-22', kind: 'range' },
    { text: ' 2026-11-16 .. 2026-11-22 ', from: '2026-11-16', to: '2026-11-22', kind: 'range' },
    { text: '16/11/2026..22/11/2026', from: '2026-11-16', to: '2026-11-22', kind: 'range' },
    { text: '1/2/2026..2026-02-03', from: '2026-02-01', to: '2026-02-03', kind: 'range' },
    { text: '2026-11-16..2026-11-16', from: '2026-11-16', to: '2026-11-16', kind: 'range' },
    { text: '2021-01-01..2025-12-31', from: '2021-01-01', to: '2025-12-31', kind: 'range' },
  ])('"$text" is $from..$to ($kind)', ({ text, from, to, kind }) => {
    expect(parsePeriod(text, today)).toEqual({ ok: true, period: { from, to }, kind });
  });

  it.each<{ text: string; code: string }>([
    { text: '2026-11-22..2026-11-16', code: 'period_reversed' },
    { text: '22/11/2026..16/11/2026', code: 'period_reversed' },
    { text: '2021-01-01..2026-01-01', code: 'period_too_long' },
    { text: '1990..2026', code: 'invalid_period' },
    { text: 'n importe quoi', code: 'invalid_period' },
    { text: '', code: 'invalid_period' },
    { text: 'semaine-prochaine', code: 'invalid_period' },
    { text: '2026-13', code: 'invalid_period' },
    { text: '2026-02-30', code: 'invalid_period' },
    { text: '31/11/2026..01/12/2026', code: 'invalid_period' },
    { text: '2025-W53', code: 'invalid_period' },
    { text: '2026-W00', code: 'invalid_period' },
    { text: '2026-Q5', code: 'invalid_period' },
    { text: '2026-11-16..', code: 'invalid_period' },
    { text: '2026-11-16..2026-11-18..2026-11-20', code: 'invalid_period' },
  ])('"$text" is refused with $code', ({ text, code }) => {
    expect(parsePeriod(text, today)).toMatchObject({ ok: false, code });
  });

  it('errors carry what the message needs', () => {
    expect(parsePeriod('2026-11-22..2026-11-16', today)).toEqual({
      ok: false,
      code: 'period_reversed',
      params: { from: '2026-11-22', to: '2026-11-16' },
    });
    expect(parsePeriod('2021-01-01..2026-01-01', today)).toMatchObject({ params: { maxYears: 5 } });
    expect(parsePeriod('bof', today)).toEqual({ ok: false, code: 'invalid_period', params: { text: 'bof' } });
  });
});
