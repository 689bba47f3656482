import { UserError } from '../core/errors.ts';
import type { DateOrder } from '../core/values.ts';
import { DateOrderTally } from './column-tally.ts';
import { type CsvError, type CsvTable, readCsv } from './csv.ts';

/** The UserError that says what is wrong with a user's CSV and where. */
export function csvUserError(csv: CsvError): UserError {
  return new UserError(
    csv.code,
    { line: csv.line ?? 0, reason: String(csv.params.reason ?? csv.code), ...csv.params },
    'file',
  );
}

export const tooManyRows = (maxRows: number): UserError =>
  new UserError('import_too_many_rows', { limit: maxRows }, 'file');

/** A user's CSV as a table, or the UserError that says what is wrong with it and where. */
export function readCsvOrThrow(bytes: Uint8Array, maxRows: number): CsvTable {
  const csv = readCsv(bytes);
  if (!csv.ok) throw csvUserError(csv);
  if (csv.rows.length > maxRows) throw tooManyRows(maxRows);
  return csv;
}

/** How a file writes its dates (see `DateOrderTally.order`). */
export function dateOrderOf(
  csv: CsvTable,
  col: number,
  asked: DateOrder | undefined,
  today: string,
): DateOrder {
  if (asked) return asked;
  const tally = new DateOrderTally(today);
  for (const r of csv.rows) tally.add(r.cells[col] ?? '');
  return tally.order();
}
