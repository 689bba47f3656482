import { z } from 'zod';
import type { DateOrder, DecimalSeparator } from '../core/values.ts';
import type { Locale } from '../domain/ids.ts';
import { DateOrderTally, DecimalTally } from '../import/column-tally.ts';
import { type CsvStream, checkedSlices } from '../import/csv-stream.ts';
import { type RowValues, rowReader, valueIndexes } from '../import/row-reader.ts';
import type { RowError } from '../import/rows.ts';
import { salesRowOptions } from './sales-fields.ts';
import type { SalesLineValues } from './sales-lines.ts';

/**
 * A sales file read in two passes over its slices, holding no row: the first checks its shape and
 * learns how it writes dates and decimals, the second reads each valid line into the caller.
 */

const column = z.number().int().nonnegative();
const optionalColumn = column.optional();

/** Which column feeds each field of a sales line: checked once, so the row loop need not. */
export const SalesColumnMap = z.object({
  date: column,
  order: column,
  customer: column,
  revenue: column,
  customer_id: optionalColumn,
  customer_category: optionalColumn,
  product_category: optionalColumn,
  cost: optionalColumn,
  margin: optionalColumn,
  row_id: optionalColumn,
});
export type SalesColumnMap = z.infer<typeof SalesColumnMap>;

/** Row errors kept for the answer (all are counted): a wholly wrong 1M-line file makes 1M. */
export const KEPT_ROW_ERRORS = 1000;

/** Lets the event loop run between slices: other commands, and the store lock's refresh. */
const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export interface SalesScan {
  rows: number;
  dateOrder: DateOrder;
  /** Decimal separator of each numeric column (revenue's for a column that does not tell). */
  decimal: Record<'revenue' | 'cost' | 'margin', DecimalSeparator | undefined>;
}

/** Pass 1: the file's shape (as `readCsvOrThrow`), its date order and decimal separators. */
export async function scanSales(
  stream: CsvStream,
  cols: SalesColumnMap,
  opts: { today: string; dates: DateOrder | undefined; maxRows: number },
): Promise<SalesScan> {
  const dates = new DateOrderTally(opts.today);
  const numeric = (['revenue', 'cost', 'margin'] as const).flatMap((f) => {
    const col = cols[f];
    return col === undefined ? [] : [{ field: f, col, tally: new DecimalTally() }];
  });
  let rows = 0;
  for (const slice of checkedSlices(stream, opts.maxRows)) {
    rows += slice.length;
    for (const { cells } of slice) {
      if (opts.dates === undefined) dates.add(cells[cols.date] ?? '');
      for (const n of numeric) n.tally.add(cells[n.col] ?? '');
    }
    await breathe();
  }
  const separatorOf = (f: 'revenue' | 'cost' | 'margin') => {
    const sep = numeric.find((n) => n.field === f)?.tally.separator;
    return sep === undefined || sep === 'ambiguous' ? undefined : sep;
  };
  const revenue = separatorOf('revenue');
  return {
    rows,
    dateOrder: dates.order(opts.dates),
    decimal: { revenue, cost: separatorOf('cost') ?? revenue, margin: separatorOf('margin') ?? revenue },
  };
}

export interface SalesRead {
  valid: number;
  /** The first `KEPT_ROW_ERRORS` bad rows, in line order. */
  errors: RowError[];
  errorCount: number;
}

/**
 * Pass 2: every row parsed and checked like a typed `/import sales` line; `onLine` gets each
 * valid line (its values object is reused: copy what is kept) until a row is bad, after which
 * rows are only checked and counted.
 */
export async function readSales(
  stream: CsvStream,
  cols: SalesColumnMap,
  env: { today: string; locale: Locale; scan: SalesScan },
  onLine: (line: number, v: SalesLineValues) => void,
): Promise<SalesRead> {
  const read = rowReader(salesRowOptions, cols, {
    today: env.today,
    locale: env.locale,
    dateOrder: env.scan.dateOrder,
    decimal: env.scan.decimal,
  });
  const at = valueIndexes(salesRowOptions);
  const out: RowValues = [];
  const errors: RowError[] = [];
  let errorCount = 0;
  let valid = 0;
  const v = {} as SalesLineValues;
  for (const slice of stream.slices()) {
    for (const { line, cells } of slice) {
      const error = read(cells, line, out);
      const revenue = out[at.revenue] as number;
      const margin = out[at.margin] as number | undefined;
      const cost =
        (out[at.cost] as number | undefined) ?? (margin === undefined ? undefined : revenue - margin);
      const problem: RowError | undefined =
        error ??
        (cost === undefined
          ? {
              line,
              field: cols.cost !== undefined ? 'cost' : 'margin',
              code: 'sales_row_no_cost',
              params: {},
            }
          : undefined);
      if (problem) {
        if (errorCount++ < KEPT_ROW_ERRORS) errors.push(problem);
        continue;
      }
      valid++;
      if (errorCount > 0) continue;
      v.date = out[at.date] as string;
      v.order = out[at.order] as string;
      v.customerId = out[at.customer_id] as string | undefined;
      v.customer = out[at.customer] as string;
      v.segment = out[at.customer_category] as string | undefined;
      v.category = out[at.product_category] as string | undefined;
      v.revenue = revenue;
      v.cost = cost as number;
      v.rowId = out[at.row_id] as string | undefined;
      onLine(line, v);
    }
    await breathe();
  }
  return { valid, errors, errorCount };
}
