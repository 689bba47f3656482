import { describe, expect, it } from 'vitest';
import { ratio } from '../../src/analytics/ratio.ts';

describe('ratio', () => {
  it.each([
    [80, 240, 1 / 3],
    [0, 5, 0],
    [7, 4, 1.75],
    [3, 0, null],
    [0, 0, null],
  ])('%i / %i keeps the fraction and its exact value', (numerator, denominator, value) => {
    expect(ratio(numerator, denominator)).toEqual({ numerator, denominator, value });
  });
});
