import { describe, expect, it } from 'vitest';
import {
  checkNotFuture,
  detectDateOrder,
  detectDecimalSeparator,
  normalizeKey,
  parseAmount,
  parseBoolean,
  parseDate,
  parseDuration,
  parseInteger,
  parseNumber,
  parseTime,
} from '../../src/core/values.ts';

// 2026-11-28 is a Saturday.
const today = '2026-11-28';

describe('parseAmount', () => {
  it.each([
    ['1234.50', 1234.5],
    ['1234,50', 1234.5],
    ['1 234,50', 1234.5],
    ['1\u00a0234,50', 1234.5],
    ['1\u202f234,50', 1234.5],
    ['1.234,50', 1234.5],
    ['1,234.50', 1234.5],
    ['1 234.50', 1234.5],
    ['1234', 1234],
    ['12,5', 12.5],
    [',5', 0.5],
    ['1.234.567,89', 1234567.89],
    ['1,234,567.89', 1234567.89],
    ['1 234 567', 1234567],
    ['12 €', 12],
    ['12€', 12],
    ['€12,50', 12.5],
    ['€ 12', 12],
    ['5 EUR', 5],
    ['5 eur', 5],
    ['5 euros', 5],
    ['$5.99', 5.99],
    ['+5', 5],
    ['-0', 0],
    ['  42  ', 42],
  ])('reads %j as %d', (text, value) => {
    expect(parseAmount(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['1,234', 1.234],
    ['12,345', 12.345],
    ['1.234', 1234],
    ['1.500 €', 1500],
    ['999.000', 999000],
    ['0.125', 0.125],
    ['1234.567', 1234.567],
    ['1.5', 1.5],
    ['1.50', 1.5],
    ['1.2345', 1.2345],
  ])('reads the lone separator in %j the French way: %d', (text, value) => {
    expect(parseAmount(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['1.234', '.', 1.234],
    ['-383.031', '.', -383.031],
    ['1,234', '.', 1234],
    ['1,234', ',', 1.234],
    ['1.234', ',', 1234],
  ] as const)('reads %j with decimal %j as %d', (text, decimal, value) => {
    expect(parseAmount(text, { decimal, allowNegative: true })).toEqual({ ok: true, value });
  });

  it.each(['-5', '-5 €', '-€5', '€-5', '−5', '- 12,50'])('rejects the negative %j', (text) => {
    expect(parseAmount(text)).toEqual({ ok: false, code: 'negative_amount' });
  });

  it.each([
    ['-5', -5],
    ['-€5', -5],
    ['−1 234,50', -1234.5],
  ])('accepts the negative %j when allowed', (text, value) => {
    expect(parseAmount(text, { allowNegative: true })).toEqual({ ok: true, value });
  });

  it.each([
    '',
    'abc',
    '12 34',
    '1,2,3',
    '1.2.3',
    '5,',
    '1e5',
    '--5',
    '12 €€',
    '1 234.567,89',
    '12,34.5',
    '5 USD',
  ])('rejects %j', (text) => {
    expect(parseAmount(text)).toEqual({ ok: false, code: 'invalid_amount' });
  });

  it('rejects separators that contradict the decimal hint', () => {
    expect(parseAmount('1,23', { decimal: '.' })).toEqual({ ok: false, code: 'invalid_amount' });
  });
});

describe('parseNumber and parseInteger', () => {
  it.each([
    ['-12,5', -12.5],
    ['1 234,5', 1234.5],
    ['0.125', 0.125],
    ['-3', -3],
  ])('parseNumber reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });

  it.each(['12 €', 'x', ''])('parseNumber rejects %j', (text) => {
    expect(parseNumber(text)).toEqual({ ok: false, code: 'invalid_number' });
  });

  it.each([
    ['42', 42],
    ['1 000', 1000],
    ['1.000', 1000],
    ['-7', -7],
  ])('parseInteger reads %j as %d', (text, value) => {
    expect(parseInteger(text)).toEqual({ ok: true, value });
  });

  it.each(['2,5', '0.5', 'abc'])('parseInteger rejects %j', (text) => {
    expect(parseInteger(text)).toEqual({ ok: false, code: 'invalid_integer' });
  });
});

describe('detectDecimalSeparator', () => {
  it.each([
    [['261.96', '22.368', '-383.031', '14'], '.'],
    [['1234,50', '12', '1 000'], ','],
    [['1.234,50'], ','],
    [['1,234.50'], '.'],
    [['1.234.567'], ','],
    [['1.234', '2.500', '12'], 'ambiguous'],
    [['12,5', '3.75'], 'ambiguous'],
    [['', 'n/a'], 'ambiguous'],
  ])('finds %j → %s', (samples, expected) => {
    expect(detectDecimalSeparator(samples)).toBe(expected);
  });
});

describe('parseDuration', () => {
  it.each([
    ['45', 45],
    ['45min', 45],
    ['45 min', 45],
    ['45 mn', 45],
    ['90 min', 90],
    ['1h', 60],
    ['1h30', 90],
    ['1 h 30', 90],
    ['1h30min', 90],
    ['1:30', 90],
    ['1,5 h', 90],
    ['2 heures', 120],
    ['1 hour 15 minutes', 75],
  ])('reads %j as %d minutes', (text, minutes) => {
    expect(parseDuration(text)).toEqual({ ok: true, value: minutes });
  });

  it.each(['', 'abc', '1h75', '1 30', '1,5h30', '1:75', 'h30'])('rejects %j', (text) => {
    expect(parseDuration(text)).toEqual({ ok: false, code: 'invalid_duration' });
  });
});

describe('parseTime', () => {
  it.each([
    ['14:30', '14:30'],
    ['14h30', '14:30'],
    ['14h', '14:00'],
    ['14 h 30', '14:30'],
    ['9h05', '09:05'],
    ['14.30', '14:30'],
    ['09:05:00', '09:05'],
    ['2:30pm', '14:30'],
    ['2pm', '14:00'],
    ['2:30 P.M.', '14:30'],
    ['12am', '00:00'],
    ['12pm', '12:00'],
    ['Midi', '12:00'],
    ['minuit', '00:00'],
  ])('reads %j as %s', (text, time) => {
    expect(parseTime(text)).toEqual({ ok: true, value: time });
  });

  it.each(['24:00', '14:60', '13pm', '0am', '14:', 'abc', ''])('rejects %j', (text) => {
    expect(parseTime(text)).toEqual({ ok: false, code: 'invalid_time' });
  });
});

describe('parseBoolean', () => {
  it.each([
    ['oui', true],
    ['OUI', true],
    ['yes', true],
    ['true', true],
    ['Vrai', true],
    ['1', true],
    ['non', false],
    ['no', false],
    ['false', false],
    ['faux', false],
    ['0', false],
  ])('reads %j as %s', (text, value) => {
    expect(parseBoolean(text)).toEqual({ ok: true, value });
  });

  it.each(['peut-être', 'constructor', '2', ''])('rejects %j', (text) => {
    expect(parseBoolean(text)).toEqual({ ok: false, code: 'invalid_boolean' });
  });
});

describe('parseDate', () => {
  it.each([
    ['2026-11-27', '2026-11-27'],
    ['27/11/2026', '2026-11-27'],
    ['27/11/26', '2026-11-27'],
    ['27-11-2026', '2026-11-27'],
    ['27.11.2026', '2026-11-27'],
    ['1/2/2026', '2026-02-01'],
    ['27/11', '2026-11-27'],
    ['27/11/98', '1998-11-27'],
    ['29/02/2028', '2028-02-29'],
    ['27/11/2026 14:30', '2026-11-27'],
    ['2026-11-27T23:30:00Z', '2026-11-27'],
    ['2026/11/27', '2026-11-27'],
    ['27 novembre 2026', '2026-11-27'],
    ['27 Novembre', '2026-11-27'],
    ['1er déc.', '2026-12-01'],
    ['lundi 23 novembre', '2026-11-23'],
    ['Nov 27, 2026', '2026-11-27'],
    ['27-nov-26', '2026-11-27'],
    ['3 août 2026', '2026-08-03'],
  ])('reads %j as %s', (text, date) => {
    expect(parseDate(text, { today })).toEqual({ ok: true, value: date });
  });

  it.each([
    ['today', '2026-11-28'],
    ["aujourd'hui", '2026-11-28'],
    ['Aujourd’hui', '2026-11-28'],
    ['auj', '2026-11-28'],
    ['AUJ.', '2026-11-28'],
    ['hier', '2026-11-27'],
    ['Yesterday', '2026-11-27'],
    ['avant-hier', '2026-11-26'],
    ['avant hier', '2026-11-26'],
    ['day before yesterday', '2026-11-26'],
    ['demain', '2026-11-29'],
    ['tomorrow', '2026-11-29'],
    ['après-demain', '2026-11-30'],
    ['J-2', '2026-11-26'],
    ['-2', '2026-11-26'],
    ['j+1', '2026-11-29'],
    ['D-7', '2026-11-21'],
  ])('reads the relative %j as %s', (text, date) => {
    expect(parseDate(text, { today })).toEqual({ ok: true, value: date });
  });

  it.each([
    ['vendredi', '2026-11-27'],
    ['Friday', '2026-11-27'],
    ['lundi', '2026-11-23'],
    ['monday', '2026-11-23'],
    ['lun', '2026-11-23'],
    ['lundi dernier', '2026-11-23'],
    ['last monday', '2026-11-23'],
    ['samedi', '2026-11-21'], // today is Saturday: the weekday name means the previous one
    ['dimanche', '2026-11-22'],
    ['lundi prochain', '2026-11-30'],
    ['next saturday', '2026-12-05'],
  ])('reads the weekday %j as %s', (text, date) => {
    expect(parseDate(text, { today })).toEqual({ ok: true, value: date });
  });

  it.each([
    ['11/08/2016', '2016-11-08'],
    ['6/16/2016', '2016-06-16'],
    ['11/27', '2026-11-27'],
    ['2016-11-08', '2016-11-08'],
  ])('reads %j month first with order mdy as %s', (text, date) => {
    expect(parseDate(text, { today, order: 'mdy' })).toEqual({ ok: true, value: date });
  });

  it('reads two-digit years first with order ymd', () => {
    expect(parseDate('16/11/08', { today, order: 'ymd' })).toEqual({ ok: true, value: '2016-11-08' });
  });

  it.each([
    '31/02/2026',
    '29/02/2026',
    '32/01/2026',
    '27/13/2026',
    '2026-13-01',
    '6/16/2016',
    '27/11/026',
    '27/11-2026',
    '27/11/0226',
    'hier soir',
    'lundi dernier prochain',
    '31 février',
    '',
  ])('rejects %j', (text) => {
    expect(parseDate(text, { today })).toEqual({ ok: false, code: 'invalid_date' });
  });

  it('reports a malformed today', () => {
    expect(parseDate('hier', { today: '28/11/2026' })).toEqual({ ok: false, code: 'invalid_today' });
  });
});

describe('checkNotFuture', () => {
  it.each([
    ['2026-11-27', true],
    ['2026-11-28', true],
    ['2026-11-29', true],
    ['2026-11-30', false],
    ['2027-01-01', false],
  ])('with one day of grace, %s is accepted: %s', (date, accepted) => {
    const result = checkNotFuture(date, today, { graceDays: 1 });
    expect(result).toEqual(
      accepted
        ? { ok: true, value: date }
        : { ok: false, code: 'date_in_future', params: { max: '2026-11-29' } },
    );
  });

  it('allows no day ahead with zero grace', () => {
    expect(checkNotFuture('2026-11-29', today, { graceDays: 0 })).toMatchObject({ code: 'date_in_future' });
  });
});

describe('detectDateOrder', () => {
  it.each([
    [['11/08/2016', '6/12/2016', '10/11/2015', '6/16/2016'], 'mdy'],
    [['11/08/2016', '6/12/2016', '10/11/2015'], 'ambiguous'],
    [['27/11/2026', '01/02/2026'], 'dmy'],
    [['2026-11-27', '2026-01-02 10:00'], 'ymd'],
    [['2026-11-27', '01/02/2026'], 'ambiguous'],
    [['27/11/2026', '11/27/2026'], 'ambiguous'],
    [['', 'n/a'], 'ambiguous'],
  ])('finds %j → %s', (samples, order) => {
    expect(detectDateOrder(samples)).toBe(order);
  });
});

describe('normalizeKey', () => {
  it.each([
    ['  Société  ', 'societe'],
    ['Chiffre_d’Affaires', "chiffre d'affaires"],
    ['montant--HT', 'montant ht'],
    ['Avant-Hier', 'avant hier'],
    ['CŒUR de cible', 'coeur de cible'],
    ['Résultat\u00a0 final', 'resultat final'],
  ])('turns %j into %j', (text, key) => {
    expect(normalizeKey(text)).toBe(key);
  });
});
