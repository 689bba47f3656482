import type { TeamView } from '../store/types.ts';
import type { SalesColumns } from './columns.ts';
import {
  customersCollection,
  emptySettings,
  type PortfolioCustomer,
  type PortfolioSettings,
  portfolioSettingsCollection,
  type SalesChunk,
  salesCollection,
} from './entities.ts';

/** A team's sales as the analytics read them. */
export interface SalesData {
  readonly batches: readonly SalesColumns[];
  readonly lineCount: number;
  /** Customers by their number `n` (holes stay undefined). */
  readonly customers: readonly (PortfolioCustomer | undefined)[];
  readonly settings: PortfolioSettings;
  /** One more than the highest order number. */
  readonly orderCount: number;
  /** Stored chunks in month order, for order references. */
  readonly chunks: readonly SalesChunk[];
}

export function salesData(view: TeamView): SalesData {
  const chunks = view.collection(salesCollection).all();
  // A chunk's columns: views of its file's bytes once loaded (src/store/binary-file.ts).
  const batches = chunks.map((c) => c.columns);
  const customers: (PortfolioCustomer | undefined)[] = [];
  for (const c of view.collection(customersCollection).all()) customers[c.n] = c;
  let orderCount = 0;
  for (const c of chunks) orderCount = Math.max(orderCount, c.orderBase + c.orders);
  return {
    batches,
    lineCount: batches.reduce((n, b) => n + b.length, 0),
    customers,
    settings: view.collection(portfolioSettingsCollection).get('sales') ?? emptySettings(),
    orderCount,
    chunks,
  };
}

/** The file's order id of each order number, for the chunks given (built on demand: 500k strings). */
export function orderRefsOf(chunks: readonly SalesChunk[]): Map<number, string> {
  const refs = new Map<number, string>();
  for (const c of chunks) {
    if (c.orders === 0) continue;
    c.orderRefs.split('\n').forEach((ref, i) => {
      refs.set(c.orderBase + i, ref);
    });
  }
  return refs;
}
