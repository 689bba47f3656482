import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { type CsvTable, detectDelimiter, readCsv } from '../../src/import/csv.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);

function table(bytes: Uint8Array, opts?: Parameters<typeof readCsv>[1]): CsvTable {
  const result = readCsv(bytes, opts);
  if (!result.ok) throw new Error(`expected a table, got ${JSON.stringify(result)}`);
  return result;
}

describe('readCsv on the Superstore slice', () => {
  const t = table(fixture('superstore-slice.csv'));

  it('strips the UTF-8 BOM and finds the comma', () => {
    expect([t.encoding, t.hadBom, t.delimiter]).toEqual(['utf-8', true, ',']);
  });

  it('reads the headers exactly', () => {
    expect(t.headers).toEqual([
      'Row ID',
      'Order ID',
      'Order Date',
      'Ship Date',
      'Ship Mode',
      'Customer ID',
      'Customer Name',
      'Segment',
      'Country',
      'City',
      'State',
      'Postal Code',
      'Region',
      'Product ID',
      'Category',
      'Sub-Category',
      'Product Name',
      'Sales',
      'Quantity',
      'Discount',
      'Profit',
    ]);
    expect(t.rows).toHaveLength(30);
  });

  it('keeps a quoted comma inside its cell', () => {
    expect(t.rows[1]).toEqual({
      line: 3,
      cells: [
        '2',
        'CA-2016-152156',
        '11/08/2016',
        '11/11/2016',
        'Second Class',
        'CG-12520',
        'Claire Gute',
        'Consumer',
        'United States',
        'Henderson',
        'Kentucky',
        '42420',
        'South',
        'FUR-CH-10000454',
        'Furniture',
        'Chairs',
        'Hon Deluxe Fabric Upholstered Stacking Chairs, Rounded Back',
        '731.94',
        '3',
        '0',
        '219.582',
      ],
    });
  });

  it('splits cells exactly as csv-parse does', () => {
    const reference = parse(fixture('superstore-slice.csv'), { bom: true }) as string[][];
    expect([t.headers, ...t.rows.map((r) => r.cells)]).toEqual(reference);
  });

  it('unescapes doubled quotes', () => {
    const row = t.rows.find((r) => r.cells[0] === '17');
    expect(row?.line).toBe(18);
    expect(row?.cells[16]).toBe('Stur-D-Stor Shelving, Vertical 5-Shelf: 72"H x 36"W x 18 1/2"D');
  });
});

describe('readCsv on a French Excel export', () => {
  const bytes = fixture('french-excel-1252.csv');

  it('is really Windows-1252 bytes (é is 0xE9, € is 0x80)', () => {
    expect(bytes.includes(0xe9)).toBe(true);
    expect(bytes.includes(0x80)).toBe(true);
  });

  it('decodes Windows-1252, finds the semicolon and skips blank rows', () => {
    const t = table(bytes);
    expect([t.encoding, t.hadBom, t.delimiter]).toEqual(['windows-1252', false, ';']);
    expect(t.headers).toEqual([
      'Date',
      'Société',
      'Commercial',
      'Type',
      'Résultat',
      'Montant (€)',
      'Commentaire',
    ]);
    expect(t.rows).toEqual([
      {
        line: 2,
        cells: [
          '27/11/2026',
          'Boulangerie Dupré',
          'Hélène',
          'Visite',
          'RDV',
          '1\u00a0234,50',
          'Très intéressée; rappeler en décembre',
        ],
      },
      { line: 3, cells: ['26/11/2026', "Café de l'Étoile", 'Hélène', 'Appel', 'Pas de réponse', '', ''] },
      {
        line: 5,
        cells: [
          '25/11/2026',
          'Garage Müller & Fils',
          'Benoît',
          'Visite',
          'Signé',
          '12\u00a0500,00 €',
          'Devis signé "urgent"',
        ],
      },
    ]);
  });

  it('decodes the same text as UTF-8 when it is UTF-8', () => {
    const text = iconv.decode(Buffer.from(bytes), 'win1252');
    const t = table(utf8(text));
    expect([t.encoding, t.hadBom, t.headers[1], t.rows[2]?.cells[5]]).toEqual([
      'utf-8',
      false,
      'Société',
      '12\u00a0500,00 €',
    ]);
  });

  it('obeys a forced encoding', () => {
    const t = table(utf8('Nom;Ville\nCafé;Sète\n'), { encoding: 'windows-1252' });
    expect([t.encoding, t.rows[0]?.cells]).toEqual(['windows-1252', ['CafÃ©', 'SÃ¨te']]);
  });
});

describe('readCsv on other shapes', () => {
  it('reads a tab-separated file', () => {
    const t = table(fixture('activities.tsv'));
    expect([t.delimiter, t.headers, t.rows]).toEqual([
      '\t',
      ['date', 'prospect', 'rep', 'kind', 'outcome', 'amount'],
      [
        { line: 2, cells: ['2026-11-27', 'Acme, Inc.', 'alice', 'call', 'reached', ''] },
        { line: 3, cells: ['2026-11-26', 'Globex', 'bob', 'meeting', 'signed', '4200.00'] },
      ],
    ]);
  });

  it('reads a pipe-separated file and an explicit delimiter', () => {
    expect(table(utf8('a|b\n1|2\n')).rows[0]?.cells).toEqual(['1', '2']);
    expect(table(utf8('a;b\n1;2\n'), { delimiter: ',' }).headers).toEqual(['a;b']);
  });

  it("reads Excel's UTF-16LE “Unicode text” export", () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from('Nom\tMontant\r\nDupré\t12,5\r\n', 'utf16le')]);
    const t = table(bytes);
    expect([t.encoding, t.hadBom, t.delimiter, t.rows[0]?.cells]).toEqual([
      'utf-16le',
      true,
      '\t',
      ['Dupré', '12,5'],
    ]);
  });

  it('counts lines across CR-only and mixed line ends', () => {
    const t = table(utf8('a,b\r1,2\r\r3,"x\r\ny"\n4,5'));
    expect(t.rows).toEqual([
      { line: 2, cells: ['1', '2'] },
      { line: 4, cells: ['3', 'x\ny'] },
      { line: 6, cells: ['4', '5'] },
    ]);
  });

  it('keeps a quote inside an unquoted cell and text after a closing quote, as Excel does', () => {
    expect(table(utf8('a,b\nEcran 24",x\n"abc"def,y\n')).rows.map((r) => r.cells)).toEqual([
      ['Ecran 24"', 'x'],
      ['abcdef', 'y'],
    ]);
  });

  it('does not take decimal commas for delimiters', () => {
    expect(detectDelimiter('Client;Montant\nA;1,5\nB;2,25\nC, SA;3\n')).toBe(';');
    expect(detectDelimiter('"Client, nom",Montant\n"A, SA",1\n')).toBe(',');
    expect(detectDelimiter('Client\nA\n')).toBe(',');
  });
});

describe('readCsv errors', () => {
  it('reports a row with a wrong column count at the line where it starts', () => {
    expect(readCsv(fixture('bad-row-after-multiline.csv'))).toEqual({
      ok: false,
      code: 'csv_column_count',
      line: 6,
      params: { line: 6, expected: 3, actual: 5, rows: 1 },
    });
  });

  it('gives the line where an unclosed quote opens', () => {
    expect(readCsv(fixture('malformed-unclosed-quote.csv'))).toEqual({
      ok: false,
      code: 'csv_malformed',
      line: 3,
      params: { line: 3, reason: 'quote_not_closed' },
    });
  });

  it.each([
    ['', 'no_header'],
    ['\r\n\r\n', 'no_header'],
    ['Date;Client\r\n', 'no_rows'],
    ['Date;Client\r\n;\r\n\r\n', 'no_rows'],
  ])('finds %j empty', (text, reason) => {
    expect(readCsv(utf8(text))).toEqual({ ok: false, code: 'csv_empty', params: { reason } });
  });

  it('refuses a spreadsheet sent instead of its CSV export', () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    expect(readCsv(xlsx)).toEqual({ ok: false, code: 'csv_binary', params: { format: 'xlsx' } });
  });
});

describe('readCsv at scale', () => {
  it('reads 50k rows with quoted commas in well under a second', () => {
    const row = '1,CA-2016-152156,11/08/2016,"Hon Deluxe Fabric Chairs, Rounded Back",731.94,3,0,219.582\r\n';
    const bytes = utf8(
      `Row ID,Order ID,Order Date,Product Name,Sales,Quantity,Discount,Profit\r\n${row.repeat(50_000)}`,
    );
    const started = performance.now();
    const t = table(bytes);
    const elapsed = performance.now() - started;
    expect(t.rows).toHaveLength(50_000);
    expect(t.rows[49_999]).toEqual({
      line: 50_001,
      cells: [
        '1',
        'CA-2016-152156',
        '11/08/2016',
        'Hon Deluxe Fabric Chairs, Rounded Back',
        '731.94',
        '3',
        '0',
        '219.582',
      ],
    });
    // Generous bound for loaded CI machines; typical runs are a few hundred ms.
    expect(elapsed).toBeLessThan(3000);
  });
});
