import { describe, expect, it } from 'vitest';
import { SALES_CSV_COLUMNS, salesCsv } from '../../bench/sales-file.ts';
import { openCsvStream } from '../../src/import/csv-stream.ts';
import type { SalesData } from '../../src/portfolio/collection.ts';
import { dayOf } from '../../src/portfolio/days.ts';
import type { PortfolioCustomer } from '../../src/portfolio/entities.ts';
import { emptySettings } from '../../src/portfolio/entities.ts';
import {
  HALVES_FROM,
  type ReadHow,
  readPlainSales,
  secondHalfStart,
} from '../../src/portfolio/plain-sales.ts';
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
  sample?: number,
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
  let how: ReadHow | undefined;
  const got = await readPlainSales(
    bytes,
    openCsvStream(bytes),
    SalesColumnMap.parse(columns),
    { today: '2026-11-28', dates: undefined, maxRows: 1_000_000 },
    (rows) => new SalesFileLines(rows, data),
    (line, v) => preview.push([line, { ...v }]),
    // Pieces of a few lines: the second half's thread reads it in many.
    { halvesFrom, piece: 700, sample, told: (h) => (how = h) },
  );
  // The caller's bytes are left as they were (none moved to the worker thread).
  expect(bytes.toString()).toBe(text);
  if (got === undefined) return undefined;
  const { lines, scan, read } = got;
  const n = lines.length;
  return {
    how,
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

/**
 * Reads `text` in one go and in two halves (sampling `sample` bytes for the one-pass read's guess):
 * the same records, and the halves really were two; how the halves were read.
 */
async function sameBothWays(
  text: string,
  columns: Record<string, number> = SALES_CSV_COLUMNS,
  stored = noneStored,
  sample?: number,
) {
  const whole = await readAs(text, columns, Number.POSITIVE_INFINITY, stored);
  const halves = await readAs(text, columns, 0, stored, sample);
  expect(whole?.how).toBe('whole');
  expect({ ...halves, how: 'whole' }).toEqual(whole);
  return { ...(whole as NonNullable<typeof whole>), how: halves?.how };
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
    // In one pass: the sampled lines told the date order and separators, and the whole file agreed.
    expect(r.how).toBe('one pass');
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

  it('a date order the sampled lines did not tell: guessed wrong, read again scanned first, same records', async () => {
    // Every day and month at most 12 (either order reads them), but for one line: month first.
    const lines = generated(3000).map((line, i) =>
      i === 0
        ? line
        : line.replace(/^\d\d\/\d\d/, `${String(1 + (i % 12)).padStart(2, '0')}/0${1 + ((i + 5) % 9)}`),
    );
    const mid = splitLine(lines.join('\n'));
    for (const at of [mid - 40, mid + 40]) {
      const text = [
        ...lines.slice(0, at),
        lines[at]?.replace(/^\d\d\/\d\d/, '03/25'),
        ...lines.slice(at + 1),
      ];
      // A 32-line sample (one a window) guesses day first; 03/25 says month first.
      const r = await sameBothWays(text.join('\n'), SALES_CSV_COLUMNS, noneStored, 0);
      expect(r.how, `line ${at}`).toBe('scanned after a wrong guess');
      expect(r.scan.dateOrder).toBe('mdy');
      // The first line's 02/07/… is the 7th of February, not the 2nd of July.
      const year = text[1]?.slice(6, 10);
      expect(text[1]?.slice(0, 6)).toBe('02/07/');
      expect(r.columns.day[0]).toBe(dayOf(`${year}-02-07`));
    }
    // The same lines sampled in full: guessed right, read in one pass.
    const text = [
      ...lines.slice(0, mid + 40),
      lines[mid + 40]?.replace(/^\d\d\/\d\d/, '03/25'),
      ...lines.slice(mid + 41),
    ];
    expect((await sameBothWays(text.join('\n'), SALES_CSV_COLUMNS, noneStored, 2 ** 20)).how).toBe(
      'one pass',
    );
  });

  it('a separator only lines left out of the sample tell: the file’s conclusion is not the guess, read again', async () => {
    const lines = generated(2000);
    const mid = splitLine(lines.join('\n'));
    for (let i = 1; i < lines.length; i++) {
      // Grouped thousands (1,234: no separator told) but for three lines of decimals after the split.
      const cells = (lines[i] as string).split(',');
      cells[6] = [mid + 31, mid + 97, mid + 133].includes(i)
        ? `${i}.25`
        : `1,${String(i % 1000).padStart(3, '1')}`;
      cells[7] = '1';
      lines[i] = cells.join(';');
    }
    lines[0] = (lines[0] as string).replaceAll(',', ';');
    const r = await sameBothWays(lines.join('\n'), SALES_CSV_COLUMNS, noneStored, 0);
    // Read with no separator, 1,234 would be 1.234; the file tells a point: 1234.
    expect(r.how).toBe('scanned after a wrong guess');
    expect(r.scan.decimal.revenue).toBe('.');
    expect(r.columns.revenue).toContain(1111);
    expect(r.columns.revenue).toContain(mid + 31 + 0.25);
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
    // The last line more than twice the first: the main thread's share of the bytes ends in it.
    const last = lines[2]
      ?.replace('Customer', `Customer ${'y'.repeat(100)}`)
      .replace(/,(Consumer|Corporate|Home Office),/, (_, s) => `,${s} ${'z'.repeat(60)},`);
    const long = `${lines.slice(0, 2).join('\n')}\n${last}`;
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
