import { type NumberOptions, parseNumber } from './numbers.ts';
import { fail, ok, type Parsed } from './parsed.ts';

const PERCENT_SIGN = /\s*%$/;

/**
 * A rate as a fraction: `60 %`, `60%`, `-2,5 %` are percentages; a bare number below 1 in size is
 * a fraction (`0,6` = 60 %, `-0,02` = −2 %), any other bare number a percentage (`60` = 60 %,
 * `1,5` = 1,5 %), since nobody types a 150 % rate as `1,5` without the sign but many type `60`.
 */
export function parseRate(text: string, opts: NumberOptions = {}): Parsed<number> {
  const typed = text.trim();
  const percent = PERCENT_SIGN.test(typed);
  const body = percent ? typed.replace(PERCENT_SIGN, '') : typed;
  const n = parseNumber(body, opts);
  if (!n.ok || body === '') return fail('invalid_rate');
  if (percent || Math.abs(n.value) >= 1) return ok(n.value / 100);
  return ok(n.value);
}

/** A rate written back as a user types it: 0.6 → `60 %`, in the locale's decimal mark. */
export function typedRate(rate: number, decimal: '.' | ','): string {
  // Rounded to 10 significant digits: 0.07 × 100 is 7.000000000000001 in binary.
  const percent = Number((rate * 100).toPrecision(10));
  return `${decimal === ',' ? String(percent).replace('.', ',') : String(percent)} %`;
}
