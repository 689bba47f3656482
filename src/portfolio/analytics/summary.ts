import type { Ratio } from '../../analytics/ratio.ts';
import { averageBasket, type Cagr, cagr, type Growth, growthRate, share } from './formulas.ts';
import type { YearFigures } from './scan.ts';

export interface CategoryRow {
  /** Label index (0 = none). */
  category: number;
  revenue: number;
  share: Ratio;
  previous: number;
  growth_rate: Growth;
}

export interface PortfolioSummary {
  year: number;
  previousYear: number;
  firstYear: number;
  revenue_total: number;
  revenue_by_category: CategoryRow[];
  growth_rate: Growth;
  cagr: Cagr;
  order_count: number;
  customer_count: number;
  average_basket: Ratio;
  /** Revenue per category per year over the range, for the year-against-year chart. */
  years: number[];
}

/** The figures of `/portfolio summary` for `year`, from the yearly totals. Categories by revenue, descending. */
export function portfolioSummary(figs: ReadonlyMap<number, YearFigures>, year: number): PortfolioSummary {
  const cur = figs.get(year);
  const prev = figs.get(year - 1);
  const years = [...figs.keys()].filter((y) => y <= year).sort((a, b) => a - b);
  const firstYear = years[0] ?? year;
  const revenue = cur?.revenue ?? 0;
  const keys = new Set([...(cur?.byCategory.keys() ?? []), ...(prev?.byCategory.keys() ?? [])]);
  const rows = [...keys].map((k) => {
    const r = cur?.byCategory.get(k)?.revenue ?? 0;
    const p = prev?.byCategory.get(k)?.revenue ?? 0;
    return { category: k, revenue: r, share: share(r, revenue), previous: p, growth_rate: growthRate(r, p) };
  });
  rows.sort((a, b) => b.revenue - a.revenue || a.category - b.category);
  return {
    year,
    previousYear: year - 1,
    firstYear,
    revenue_total: revenue,
    revenue_by_category: rows,
    growth_rate: growthRate(revenue, prev?.revenue ?? 0),
    cagr: cagr(figs.get(firstYear)?.revenue ?? 0, revenue, year - firstYear),
    order_count: cur?.orders ?? 0,
    customer_count: cur?.customers ?? 0,
    average_basket: averageBasket(revenue, cur?.orders ?? 0),
    years,
  };
}
