import type { UserError } from '../core/errors.ts';
import { csvError, detectDelimiter, oneLineEnd, type ReadCsvOptions } from './csv.ts';
import { binaryFormat, type CsvEncoding, type Decoding, decodeSlices, detectEncoding } from './csv-decode.ts';
import { type CsvRow, splitRecords } from './csv-split.ts';
import { csvUserError, tooManyRows } from './read.ts';

/**
 * A user's CSV read a slice at a time, for files too big to hold as rows (a 1M-line sales export
 * is 80 MB of text and over 1 GB as row objects): the same records, lines and errors as
 * `readCsv`, but only one slice of text and its rows alive at once. Each pass decodes again.
 */

/**
 * Bytes decoded at a time: small enough that a slice's rows die young (1M lines split in 1.3 s
 * with 64 KB slices, 2.6 s with 1 MB ones, whose rows outlive the young generation).
 */
export const SLICE_BYTES = 64 << 10;
/** Text the delimiter is guessed from (its first 20 records). */
const DELIMITER_SAMPLE_BYTES = 1 << 20;
/** An unfinished record longer than this is a quote that never closes (it would hold the file). */
const MAX_RECORD_CHARS = 16 << 20;

export interface CsvStreamOptions extends ReadCsvOptions {
  sliceBytes?: number;
}

export interface CsvStream {
  encoding: CsvEncoding;
  hadBom: boolean;
  delimiter: string;
  /** Header cells, trimmed, as in `CsvTable`. */
  headers: string[];
  /** The rows after the header, a slice at a time; throws `csv_malformed` at a quote never closed. */
  slices(): Generator<CsvRow[]>;
}

const malformed = (line: number): UserError =>
  csvUserError(csvError('csv_malformed', { line, reason: 'quote_not_closed' }));

const isContent = (r: CsvRow): boolean => r.cells.some((cell) => cell.trim() !== '');

/** Every non-blank record, a slice at a time; a record cut by a slice boundary waits for the next. */
function* records(
  bytes: Uint8Array,
  d: Decoding,
  delimiter: number,
  sliceBytes: number,
): Generator<CsvRow[]> {
  let carry = '';
  let line = 1;
  for (const { text: decoded, final } of decodeSlices(bytes, d, sliceBytes)) {
    let text = carry + decoded;
    // A CR at the end may be the first half of a CRLF: it waits for the next slice.
    const held = !final && text.endsWith('\r') ? '\r' : '';
    text = oneLineEnd(held ? text.slice(0, -1) : text);
    const split = splitRecords(text, delimiter, { final, line });
    if (split.unclosedAt !== undefined) throw malformed(split.unclosedAt);
    carry = text.slice(split.next) + held;
    line = split.line;
    if (carry.length > MAX_RECORD_CHARS) throw malformed(line);
    if (split.records.length > 0) yield split.records;
  }
}

/** Opens a CSV export: encoding, delimiter and header from its first slice; throws as `readCsvOrThrow`. */
export function openCsvStream(bytes: Uint8Array, opts: CsvStreamOptions = {}): CsvStream {
  const format = binaryFormat(bytes);
  if (format !== undefined) throw csvUserError(csvError('csv_binary', { format }));
  const sliceBytes = opts.sliceBytes ?? SLICE_BYTES;
  const decoding = detectEncoding(bytes, opts.encoding);
  const first = decodeSlices(bytes, decoding, Math.max(sliceBytes, DELIMITER_SAMPLE_BYTES)).next();
  const delimiter = opts.delimiter ?? detectDelimiter(oneLineEnd(first.done ? '' : first.value.text));
  const code = delimiter.charCodeAt(0);
  let header: CsvRow | undefined;
  for (const slice of records(bytes, decoding, code, sliceBytes)) {
    header = slice.find(isContent);
    if (header) break;
  }
  if (!header) throw csvUserError(csvError('csv_empty', { reason: 'no_header' }));
  const headerLine = header.line;
  return {
    encoding: decoding.encoding,
    hadBom: decoding.hadBom,
    delimiter,
    headers: header.cells.map((h) => h.trim()),
    *slices() {
      for (const slice of records(bytes, decoding, code, sliceBytes)) {
        const rows = slice.filter((r) => r.line > headerLine && isContent(r));
        if (rows.length > 0) yield rows;
      }
    },
  };
}

/**
 * `stream.slices()` checking what `readCsv` checks of the rows: at most `maxRows`, and after the
 * last, the first row with another column count than the header (with how many), or no row at all.
 */
export function* checkedSlices(stream: CsvStream, maxRows: number): Generator<CsvRow[]> {
  const columns = stream.headers.length;
  let rows = 0;
  let bad = 0;
  let firstBad: CsvRow | undefined;
  for (const slice of stream.slices()) {
    rows += slice.length;
    if (rows > maxRows) throw tooManyRows(maxRows);
    for (const r of slice) {
      if (r.cells.length === columns) continue;
      bad++;
      firstBad ??= r;
    }
    yield slice;
  }
  if (firstBad) {
    const { line, cells } = firstBad;
    throw csvUserError(
      csvError('csv_column_count', { line, expected: columns, actual: cells.length, rows: bad }),
    );
  }
  if (rows === 0) throw csvUserError(csvError('csv_empty', { reason: 'no_rows' }));
}
