/** A record of a CSV file. */
export interface CsvRow {
  /** 1-based physical line where the record starts (the header is line 1 in a usual file). */
  line: number;
  cells: string[];
}

export interface Split {
  records: CsvRow[];
  /** Index in the text after the last complete record: where the next slice starts. */
  next: number;
  /** Line number at `next`. */
  line: number;
  /** Line of the record whose quoted cell never closes (final text only). */
  unclosedAt?: number;
}

export interface SplitOptions {
  /** The text ends the file; otherwise a record is complete only once its line end is in the text. */
  final?: boolean;
  /** Line number of the text's first character. */
  line?: number;
  limit?: number;
}

const QUOTE = 34;
const NEWLINE = 10;

/**
 * Splits `text` (`\n` line ends) into records as Excel reads them: `""` escapes a quote in a quoted
 * cell, a quote inside an unquoted cell is literal, text after a closing quote is kept. Blank
 * lines are skipped; `line` counts the newlines inside quoted cells. Hand-written rather than
 * csv-parse, which took 2–2.6 s for 50k rows where this takes about 0.5 s (same machine). A text
 * that is not `final` is a slice of a file: its unfinished last record is left for the next slice.
 */
export function splitRecords(text: string, delimiter: number, opts: SplitOptions = {}): Split {
  const { final = true, limit = Number.POSITIVE_INFINITY } = opts;
  const records: CsvRow[] = [];
  const n = text.length;
  let i = 0;
  let line = opts.line ?? 1;
  while (i < n && records.length < limit) {
    const start = line;
    const from0 = i;
    const cells: string[] = [];
    let complete = true;
    for (;;) {
      let cell = '';
      if (text.charCodeAt(i) === QUOTE) {
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q === -1) {
            if (final) return { records, next: from0, line: start, unclosedAt: start };
            return { records, next: from0, line: start };
          }
          cell += text.slice(from, q);
          from = q + 1;
          if (text.charCodeAt(from) !== QUOTE) break;
          cell += '"';
          from++;
        }
        for (let nl = text.indexOf('\n', i); nl !== -1 && nl < from; nl = text.indexOf('\n', nl + 1)) line++;
        i = from;
      }
      let end = i;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c === delimiter || c === NEWLINE) break;
        end++;
      }
      cells.push(end === i ? cell : cell + text.slice(i, end));
      i = end;
      if (i < n && text.charCodeAt(i) === delimiter) {
        i++;
        continue;
      }
      if (i < n) {
        i++;
        line++;
      } else complete = final;
      break;
    }
    if (!complete) return { records, next: from0, line: start };
    if (cells.length > 1 || cells[0] !== '') records.push({ line: start, cells });
  }
  return { records, next: i, line };
}

/**
 * A copy of a cell that does not keep the text it was cut from alive: V8 keeps a slice of 13
 * characters or more as a view on its parent, which would hold every slice of a file in memory.
 */
export const ownCopy = (cell: string): string => `${cell} `.slice(0, -1);
