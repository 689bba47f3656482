import { type Cell, escapeFormulaCell, type Sheet } from './sheet.ts';

const BOM = '\uFEFF';

/** A number as French Excel reads it: decimal comma, no thousands separator, no exponent. */
export function frenchNumber(n: number): string {
  const text = Number.isInteger(n) ? String(n) : String(Number(n.toFixed(6)));
  return text.replace('.', ',');
}

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? frenchNumber(cell) : escapeFormulaCell(cell);
  return /[;"\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The sheet as a CSV French Excel opens with a double click: UTF-8 with BOM, `;`, CRLF, decimal comma. */
export function sheetToCsv(sheet: Sheet): string {
  const lines = [sheet.headers, ...sheet.rows].map((row) => row.map(csvCell).join(';'));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
