/** One exported table: headers in the user's words, then rows of text, numbers or nothing. */
export type Cell = string | number | null;

export interface Sheet {
  /** The file's base name without extension, `actions-2026-11`. */
  name: string;
  headers: string[];
  rows: Cell[][];
}

/** A text cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab or a carriage return first). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The cell as a CSV keeps it safe to open (OWASP, CSV injection): a text that a spreadsheet would
 * read as a formula gets a leading apostrophe, which Excel and LibreOffice show as text. Our import
 * removes it again (`unescapeFormulaCell`), so a round trip keeps the text as typed.
 */
export const escapeFormulaCell = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** Undoes `escapeFormulaCell` on a cell read back from a file. */
export const unescapeFormulaCell = (text: string): string =>
  text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
