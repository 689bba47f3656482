/** DOMAIN §7 break-even (seuil de rentabilité, point mort) from fixed costs and the contribution. */

/** How the variable part is known: variable costs, the contribution margin, or its rate. */
export type ContributionInput =
  | { kind: 'variable_costs'; value: number }
  | { kind: 'contribution'; value: number }
  | { kind: 'contribution_rate'; value: number };

export interface BreakEvenInput {
  fixedCosts: number;
  revenue: number;
  contribution: ContributionInput;
  /** 365 (calendar year) or 360 (commercial year: twelve months of 30 days). */
  days: 360 | 365;
  /** First day of the year the break-even day is counted from, `YYYY-MM-DD`. */
  start: string;
}

export interface BreakEven {
  /** Marge sur coût variable = revenue − variable costs. */
  contribution_margin: number;
  contribution_rate: number | null;
  /** Fixed costs / contribution rate; null when the rate is unknown, zero or negative (never reached). */
  break_even_revenue: number | null;
  /** Break-even revenue / revenue × days, exact. */
  break_even_day: number | null;
  /** The day it is reached (the day `break_even_day` falls in); null beyond the year. */
  break_even_date: string | null;
  safety_margin: number | null;
  safety_index: number | null;
}

export function breakEven(input: BreakEvenInput): BreakEven {
  const { fixedCosts, revenue, contribution: c } = input;
  const margin =
    c.kind === 'variable_costs' ? revenue - c.value : c.kind === 'contribution' ? c.value : revenue * c.value;
  const rate = c.kind === 'contribution_rate' ? c.value : revenue === 0 ? null : margin / revenue;
  const threshold = rate === null || rate <= 0 ? null : fixedCosts / rate;
  const day = threshold === null || revenue <= 0 ? null : (threshold / revenue) * input.days;
  const safety = threshold === null ? null : revenue - threshold;
  return {
    contribution_margin: margin,
    contribution_rate: rate,
    break_even_revenue: threshold,
    break_even_day: day,
    break_even_date: day === null || day > input.days ? null : dayOfYear(input.start, day, input.days),
    safety_margin: safety,
    safety_index: safety === null || revenue === 0 ? null : safety / revenue,
  };
}

const DAY_MS = 86_400_000;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);

/**
 * The calendar day on which day `n` (exact, counted from `start` as day 1) falls. On a 360-day year
 * every month counts 30 days, as textbooks do: day 216 is the 6th day of the 8th month.
 */
export function dayOfYear(start: string, n: number, days: 360 | 365): string {
  const d = Math.max(1, Math.ceil(n - 1e-9));
  const t0 = Date.parse(`${start}T00:00:00Z`);
  if (days === 365) return iso(t0 + (d - 1) * DAY_MS);
  const months = Math.floor((d - 1) / 30);
  const first = new Date(t0);
  first.setUTCMonth(first.getUTCMonth() + months);
  return iso(first.getTime() + (d - 30 * months - 1) * DAY_MS);
}
