import type { DateOrder, DecimalSeparator } from '../core/values.ts';
import { parseDate } from '../core/values.ts';
import { DateOrderTally } from '../import/column-tally.ts';
import type { ByteDict } from './byte-dict.ts';
import { dayOf } from './days.ts';
import { APOSTROPHE, notPlain, type PlainCells } from './plain-cells.ts';
import type { DecimalHints } from './plain-lines.ts';
import { NUMERIC, type NumericField } from './plain-scan.ts';
import type { SalesColumnMap, SalesScan } from './read-sales.ts';

/** What a plain file's scan concludes (as `scanSales`), and what the read then needs of it. */

const hint = (sep: DecimalSeparator | undefined) => (sep === undefined ? 0 : sep.charCodeAt(0));

export const hintsOf = (scan: SalesScan): DecimalHints => ({
  revenue: hint(scan.decimal.revenue),
  cost: hint(scan.decimal.cost),
  margin: hint(scan.decimal.margin),
});

/** Per distinct date: its ISO text and day (a date the general reader would refuse: not plain). */
export function parseDates(
  cells: PlainCells,
  dates: ByteDict,
  scan: SalesScan,
  today: string,
): { iso: string[]; day: number[] } {
  const iso: string[] = [];
  const day: number[] = [];
  for (let id = 0; id < dates.size; id++) {
    const text = isoOfCell(cells, dates.start(id), dates.end(id), today, scan.dateOrder) ?? notPlain();
    iso.push(text);
    day.push(dayOf(text));
  }
  return { iso, day };
}

/** The ISO text of the date cell `[s, e)` read with `order`; undefined where the general reader would refuse it. */
export function isoOfCell(
  cells: PlainCells,
  s: number,
  e: number,
  today: string,
  order: DateOrder,
): string | undefined {
  const r = parseDate(cells.text(s, e), { today, order });
  return r.ok && cells.bytes[s] !== APOSTROPHE ? r.value : undefined;
}

/** What the scan of the whole file concludes (as `scanSales`), from its dates and votes. */
export function concludeScan(
  rows: number,
  cells: PlainCells,
  dates: ByteDict,
  dateCount: readonly number[],
  votes: Record<NumericField, readonly number[]>,
  cols: SalesColumnMap,
  env: { today: string; dates: DateOrder | undefined },
): SalesScan {
  if (rows === 0) notPlain();
  const tally = new DateOrderTally(env.today);
  for (let id = 0; id < dates.size; id++) {
    const cell = cells.text(dates.start(id), dates.end(id));
    tally.add(cell, dateCount[id] as number);
  }
  const separatorOf = (f: NumericField): DecimalSeparator | undefined => {
    if (cols[f] === undefined) return undefined;
    const seen = votes[f];
    return seen.length === 1 ? (seen[0] === 46 ? '.' : ',') : undefined;
  };
  const revenue = separatorOf('revenue');
  return {
    rows,
    dateOrder: tally.order(env.dates),
    decimal: { revenue, cost: separatorOf('cost') ?? revenue, margin: separatorOf('margin') ?? revenue },
  };
}

/** The separators of each numeric column that the cells of several ranges reveal together. */
export function joinVoteSets(
  ...sets: Record<NumericField, readonly number[]>[]
): Record<NumericField, number[]> {
  const out: Record<NumericField, number[]> = { revenue: [], cost: [], margin: [] };
  for (const f of NUMERIC) for (const set of sets) out[f] = joinVotes(out[f], set[f]);
  return out;
}

/** The separators two ranges' cells reveal together (at most two: then the column does not tell). */
export function joinVotes(a: readonly number[], b: readonly number[]): number[] {
  const all = [...a];
  for (const v of b) if (all.length < 2 && !all.includes(v)) all.push(v);
  return all;
}
