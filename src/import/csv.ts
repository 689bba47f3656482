import { binaryFormat, type CsvEncoding, decodeAll, detectEncoding } from './csv-decode.ts';
import { type CsvRow, splitRecords } from './csv-split.ts';

export type { CsvEncoding } from './csv-decode.ts';
export type { CsvRow } from './csv-split.ts';

/**
 * Reading a user's spreadsheet export: guess the encoding and the delimiter the way a French Excel
 * user needs (Windows-1252 and `;` are Excel's defaults in France), then split it into rows that
 * keep the line number the user sees in their editor, so every later error can point at a line.
 */

export interface CsvTable {
  ok: true;
  encoding: CsvEncoding;
  hadBom: boolean;
  delimiter: string;
  /** Header cells, trimmed; an empty string for a blank header cell, so indexes match `cells`. */
  headers: string[];
  rows: CsvRow[];
}

export type CsvErrorCode = 'csv_empty' | 'csv_malformed' | 'csv_column_count' | 'csv_binary';

export interface CsvError {
  ok: false;
  code: CsvErrorCode;
  /** The line to show the user, when the problem has one. */
  line?: number;
  params: Record<string, string | number>;
}

export interface ReadCsvOptions {
  delimiter?: string;
  /** Forces the encoding when detection guessed wrong; a byte-order mark still wins (it is certain). */
  encoding?: CsvEncoding;
}

const DELIMITERS = [';', ',', '\t', '|'] as const;
const SAMPLE_RECORDS = 20;

/**
 * The delimiter among `;`, `,`, tab and `|` that splits the first records into the most consistent
 * column count, the header having at least two columns (a decimal comma in `1234,50` only shows in
 * rows, so `,` loses to `;` there); `,` for a single-column file.
 */
export function detectDelimiter(text: string): string {
  let best = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const [header, ...rows] = splitRecords(text, d.charCodeAt(0), { limit: SAMPLE_RECORDS }).records;
    const columns = header?.cells.length ?? 0;
    if (columns < 2) continue;
    const consistency =
      rows.length === 0 ? 1 : rows.filter((r) => r.cells.length === columns).length / rows.length;
    const score = consistency * 1_000_000 + columns; // consistency first, then more columns
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

/** One line-end style: CRLF, LF and old-Mac CR each end one line, in cells too. */
export const oneLineEnd = (text: string): string =>
  text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;

export const csvError = (code: CsvErrorCode, params: Record<string, string | number> = {}): CsvError =>
  typeof params.line === 'number'
    ? { ok: false, code, line: params.line, params }
    : { ok: false, code, params };

/**
 * Decodes and splits a CSV export. Blank lines and rows of empty cells (Excel's `;;;;`) are
 * skipped; a row with another column count than the header is `csv_column_count` at its line
 * (with how many rows are off), an unclosed quote `csv_malformed` at the line where it opens.
 */
export function readCsv(bytes: Uint8Array, opts: ReadCsvOptions = {}): CsvTable | CsvError {
  const format = binaryFormat(bytes);
  if (format !== undefined) return csvError('csv_binary', { format });
  const decoding = detectEncoding(bytes, opts.encoding);
  const { encoding, hadBom } = decoding;
  const text = oneLineEnd(decodeAll(bytes, decoding));
  const delimiter = opts.delimiter ?? detectDelimiter(text);
  const { records, unclosedAt } = splitRecords(text, delimiter.charCodeAt(0));
  if (unclosedAt !== undefined)
    return csvError('csv_malformed', { line: unclosedAt, reason: 'quote_not_closed' });
  const content = records.filter((r) => r.cells.some((cell) => cell.trim() !== ''));
  const headers = content[0]?.cells.map((h) => h.trim());
  if (headers === undefined) return csvError('csv_empty', { reason: 'no_header' });
  const rows = content.slice(1);
  const bad = rows.filter((r) => r.cells.length !== headers.length);
  const firstBad = bad[0];
  if (firstBad) {
    const { line, cells } = firstBad;
    return csvError('csv_column_count', {
      line,
      expected: headers.length,
      actual: cells.length,
      rows: bad.length,
    });
  }
  if (rows.length === 0) return csvError('csv_empty', { reason: 'no_rows' });
  return { ok: true, encoding, hadBom, delimiter, headers, rows };
}
