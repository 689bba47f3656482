import { describe, expect, it } from 'vitest';
import { SALES_CSV_COLUMNS, salesCsv } from '../../bench/sales-file.ts';
import { openCsvStream } from '../../src/import/csv-stream.ts';
import type { SalesData } from '../../src/portfolio/collection.ts';
import type { PortfolioCustomer } from '../../src/portfolio/entities.ts';
import { emptySettings } from '../../src/portfolio/entities.ts';
import { HALVES_FROM, readPlainSales, secondHalfStart } from '../../src/portfolio/plain-sales.ts';
import { SalesColumnMap } from '../../src/portfolio/read-sales.ts';
import { SalesFileLines } from '../../src/portfolio/sales-lines.ts';
import { createTestCore } from '../helpers/core.ts';
import { storedSalesHash } from './stored-sales.ts';

interface Stored {
  keys: number[];
  customers: PortfolioCustomer[];
}

const noneStored: Stored = { keys: [], customers: [] };

/** What a read hands to the store (stage-sales.ts reads these), as plain values to compare. */
async function readAs(
  text: string,
  columns: Record<string, number>,
  halvesFrom: number,
  stored = noneStored,
) {
  const bytes = Buffer.from(text);
  const data = {
    batches: [{ key: Float64Array.from(stored.keys), length: stored.keys.length }],
    lineCount: stored.keys.length,
    customers: stored.customers,
    settings: emptySettings(),
    orderCount: 0,
    chunks: [],
  } as unknown as SalesData;
  const preview: [number, unknown][] = [];
  const got = await readPlainSales(
    bytes,
    openCsvStream(bytes),
    SalesColumnMap.parse(columns),
    { today: '2026-11-28', dates: undefined, maxRows: 1_000_000 },
    (rows) => new SalesFileLines(rows, data),
    (line, v) => preview.push([line, { ...v }]),
    // Pieces of a few lines: the second half's thread reads it in many.
    { halvesFrom, piece: 700 },
  );
  // The caller's bytes are left as they were (none moved to the worker thread).
  expect(bytes.toString()).toBe(text);
  if (got === undefined) return undefined;
  const { lines, scan, read } = got;
  const n = lines.length;
  return {
    scan,
    read,
    preview,
    length: n,
    duplicates: lines.duplicates,
    columns: {
      day: [...lines.day.subarray(0, n)],
      order: [...lines.order.subarray(0, n)],
      customer: [...lines.customer.subarray(0, n)],
      segment: [...lines.segment.subarray(0, n)],
      category: [...lines.category.subarray(0, n)],
      revenue: [...lines.revenue.subarray(0, n)],
      cost: [...lines.cost.subarray(0, n)],
      key: [...lines.key.subarray(0, n)],
    },
    orders: lines.orders.list,
    segments: lines.segments.list,
    categories: lines.categories.list,
    newCustomers: lines.newCustomers,
  };
}

/** Reads `text` in one go and in two halves: the same records, and the halves really were two. */
async function sameBothWays(
  text: string,
  columns: Record<string, number> = SALES_CSV_COLUMNS,
  stored = noneStored,
) {
  const whole = await readAs(text, columns, Number.POSITIVE_INFINITY, stored);
  const halves = await readAs(text, columns, 0, stored);
  expect(whole).toBeDefined();
  expect(halves).toEqual(whole);
  return whole as NonNullable<typeof whole>;
}

const generated = (lines: number) => Buffer.from(salesCsv(lines)).toString('utf8').split('\n');

/** The index of the line (0: the header) the second half starts with. */
function splitLine(text: string): number {
  const at = secondHalfStart(Buffer.from(text), text.indexOf('\n') + 1);
  return text.slice(0, at).split('\n').length - 1;
}

describe('/import sales of a big plain file, read in two halves at once', () => {
  it('stores what the one-thread read stores: orders, customers and labels met in both halves', async () => {
    const lines = generated(4000);
    const mid = splitLine(lines.join('\n'));
    // A new order, customer, segment and category first met in the second half, then again in the first.
    const newcomer = '06/15/2023,ORD-NEW,CU-NEW,Newcomer Ltd,Startup,Robots,10.5,2.5';
    lines.splice(mid + 100, 0, newcomer);
    lines.splice(10, 0, newcomer.replace('10.5', '11.5'));
    // A date only in the first half, another only in the second.
    lines.splice(20, 0, '02/29/2020,ORD-D1,CU-5,Customer 5,Corporate,Software,3,1');
    lines.splice(mid + 200, 0, '12/31/2019,ORD-D2,CU-6,Customer 6,Consumer,Software,3,1');
    const text = lines.join('\n');
    expect(splitLine(text)).toBeGreaterThan(20);
    expect(splitLine(text)).toBeLessThan(mid + 100);
    const r = await sameBothWays(text);
    expect(r.length).toBe(4004);
    expect(r.categories).toContain('Robots');
    expect(r.orders.indexOf('ORD-NEW')).toBeLessThan(r.orders.indexOf('ORD-D2'));
  });

  it('identical lines on both sides of the split count as one file: k-th occurrences, same keys', async () => {
    const lines = generated(3000);
    const mid = splitLine(lines.join('\n'));
    const twin = lines[7] as string;
    const other = lines[mid + 5] as string;
    // twin: 3 times before the split, 3 after; other: first met after the split, then twice again.
    lines.splice(mid + 40, 0, twin, other, twin);
    lines.splice(mid + 10, 0, twin);
    lines.splice(30, 0, twin, twin);
    const text = lines.join('\n');
    const split = splitLine(text);
    expect(split).toBeGreaterThan(32);
    expect(split).toBeLessThan(mid + 10);
    const r = await sameBothWays(text);
    expect(r.length).toBe(3006);
    expect(new Set(r.columns.key).size).toBe(3006);
  });

  it('lines already stored (a re-import, a partial overlap) are counted as duplicates alike', async () => {
    const lines = generated(3000);
    const first = await sameBothWays(lines.join('\n'));
    const all: Stored = { keys: first.columns.key, customers: first.newCustomers };
    const again = await sameBothWays(lines.join('\n'), SALES_CSV_COLUMNS, all);
    expect([again.length, again.duplicates]).toEqual([0, 3000]);
    // Only the lines of the second half stored, with their customers: the first half numbers after them.
    const split = splitLine(lines.join('\n'));
    const later = await readAs(
      [lines[0], ...lines.slice(split)].join('\n'),
      SALES_CSV_COLUMNS,
      Number.POSITIVE_INFINITY,
    );
    const stored: Stored = { keys: later?.columns.key ?? [], customers: later?.newCustomers ?? [] };
    const partial = await sameBothWays(lines.join('\n'), SALES_CSV_COLUMNS, stored);
    expect(partial.duplicates).toBe(3001 - split);
    expect(partial.length).toBe(split - 1);
  });

  it('a column whose separator only one half tells is read with the file’s (1,234 in the other half)', async () => {
    const lines = generated(2000);
    const mid = splitLine(lines.join('\n'));
    for (let i = 1; i < lines.length; i++) {
      // Before the split: decimal points; after: grouped thousands and whole amounts only.
      const cells = (lines[i] as string).split(',');
      cells[6] =
        i < mid ? `${i % 900}.25` : i % 2 === 0 ? `1,${String(i % 1000).padStart(3, '1')}` : String(i);
      cells[7] = '1';
      lines[i] = cells.join(';');
    }
    lines[0] = (lines[0] as string).replaceAll(',', ';');
    const r = await sameBothWays(lines.join('\n'));
    expect(r.scan.decimal.revenue).toBe('.');
    expect(r.columns.revenue).toContain(1111);
  });

  it('CRLF, a BOM, blank lines at the split, and a first half of fewer than five lines', async () => {
    const lines = generated(2000);
    let text = `\ufeff${lines.join('\r\n')}\r\n`;
    // Blank lines where the second half starts (inserting moves the middle: again until it is one).
    for (let tries = 0; tries < 5; tries++) {
      const bytes = Buffer.from(text);
      const at = secondHalfStart(bytes, bytes.indexOf(10) + 1);
      if (bytes[at] === 13 || bytes[at] === 10) break;
      text = `${bytes.subarray(0, at).toString()}\r\n\r\n\r\n${bytes.subarray(at).toString()}`;
    }
    const bytes = Buffer.from(text);
    expect(bytes[secondHalfStart(bytes, bytes.indexOf(10) + 1)]).toBe(13);
    const r = await sameBothWays(text);
    expect(r.read.valid).toBe(2000);
    // Six lines: the preview's five come from both halves.
    const short = lines.slice(0, 7).join('\n');
    expect(splitLine(short)).toBeLessThanOrEqual(5);
    const s = await sameBothWays(short);
    expect(s.preview.map(([line]) => line)).toEqual([2, 3, 4, 5, 6]);
  });

  it('the split falling in the last line: the file is read in one go', async () => {
    const lines = generated(2);
    const long = `${lines.slice(0, 2).join('\n')}\n${lines[2]?.replace('Customer', `Customer ${'y'.repeat(80)}`)}`;
    const bytes = Buffer.from(long);
    expect(secondHalfStart(bytes, bytes.indexOf(10) + 1)).toBe(-1);
    expect((await sameBothWays(long)).length).toBe(2);
  });

  it('row ids as keys, a cost column, and a row id met in both halves', async () => {
    const rows = ['Row,Date,Order,Customer,Sales,Cost'];
    for (let i = 1; i <= 1500; i++)
      rows.push(`R${i % 1400},2024-0${1 + (i % 9)}-1${i % 10},O-${i >> 1},Client ${i % 37},${i}.5,${i % 7}`);
    const r = await sameBothWays(rows.join('\n'), {
      row_id: 0,
      date: 1,
      order: 2,
      customer: 3,
      revenue: 4,
      cost: 5,
    });
    expect(r.duplicates).toBe(0); // R5 of O-2 and R5 of O-702 are different lines
    const again = [...rows, rows[3] as string, rows[1200] as string].join('\n');
    expect(
      (await sameBothWays(again, { row_id: 0, date: 1, order: 2, customer: 3, revenue: 4, cost: 5 }))
        .duplicates,
    ).toBe(2);
  });

  it('a bad cell in either half: not plain (the general reader tells it), whatever the other half did', async () => {
    const lines = generated(2000);
    const mid = splitLine(lines.join('\n'));
    for (const at of [5, mid + 5, lines.length - 1]) {
      const bad = [...lines];
      bad[at] = (bad[at] as string).replace(/,([0-9.]+),(-?[0-9.]+)$/, ',-$1,$2');
      expect(await readAs(bad.join('\n'), SALES_CSV_COLUMNS, 0), `line ${at}`).toBeUndefined();
      expect(
        await readAs(bad.join('\n'), SALES_CSV_COLUMNS, Number.POSITIVE_INFINITY),
        `line ${at}`,
      ).toBeUndefined();
    }
  });

  it('through /import sales: a file past the size read in halves stores what the general reader stores', async () => {
    const core = await createTestCore();
    try {
      const plain = Buffer.from(salesCsv(62_000));
      expect(plain.length).toBeGreaterThan(HALVES_FROM);
      const quoted = Buffer.from(plain.toString().replace('Customer 1,', '"Customer 1",'));
      const run = (team: string, bytes: Uint8Array) =>
        core.run('/import sales file:s.csv', {
          role: 'admin',
          locale: 'en',
          team,
          files: { 's.csv': bytes },
        });
      const stored = (team: string) => storedSalesHash(core.store, `local:${team}`);
      const a = await run('a', plain);
      const b = await run('b', quoted);
      expect(a.data).toMatchObject({ counts: { rows: 62_000, imported: 62_000, duplicates: 0 } });
      expect(a.data).toEqual(b.data);
      expect(await stored('a')).toBe(await stored('b'));
      const again = await run('a', plain);
      expect(again.data).toMatchObject({ counts: { imported: 0, duplicates: 62_000 } });
    } finally {
      await core.close();
    }
  });
});
