import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { isUserError } from '../../src/core/errors.ts';
import { type CsvRow, readCsv } from '../../src/import/csv.ts';
import { checkedSlices, openCsvStream } from '../../src/import/csv-stream.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);

function streamed(bytes: Uint8Array, sliceBytes: number) {
  const s = openCsvStream(bytes, { sliceBytes });
  const rows: CsvRow[] = [];
  for (const slice of checkedSlices(s, 1000)) rows.push(...slice);
  return { encoding: s.encoding, hadBom: s.hadBom, delimiter: s.delimiter, headers: s.headers, rows };
}

function failure(bytes: Uint8Array, sliceBytes: number): { code: string; params: object } {
  try {
    streamed(bytes, sliceBytes);
  } catch (e) {
    if (isUserError(e)) return { code: e.code, params: e.params };
    throw e;
  }
  throw new Error('expected an error');
}

const SHAPES: Record<string, Uint8Array> = {
  'Superstore slice (BOM, quoted commas)': fixture('superstore-slice.csv'),
  'French Excel (Windows-1252, CRLF, blank rows)': fixture('french-excel-1252.csv'),
  'multi-byte UTF-8 and quotes across lines': utf8(
    'Client;Montant;Note\r\n"Café ""Étoile"""; 12,50 €;"ligne 1\r\nligne 2 😀"\r\n\r\nDupré;3;x\rZoë;4;"a;b"\n',
  ),
  'UTF-16LE with a BOM': new Uint8Array([
    0xff,
    0xfe,
    ...Buffer.from('Nom\tMontant\r\nDupré\t12,5\r\n€uro\t3\r\n', 'utf16le'),
  ]),
  'no line end after the last row': utf8('a,b\n1,"2"\n3,4'),
};

describe('openCsvStream reads what readCsv reads, whatever the slice size', () => {
  for (const [shape, bytes] of Object.entries(SHAPES)) {
    it(`${shape}: same header, rows and line numbers with slices of 1 to 64 bytes`, () => {
      const whole = readCsv(bytes);
      if (!whole.ok) throw new Error(JSON.stringify(whole));
      const expected = {
        encoding: whole.encoding,
        hadBom: whole.hadBom,
        delimiter: whole.delimiter,
        headers: whole.headers,
        rows: whole.rows,
      };
      expect(whole.rows.length).toBeGreaterThan(1);
      for (let size = 1; size <= 64; size++) expect(streamed(bytes, size)).toEqual(expected);
    });
  }

  it('a cell cut inside a multi-byte character and a CRLF cut in two still read right', () => {
    const text = 'Client,Ville\r\nDupré,Sète\r\n';
    const bytes = iconv.encode(text, 'utf8');
    const cutInE = bytes.indexOf(0xc3); // é is C3 A9: a slice ending after C3
    const cutInCrlf = bytes.indexOf(13, 14); // the CR of the second line end
    for (const size of [cutInE + 1, cutInCrlf + 1])
      expect(streamed(bytes, size).rows).toEqual([{ line: 2, cells: ['Dupré', 'Sète'] }]);
  });
});

describe('openCsvStream errors, as readCsvOrThrow gives them', () => {
  it('a wrong column count after a multi-line cell, with the number of rows off', () => {
    for (const size of [7, 4096])
      expect(failure(fixture('bad-row-after-multiline.csv'), size)).toEqual({
        code: 'csv_column_count',
        params: { line: 6, reason: 'csv_column_count', expected: 3, actual: 5, rows: 1 },
      });
  });

  it('an unclosed quote at the line where it opens', () => {
    for (const size of [5, 4096])
      expect(failure(fixture('malformed-unclosed-quote.csv'), size)).toEqual({
        code: 'csv_malformed',
        params: { line: 3, reason: 'quote_not_closed' },
      });
  });

  it('no header, no rows, too many rows, a spreadsheet', () => {
    expect(failure(utf8('\r\n\r\n'), 3).params).toMatchObject({ reason: 'no_header' });
    expect(failure(utf8('Date;Client\r\n;\r\n'), 3).params).toMatchObject({ reason: 'no_rows' });
    expect(failure(utf8(`a,b\n${'1,2\n'.repeat(1001)}`), 64)).toEqual({
      code: 'import_too_many_rows',
      params: { limit: 1000 },
    });
    expect(failure(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 64).code).toBe('csv_binary');
  });
});
