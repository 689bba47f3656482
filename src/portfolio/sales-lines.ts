import { normalizeKey } from '../core/values.ts';
import { ownCopy } from '../import/csv-split.ts';
import type { SalesData } from './collection.ts';
import { COLUMN_NAMES, type ColumnName } from './columns.ts';
import { dayOf } from './days.ts';
import type { PortfolioCustomer } from './entities.ts';
import { LineKeys } from './key-set.ts';
import { Labels } from './labels.ts';
import { lineKey } from './line-key.ts';
import { oneLine } from './one-line.ts';
import { OrderIds } from './order-ids.ts';

/** A valid line of the file, as read (texts trimmed). */
export interface SalesLineValues {
  date: string;
  order: string;
  customerId: string | undefined;
  customer: string;
  segment: string | undefined;
  category: string | undefined;
  revenue: number;
  cost: number;
  rowId: string | undefined;
}

export { Labels, oneLine };

/**
 * A cache of `fn` by text for the few thousand texts a column repeats (names, categories), and
 * of the last text, which the next line often repeats (the lines of an order follow each other).
 */
function remembered<T>(fn: (text: string) => T, limit = 100_000): (text: string) => T {
  const known = new Map<string, T>();
  let lastText = '';
  let lastValue = fn('');
  return (text) => {
    if (text === lastText) return lastValue;
    let v = known.get(text);
    if (v === undefined) {
      const own = ownCopy(text);
      v = fn(own);
      if (known.size < limit) known.set(own, v);
    }
    lastText = text; // keeps at most one slice of the file alive
    lastValue = v;
    return v;
  };
}

/** The line columns of a file's lines, by their stored names. */
export type LineColumns = Pick<SalesFileLines, ColumnName>;

/**
 * A file's new sales lines in file order, column by column (44 bytes a line), with the file's
 * orders, segments and categories numbered in order of appearance: the lines whose key is stored
 * already, or repeated in the file, are counted and left out. Nothing here touches the store.
 */
export class SalesFileLines {
  length = 0;
  duplicates = 0;
  day: Int32Array;
  /** Index in `orders` − 1. */
  order: Int32Array;
  customer: Int32Array;
  segment: Int32Array;
  category: Int32Array;
  revenue: Float64Array;
  cost: Float64Array;
  key: Float64Array;
  readonly orders = new OrderIds();
  readonly segments = new Labels();
  readonly categories = new Labels();
  readonly newCustomers: PortfolioCustomer[] = [];
  /** Stored keys, keys met in the file, and identical lines met so far in it (see lineKey): one set. */
  readonly seen: LineKeys;
  private readonly customerByRef = new Map<string, number>();
  private nextCustomer = 0;
  private readonly dayOfDate = remembered(dayOf);
  private readonly refOfId = remembered((id: string) => oneLine(id));
  private readonly refOfName = remembered((name: string) => oneLine(normalizeKey(name)));
  private readonly label = remembered((text: string) => oneLine(text));

  /** Room for `capacity` lines, against the team's stored `data`. */
  constructor(capacity: number, data: SalesData) {
    // Shared memory: the worker thread that reads a big file's second half writes its lines in place.
    const ints = () => new Int32Array(new SharedArrayBuffer(4 * capacity));
    const doubles = () => new Float64Array(new SharedArrayBuffer(8 * capacity));
    this.day = ints();
    this.order = ints();
    this.customer = ints();
    this.segment = ints();
    this.category = ints();
    this.revenue = doubles();
    this.cost = doubles();
    this.key = doubles();
    this.seen = new LineKeys(data.lineCount + capacity);
    for (const b of data.batches) for (const k of b.key) this.seen.fresh(k);
    for (const c of data.customers) {
      if (!c) continue;
      this.customerByRef.set(c.ref, c.n);
      this.nextCustomer = Math.max(this.nextCustomer, c.n + 1);
    }
  }

  /** The file is read: the lookups' memory goes back before the store writes (1M keys, 500k orders). */
  done(): void {
    this.seen.clear();
    this.customerByRef.clear();
    for (const labels of [this.orders, this.segments, this.categories]) labels.seal();
  }

  add(v: SalesLineValues): void {
    const order = oneLine(v.order);
    const customerRef = v.customerId !== undefined ? this.refOfId(v.customerId) : this.refOfName(v.customer);
    const category = v.category === undefined ? undefined : this.label(v.category);
    const key = lineKey(
      {
        order,
        rowId: v.rowId,
        date: v.date,
        customer: customerRef,
        productCategory: category,
        revenue: v.revenue,
        cost: v.cost,
      },
      this.seen,
    );
    if (!this.fresh(key)) return;
    const customer = this.customerNumber(customerRef, () => this.label(v.customer));
    this.push(
      this.dayOfDate(v.date),
      this.orders.id(order) - 1,
      customer,
      this.segments.id(v.segment === undefined ? undefined : this.label(v.segment)),
      this.categories.id(category),
      v.revenue,
      v.cost,
      key,
    );
  }

  /** The line columns alone (the same arrays, not copies), as the reader's worker thread writes them. */
  columns(): LineColumns {
    return Object.fromEntries(COLUMN_NAMES.map((name) => [name, this[name]])) as LineColumns;
  }

  /** Gives back a column's memory once the month chunks have their copy (see stage-sales.ts). */
  release(name: ColumnName): void {
    if (name === 'revenue' || name === 'cost' || name === 'key') this[name] = new Float64Array(0);
    else this[name] = new Int32Array(0);
  }

  /** Whether a line with `key` is new (neither stored nor met before in the file); counts the others. */
  fresh(key: number): boolean {
    if (this.seen.fresh(key)) return true;
    this.duplicates++;
    return false;
  }

  /** The number of the customer `ref`, made with its `name` when the team does not have it yet. */
  customerNumber(ref: string, name: () => string): number {
    let customer = this.customerByRef.get(ref);
    if (customer === undefined) {
      customer = this.nextCustomer++;
      this.customerByRef.set(ref, customer);
      this.newCustomers.push({ id: `c${customer}`, n: customer, ref, name: name() });
    }
    return customer;
  }

  /** Appends a new line: `order` indexes `orders`, labels are `segments`/`categories` ids. */
  push(
    day: number,
    order: number,
    customer: number,
    segment: number,
    category: number,
    revenue: number,
    cost: number,
    key: number,
  ): void {
    const i = this.length++;
    this.day[i] = day;
    this.order[i] = order;
    this.customer[i] = customer;
    this.segment[i] = segment;
    this.category[i] = category;
    this.revenue[i] = revenue;
    this.cost[i] = cost;
    this.key[i] = key;
  }
}
