import { UserError } from '../core/errors.ts';
import { type DateOrder, detectDateOrder, parseDate } from '../core/values.ts';
import { type CsvTable, readCsv } from './csv.ts';

/** A user's CSV as a table, or the UserError that says what is wrong with it and where. */
export function readCsvOrThrow(bytes: Uint8Array, maxRows: number): CsvTable {
  const csv = readCsv(bytes);
  if (!csv.ok) {
    throw new UserError(
      csv.code,
      { line: csv.line ?? 0, reason: String(csv.params.reason ?? csv.code), ...csv.params },
      'file',
    );
  }
  if (csv.rows.length > maxRows) throw new UserError('import_too_many_rows', { limit: maxRows }, 'file');
  return csv;
}

/**
 * How a file writes its dates: as the user said, else as the data shows; when no day is above 12,
 * day first (as French and British users write) if every date allows it, else ask (`dates:`).
 */
export function dateOrderOf(
  csv: CsvTable,
  col: number,
  asked: DateOrder | undefined,
  today: string,
): DateOrder {
  if (asked) return asked;
  const samples = csv.rows.map((r) => r.cells[col] ?? '').filter(Boolean);
  const detected = detectDateOrder(samples);
  if (detected !== 'ambiguous') return detected;
  if (samples.every((d) => parseDate(d, { today, order: 'dmy' }).ok)) return 'dmy';
  throw new UserError('import_ambiguous_dates', {}, 'dates');
}
