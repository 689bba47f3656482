import writeXlsxFile, { type Row } from 'write-excel-file/node';
import type { Sheet } from './sheet.ts';

/**
 * The sheet as an XLSX workbook: numbers as numbers, text as typed text cells (a spreadsheet
 * never evaluates a text cell, so no formula escaping is needed there), a bold header row.
 */
export async function sheetToXlsx(sheet: Sheet): Promise<Uint8Array> {
  const header: Row = sheet.headers.map((h) => ({ value: h, type: String, fontWeight: 'bold' as const }));
  const rows: Row[] = sheet.rows.map((row) =>
    row.map((cell) =>
      cell === null
        ? null
        : typeof cell === 'number'
          ? { value: cell, type: Number }
          : { value: cell, type: String },
    ),
  );
  const columns = sheet.headers.map((h, i) => ({
    width: Math.min(
      60,
      Math.max(h.length, ...sheet.rows.slice(0, 200).map((r) => String(r[i] ?? '').length)) + 2,
    ),
  }));
  const buffer = await writeXlsxFile([header, ...rows], {
    columns,
    sheet: sheet.name.slice(0, 31),
  }).toBuffer();
  return new Uint8Array(buffer);
}
