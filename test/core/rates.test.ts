import { describe, expect, it } from 'vitest';
import { parseRate, typedRate } from '../../src/core/values.ts';

describe('parseRate: a rate typed as elsewhere, as a fraction', () => {
  it.each([
    ['60 %', 0.6],
    ['60%', 0.6],
    ['60\u00a0%', 0.6],
    ['0,6', 0.6],
    ['0.6', 0.6],
    ['60', 0.6],
    ['37,5 %', 0.375],
    ['5,5 %', 0.055],
    ['2.1%', 0.021],
    ['150 %', 1.5],
    ['1,5', 0.015],
    ['-2 %', -0.02],
    ['−2 %', -0.02],
    ['-0,02', -0.02],
    ['0', 0],
    ['1 234,5 %', 12.345],
  ])('%s → %d', (typed, value) => {
    const r = parseRate(typed);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toBeCloseTo(value, 12);
  });

  it.each(['', '%', 'soixante', '60 € ', '6O %', '12 34 %'])('refuses %j with invalid_rate', (typed) => {
    expect(parseRate(typed)).toEqual({ ok: false, code: 'invalid_rate' });
  });

  it.each([
    [0.6, ',', '60 %'],
    [0.375, ',', '37,5 %'],
    [0.07, '.', '7 %'],
    [1.5, '.', '150 %'],
    [-0.02, ',', '-2 %'],
  ] as const)('typedRate(%d) → %s, which reads back the same', (rate, decimal, typed) => {
    expect(typedRate(rate, decimal)).toBe(typed);
    const back = parseRate(typed);
    expect(back.ok && back.value).toBeCloseTo(rate, 12);
  });
});
