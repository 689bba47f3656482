import { normalizeKey } from '../core/values.ts';
import type { Locale } from '../domain/ids.ts';
import type { SalesData } from '../portfolio/collection.ts';
import { orderRefsOf } from '../portfolio/collection.ts';
import { salesRowOptions } from '../portfolio/sales-fields.ts';
import { headersOf } from './columns.ts';
import type { Cell, Sheet } from './sheet.ts';

const FIELDS = [
  'date',
  'order',
  'customer_id',
  'customer',
  'customer_category',
  'product_category',
  'revenue',
  'cost',
] as const;

const isoDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** The imported sales lines between two days (inclusive), as `/import sales` reads them back. */
export function salesSheet(
  sales: SalesData,
  range: { from: string; to: string } | undefined,
  locale: Locale,
  name: string,
): Sheet {
  const refs = orderRefsOf(sales.chunks);
  const { segments, categories } = sales.settings;
  const rows: Cell[][] = [];
  for (const b of sales.batches) {
    for (let i = 0; i < b.length; i++) {
      const day = isoDay(b.day[i] as number);
      if (range && (day < range.from || day > range.to)) continue;
      const order = b.order[i] as number;
      const customer = sales.customers[b.customer[i] as number];
      const segment = b.segment[i] as number;
      const category = b.category[i] as number;
      rows.push([
        day,
        refs.get(order) ?? String(order),
        // A file without customer ids keys customers by their name: no id column to invent then.
        customer && customer.ref !== normalizeKey(customer.name) ? customer.ref : null,
        customer?.name ?? '',
        segment === 0 ? null : (segments[segment - 1] ?? null),
        category === 0 ? null : (categories[category - 1] ?? null),
        b.revenue[i] as number,
        b.cost[i] as number,
      ]);
    }
  }
  rows.sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : String(x[0]) > String(y[0]) ? 1 : 0));
  return { name, headers: headersOf(salesRowOptions, FIELDS, locale), rows };
}
