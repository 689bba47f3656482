import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SLICE_BYTES } from '../../src/import/csv-stream.ts';
import { KEPT_ROW_ERRORS } from '../../src/portfolio/read-sales.ts';
import { createTestCore } from '../helpers/core.ts';
import { storedSalesHash } from './stored-sales.ts';

const SUPERSTORE = readFileSync(path.join(import.meta.dirname, '../fixtures/portfolio/superstore.csv'));
const TEAM = 'local:acme';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.close());

const run = (text: string, files: Record<string, Uint8Array> = {}) =>
  core.run(text, { role: 'admin', files, locale: 'en' });

const storedHash = () => storedSalesHash(core.store, TEAM);

/** The Superstore's lines as text, with line `n` (1 = header) replaced by `f(line)`. */
function superstoreWith(n: number, f: (line: string) => string): Buffer {
  const lines = SUPERSTORE.toString('utf8').split('\n');
  lines[n - 1] = f(lines[n - 1] as string);
  return Buffer.from(lines.join('\n'));
}

describe('/import sales read in slices stores what the row-by-row import stored', () => {
  it('the Superstore export spans many slices, cut inside rows', () => {
    const cuts = Array.from(
      { length: Math.floor(SUPERSTORE.length / SLICE_BYTES) },
      (_, k) => (k + 1) * SLICE_BYTES,
    );
    expect(cuts.length).toBeGreaterThan(20);
    expect(cuts.filter((at) => SUPERSTORE[at - 1] !== 0x0a).length).toBeGreaterThan(20);
  });

  it('same stored records, byte for byte, and the same figures', async () => {
    const r = await run('/import sales file:s.csv', { 's.csv': SUPERSTORE });
    expect(r.data).toMatchObject({
      counts: { rows: 9994, imported: 9994, duplicates: 0, newCustomers: 793, newOrders: 5009 },
    });
    // Hash of the records the row-by-row importer (commit f0517c3) stored for this file.
    expect(await storedHash()).toBe('d2a3ff9097fb70d5d851e5129a5a7e00a9aeaa43422e8a905bfca34268098fd5');
    const s = await run('/portfolio summary 2017');
    expect(s.data).toMatchObject({ revenue_total: 733_215.2552, order_count: 1687, customer_count: 693 });
    const value = await run('/portfolio value 2017');
    expect((value.data as { margin: number }).margin).toBeCloseTo(93_439.2696, 4);
    const rfm = await run('/portfolio rfm');
    expect(rfm.data).toMatchObject({ customer_count: 793 });
  });

  it('a bad row far past the first slice aborts the whole import at its line, and nothing is written', async () => {
    await run('/import sales file:head.csv', {
      'head.csv': Buffer.from(SUPERSTORE.toString('utf8').split('\n').slice(0, 11).join('\n')),
    });
    const before = await core.snapshot();
    const late = superstoreWith(9001, (line) => line.replace(',458.43,', ',12x,'));
    expect(late.indexOf('12x')).toBeGreaterThan(30 * SLICE_BYTES);
    const r = await run('/import sales file:late.csv', { 'late.csv': late });
    expect(r.error?.code).toBe('import_rows_invalid');
    expect((r.data as { errors: unknown[] }).errors).toEqual([
      {
        line: 9001,
        field: 'revenue',
        code: 'invalid_amount',
        params: { option: 'revenue', value: '12x' },
      },
    ]);
    expect(r.blocks.some((b) => b.type === 'table' && b.rows[0]?.[1] === 'Sales')).toBe(true);
    expect(await core.snapshot()).toEqual(before);
  });

  it('a row cut by a slice boundary inside a multi-byte character reads whole', async () => {
    const head = 'Date;Order;Customer;Category;Sales;Cost';
    const filler: string[] = [];
    let size = head.length + 1;
    for (let i = 0; size < SLICE_BYTES - 200; i++) {
      const row = `2025-01-02;F-${i};Client ${i % 50};Outils;10,00;6,00`;
      filler.push(row);
      size += row.length + 1;
    }
    const before = Buffer.from(`${[head, ...filler].join('\n')}\n`);
    // Pad so that the slice boundary falls between the two bytes of the ë (C3 AB).
    const name = 'Zoë Müller';
    const prefix = '2025-03-04;Z-1;';
    const pad = SLICE_BYTES - before.length - prefix.length - 'Zo'.length - 1;
    const cut = `${prefix}${' '.repeat(pad)}${name};Outils;1 234,50;1 000,25\n`;
    const bytes = Buffer.concat([before, Buffer.from(cut)]);
    expect(bytes[SLICE_BYTES - 1]).toBe(0xc3);
    expect(bytes[SLICE_BYTES]).toBe(0xab);
    const r = await run('/import sales file:cut.csv', { 'cut.csv': bytes });
    expect(r.data).toMatchObject({ decimal: ',', counts: { imported: filler.length + 1 } });
    const card = await run('/customer show "zoe muller"');
    expect(card.data).toMatchObject({
      customer: { name: 'Zoë Müller' },
      revenue_total: 1234.5,
      margin: 234.25,
    });
  });

  it('errors beyond the kept ones are still counted, and stated', async () => {
    const bad = Array.from({ length: KEPT_ROW_ERRORS + 500 }, (_, i) => `2025-01-0x,O${i},A,10,5`);
    const csv = ['Date,Order,Customer,Sales,Cost', '2025-01-01,O,A,10,5', ...bad].join('\n');
    const r = await run('/import sales file:bad.csv', { 'bad.csv': Buffer.from(csv) });
    const data = r.data as { errors: { line: number }[]; total: number };
    expect([data.errors.length, data.total, data.errors[0]?.line]).toEqual([KEPT_ROW_ERRORS, 1500, 3]);
    expect(r.error?.message).toContain('1,500 rows are invalid');
    expect(
      r.blocks.some((b) => b.type === 'table' && b.caption?.includes(`first ${KEPT_ROW_ERRORS} in --json`)),
    ).toBe(true);
  });
});
