import type { Ratio } from '../../analytics/ratio.ts';
import { ratio } from '../../analytics/ratio.ts';
import { type SalesSource, yearReader } from './scan.ts';

/** Customers of year Y against year Y−1 (the base of retention and churn). */
export interface CustomerFlow {
  /** Customers who bought in Y−1. */
  start: number;
  /** Customers who bought in Y. */
  end: number;
  /** Customers of Y who did not buy in Y−1 (first purchase or won back). */
  newCustomers: number;
  /** Customers of Y−1 who did not buy in Y. */
  lost: number;
  retention_rate: Ratio;
  churn_rate: Ratio;
}

/**
 * `retention_rate` = (customers at end − new customers) / customers at start and `churn_rate` =
 * lost / customers at start (DOMAIN §2), over year Y against Y−1. "New" means new to the start's
 * customer base (not a customer in Y−1), so the two rates add up to 100 %.
 */
export function customerFlow(src: SalesSource, year: number): CustomerFlow {
  const seen = new Uint8Array(src.customerCount); // bit 1: bought in Y−1, bit 2: bought in Y
  const yearOf = yearReader();
  for (const b of src.batches)
    for (let i = 0; i < b.length; i++) {
      const y = yearOf(b.day[i] as number);
      const c = b.customer[i] as number;
      if (y === year - 1) seen[c] = (seen[c] as number) | 1;
      else if (y === year) seen[c] = (seen[c] as number) | 2;
    }
  return flowOf(seen);
}

/** The flow from per-customer bits (1: bought in Y−1, 2: bought in Y). */
export function flowOf(bits: ArrayLike<number>): CustomerFlow {
  let start = 0;
  let end = 0;
  let both = 0;
  for (let i = 0; i < bits.length; i++) {
    const v = bits[i] as number;
    if (v & 1) start++;
    if (v & 2) end++;
    if (v === 3) both++;
  }
  const newCustomers = end - both;
  const lost = start - both;
  return {
    start,
    end,
    newCustomers,
    lost,
    retention_rate: ratio(end - newCustomers, start),
    churn_rate: ratio(lost, start),
  };
}
