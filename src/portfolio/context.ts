import type { CommandContext } from '../core/command.ts';
import { UserError } from '../core/errors.ts';
import type { CategoryAxis, SalesSource } from './analytics/scan.ts';
import { type SalesData, salesData } from './collection.ts';

/** A team's sales with what every portfolio answer needs; a team without sales is told how to import. */
export interface Portfolio {
  data: SalesData;
  source: SalesSource;
  years: number[];
  customerName(n: number): string;
  label(axis: CategoryAxis, index: number): string;
}

export function loadPortfolio(ctx: CommandContext): Portfolio {
  const data = salesData(ctx.tx);
  if (data.lineCount === 0) throw new UserError('portfolio_no_sales');
  const years = new Set<number>();
  for (const c of data.chunks) years.add(Number(c.id.slice(0, 4)));
  const customerCount = data.customers.length;
  return {
    data,
    source: { batches: data.batches, customerCount, orderCount: data.orderCount },
    years: [...years].sort((a, b) => a - b),
    customerName: (n) => data.customers[n]?.name ?? `#${n}`,
    label: (axis, index) => {
      const list = axis === 'product-category' ? data.settings.categories : data.settings.segments;
      return index === 0 ? ctx.t('portfolio.no_category') : (list[index - 1] ?? `#${index}`);
    },
  };
}

/** The year asked for, or the latest year with sales; a year without sales is refused with the range. */
export function pickYear(p: Portfolio, year: number | undefined): number {
  const last = p.years[p.years.length - 1] as number;
  if (year === undefined) return last;
  if (!p.years.includes(year))
    throw new UserError('portfolio_year_empty', { year, from: p.years[0] ?? last, to: last }, 'year');
  return year;
}
