import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SALES_CSV_COLUMNS, salesCsv } from '../../bench/sales-file.ts';
import { readCsv } from '../../src/import/csv.ts';
import { openCsvStream } from '../../src/import/csv-stream.ts';
import { emptySettings } from '../../src/portfolio/entities.ts';
import { Cyrb53Parts, cyrb53Joined } from '../../src/portfolio/line-key.ts';
import { readPlainSales } from '../../src/portfolio/plain-sales.ts';
import { SalesColumnMap } from '../../src/portfolio/read-sales.ts';
import { SalesFileLines } from '../../src/portfolio/sales-lines.ts';
import { createTestCore } from '../helpers/core.ts';
import { storedSalesHash } from './stored-sales.ts';

const SUPERSTORE = readFileSync(path.join(import.meta.dirname, '../fixtures/portfolio/superstore.csv'));

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.close());

const run = (text: string, files: Record<string, Uint8Array>, team = 'local:acme') =>
  core.run(text, { role: 'admin', files, locale: 'en', team: team.replace('local:', '') });

const storedHash = (team: string) => storedSalesHash(core.store, team);

/** The Superstore without the columns whose cells need quotes (product names): a plain file. */
function plainSuperstore(drop: string[] = []): string {
  const t = readCsv(SUPERSTORE);
  if (!('rows' in t)) throw new Error('superstore unreadable');
  const keep = t.headers
    .map((_, i) => i)
    .filter((i) => !drop.includes(t.headers[i] as string))
    .filter((i) => t.rows.every((r) => !/[",]/.test(r.cells[i] ?? '')));
  const line = (cells: readonly string[]) => keep.map((i) => cells[i]).join(',');
  return [line(t.headers), ...t.rows.map((r) => line(r.cells))].join('\n');
}

/** Whether the fast reader takes `text` (it gives up on anything it would not read as the general one). */
async function takenPlain(
  text: string,
  columns: Record<string, number> = { date: 0, order: 1, customer: 2, revenue: 3, cost: 4 },
): Promise<boolean> {
  const bytes = Buffer.from(text);
  const csv = openCsvStream(bytes);
  const cols = SalesColumnMap.parse(columns);
  const data = {
    batches: [],
    lineCount: 0,
    customers: [],
    settings: emptySettings(),
    orderCount: 0,
    chunks: [],
  };
  const got = await readPlainSales(
    bytes,
    csv,
    cols,
    { today: '2026-11-28', dates: undefined, maxRows: 1_000_000 },
    (rows) => new SalesFileLines(rows, data),
    () => undefined,
  );
  return got !== undefined;
}

describe('Cyrb53Parts', () => {
  it('hashes parts, from texts or ASCII bytes, as cyrb53Joined hashes their join', () => {
    const cases = [
      [],
      [''],
      ['f', 'ORD-1', '2024-01-02', 'cu-1', '', '12.5', '3'],
      ['a', '', ''],
      ['x'.repeat(300)],
    ];
    for (const parts of cases) {
      const h = new Cyrb53Parts().begin();
      parts.forEach((p, i) => {
        if (i % 2 === 0) h.text(p);
        else h.bytes(Buffer.from(`##${p}##`), 2, 2 + p.length);
      });
      expect(h.end(), JSON.stringify(parts)).toBe(cyrb53Joined(parts));
    }
  });
});

describe('Cyrb53Parts.decimal', () => {
  it('hashes String(int / 10 ** scale) from the digits, or says it cannot (exponent notation)', () => {
    const cases: [number, number][] = [
      [0, 0],
      [0, 3],
      [5, 0],
      [50, 1],
      [-50, 1],
      [-7, 2],
      [1, 6],
      [100, 2],
      [1000, 3],
      [123_456_789_012_345, 2],
      [999_999_999_999_999, 0],
      [-120_034, 4],
    ];
    // A fixed pseudo-random spread of sizes and scales.
    for (let i = 1; i <= 5000; i++)
      cases.push([((i * 7_919_351) % 10 ** (1 + (i % 15))) * (i % 3 === 0 ? -1 : 1), i % 7]);
    for (const [int, scale] of cases) {
      const h = new Cyrb53Parts().begin().text('x');
      expect(h.decimal(int, scale), `${int}/10^${scale}`).toBe(true);
      expect(h.end(), `${int}/10^${scale}`).toBe(cyrb53Joined(['x', String(int / 10 ** scale)]));
    }
    expect(new Cyrb53Parts().begin().decimal(1, 7)).toBe(false); // 1e-7
    expect(new Cyrb53Parts().begin().decimal(10, 7)).toBe(true); // 0.000001
  });
});

describe('/import sales of a plain file, read from its bytes', () => {
  it('stores the Superstore exactly as the general reader did (same records, byte for byte)', async () => {
    const plain = plainSuperstore();
    expect(plain).not.toContain('"');
    const r = await run('/import sales file:s.csv', { 's.csv': Buffer.from(plain) });
    expect(r.data).toMatchObject({
      counts: { rows: 9994, imported: 9994, duplicates: 0, newCustomers: 793, newOrders: 5009 },
    });
    // The hash streamed-import.test.ts holds for the original file, read by the general reader.
    expect(await storedHash('local:acme')).toBe(
      'd2a3ff9097fb70d5d851e5129a5a7e00a9aeaa43422e8a905bfca34268098fd5',
    );
    const s = await run('/portfolio summary 2017', {});
    expect(s.data).toMatchObject({ revenue_total: 733_215.2552, order_count: 1687, customer_count: 693 });
    const again = await run('/import sales file:s.csv', { 's.csv': Buffer.from(plain) });
    expect(again.data).toMatchObject({ counts: { imported: 0, duplicates: 9994 } });
  });

  it('without row ids (line keys from the content), same records and figures as the general reader', async () => {
    const plain = plainSuperstore(['Row ID']);
    // One quoted cell in a column no field reads: the general reader takes this copy.
    const lines = plain.split('\n');
    lines[5] = lines[5]?.replace(/,([^,]*)$/, ',"$1"') ?? '';
    const quoted = lines.join('\n');
    const a = await run('/import sales file:a.csv', { 'a.csv': Buffer.from(plain) }, 'local:a');
    const b = await run('/import sales file:b.csv', { 'b.csv': Buffer.from(quoted) }, 'local:b');
    expect(a.data).toEqual({ ...(b.data as object), file: 'a.csv' });
    expect(await storedHash('local:a')).toBe(await storedHash('local:b'));
    for (const cmd of [
      '/portfolio summary 2016',
      '/portfolio abc',
      '/portfolio rfm',
      '/portfolio value 2017',
    ]) {
      const fa = await run(cmd, {}, 'local:a');
      const fb = await run(cmd, {}, 'local:b');
      expect(fa.error).toBeUndefined();
      expect(fa.data, cmd).toEqual(fb.data);
    }
  });

  it('a generated export, with repeated lines, CRLF, a BOM and blank lines: same records as the general reader', async () => {
    const lines = Buffer.from(salesCsv(3000)).toString('utf8').split('\n');
    // The same line three times (an order with twice the same product): three lines, three keys.
    lines.splice(10, 0, lines[9] as string, lines[9] as string);
    lines.splice(50, 0, '', '');
    const plain = `\ufeff${lines.join('\r\n')}\r\n`;
    const quoted = plain.replace('Customer 1,', '"Customer 1",');
    expect(quoted).not.toBe(plain);
    const columns = SALES_CSV_COLUMNS;
    expect(await takenPlain(plain, columns)).toBe(true);
    expect(await takenPlain(quoted, columns)).toBe(false);
    const dryA = await run(
      '/import sales file:a.csv dry_run:true',
      { 'a.csv': Buffer.from(plain) },
      'local:a',
    );
    const dryB = await run(
      '/import sales file:a.csv dry_run:true',
      { 'a.csv': Buffer.from(quoted) },
      'local:a',
    );
    expect(dryA.blocks).toEqual(dryB.blocks);
    const a = await run('/import sales file:a.csv', { 'a.csv': Buffer.from(plain) }, 'local:a');
    const b = await run('/import sales file:a.csv', { 'a.csv': Buffer.from(quoted) }, 'local:b');
    expect(a.data).toMatchObject({ counts: { rows: 3002, imported: 3002, duplicates: 0 } });
    expect(a.data).toEqual(b.data);
    expect(await storedHash('local:a')).toBe(await storedHash('local:b'));
  });

  it('a bad row in a plain file is told as the general reader tells it, and nothing is written', async () => {
    const lines = plainSuperstore().split('\n');
    lines[4001] = lines[4001]?.replace(/,([0-9.]+),(\d+),([0-9.]+),(-?[0-9.]+)$/, ',-$1,$2,$3,$4') ?? '';
    const before = await core.snapshot();
    const r = await run('/import sales file:bad.csv', { 'bad.csv': Buffer.from(lines.join('\n')) });
    expect(r.error?.code).toBe('import_rows_invalid');
    expect((r.data as { errors: unknown[] }).errors).toEqual([
      expect.objectContaining({ line: 4002, field: 'revenue', code: 'negative_amount' }),
    ]);
    expect(await core.snapshot()).toEqual(before);
  });

  it('gives up on what it does not read as the general reader would', async () => {
    const ok = 'Date,Order,Customer,Sales,Cost\n2024-01-02,O-1,Acme,10.5,3\n';
    expect(await takenPlain(ok)).toBe(true);
    for (const other of [
      ok.replace('Acme', ' Acme'), // a space to trim
      ok.replace('Acme', 'Ac  me'), // spaces to fold
      ok.replace('Acme', "'Acme"), // a formula escape
      ok.replace('10.5', '1 234,5'), // grouped digits
      ok.replace('10.5', '€10.5'),
      ok.replace('10.5', '-10.5'), // refused: the general reader says why
      ok.replace('Acme', 'Açme'), // not ASCII
      ok.replace('2024-01-02', '2024-13-02'),
      ok.replace(',3\n', ',\n'), // no cost
      ok.replace(',3\n', ',3,4\n'), // a cell too many
      ok.replace('\n2024', '\r2024'), // a lone CR
    ])
      expect(await takenPlain(other), other).toBe(false);
  });
});
