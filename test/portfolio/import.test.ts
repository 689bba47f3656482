import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore } from '../helpers/core.ts';

const SUPERSTORE = readFileSync(path.join(import.meta.dirname, '../fixtures/portfolio/superstore.csv'));

/** The spreadsheet's figures, computed independently: csv-parse and plain sums per year and category. */
function spreadsheet() {
  const rows = parse(SUPERSTORE, { columns: true, bom: true }) as Record<string, string>[];
  const byYear = new Map<number, number>();
  const byYearCategory = new Map<string, number>();
  let total = 0;
  let profit = 0;
  for (const r of rows) {
    const year = Number((r['Order Date'] as string).slice(-4));
    const sales = Number(r.Sales);
    total += sales;
    profit += Number(r.Profit);
    byYear.set(year, (byYear.get(year) ?? 0) + sales);
    const key = `${year}:${r.Category}`;
    byYearCategory.set(key, (byYearCategory.get(key) ?? 0) + sales);
  }
  return { rows, total, profit, byYear, byYearCategory };
}

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.close());

const run = (text: string, files: Record<string, Uint8Array> = {}, locale: 'fr' | 'en' = 'fr') =>
  core.run(text, { role: 'admin', files, locale });

describe('/import sales with the Superstore export', () => {
  it('imports every line, and the figures match the spreadsheet’s to the cent', async () => {
    const ss = spreadsheet();
    const imp = await run('/import sales file:superstore.csv', { 'superstore.csv': SUPERSTORE });
    expect(imp.error).toBeUndefined();
    expect(imp.data).toMatchObject({
      dryRun: false,
      encoding: 'utf-8',
      delimiter: ',',
      dateOrder: 'mdy',
      decimal: '.',
      counts: { rows: 9994, imported: 9994, duplicates: 0, newCustomers: 793, newOrders: 5009 },
      range: { from: '2014-01-03', to: '2017-12-30' },
    });
    type YearData = { year: number; revenue_total: number; revenue_by_category: Record<string, number> };
    const years: Record<string, YearData> = {};
    const s17 = await run('/portfolio summary 2017');
    for (const y of (s17.data as { years: YearData[] }).years) years[y.year] = y;
    const sum = [...ss.byYear.values()].reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(ss.total, 6);
    for (const [year, revenue] of ss.byYear) {
      expect(years[year]?.revenue_total).toBeCloseTo(revenue, 4);
      for (const cat of ['Furniture', 'Office Supplies', 'Technology'])
        expect(years[year]?.revenue_by_category[cat]).toBeCloseTo(
          ss.byYearCategory.get(`${year}:${cat}`) ?? 0,
          4,
        );
    }
    const d = s17.data as Record<string, { value: number | null }> & { revenue_total: number };
    expect(d.revenue_total).toBe(733_215.2552);
    const r16 = ss.byYear.get(2016) as number;
    const r17 = ss.byYear.get(2017) as number;
    const r14 = ss.byYear.get(2014) as number;
    expect(d.growth_rate?.value).toBeCloseTo((r17 - r16) / r16, 12);
    expect(d.cagr?.value).toBeCloseTo((r17 / r14) ** (1 / 3) - 1, 12);
    // DOMAIN §7 growth_overall beside the CAGR: from the range's first year to the year asked
    expect(s17.data?.growth_overall).toMatchObject({ from: 2014, to: 2017 });
    expect(d.growth_overall?.value).toBeCloseTo(r17 / r14 - 1, 12); // the spreadsheet's sums, to 1e-12
    expect((1 + (d.cagr?.value as number)) ** 3 - 1).toBeCloseTo(d.growth_overall?.value as number, 12);
    const byCat = (
      s17.data as { revenue_by_category: { category: string; growth_rate: { value: number } }[] }
    ).revenue_by_category;
    for (const c of byCat) {
      const cur = ss.byYearCategory.get(`2017:${c.category}`) as number;
      const prev = ss.byYearCategory.get(`2016:${c.category}`) as number;
      expect(c.growth_rate.value).toBeCloseTo((cur - prev) / prev, 12);
    }
    expect(s17.data).toMatchObject({ order_count: 1687, customer_count: 693 });

    const value = await run('/portfolio value 2017');
    const v = value.data as { margin: number; markup_rate: { value: number }; cac: null };
    expect(v.margin).toBeCloseTo(93_439.2696, 4);
    expect(v.markup_rate.value).toBeCloseTo(93_439.2696 / 733_215.2552, 12);
    expect(v.cac).toBeNull();
    expect(value.blocks.some((b) => b.type === 'text' && b.text.includes('CAC non disponible'))).toBe(true);

    const again = await run('/import sales file:superstore.csv', { 'superstore.csv': SUPERSTORE });
    expect(again.data).toMatchObject({
      counts: { rows: 9994, imported: 0, duplicates: 9994, newCustomers: 0 },
    });
    const after = await run('/portfolio summary 2017');
    expect((after.data as { revenue_total: number }).revenue_total).toBe(733_215.2552);

    const abc = await run('/portfolio abc 2017', {}, 'en');
    const classes = (abc.data as { classes: Record<string, { customers: { numerator: number } }> }).classes;
    expect(
      (classes.A?.customers.numerator ?? 0) +
        (classes.B?.customers.numerator ?? 0) +
        (classes.C?.customers.numerator ?? 0),
    ).toBe(693);
    const rfm = await run('/portfolio rfm');
    expect(rfm.data).toMatchObject({ date: '2017-12-31', customer_count: 793 });
    const card = await run('/customer show CG-12520');
    expect(card.data).toMatchObject({
      customer: { ref: 'CG-12520', name: 'Claire Gute' },
      order_count: 3,
      last_order: { date: '2017-01-26', order: 'CA-2017-164098' },
    });
    expect((card.data as { revenue_total: number }).revenue_total).toBeCloseTo(1148.78, 4);
  });

  it('a dry run says what it would import and writes nothing', async () => {
    await run('/help');
    const before = await core.snapshot();
    const r = await run('/import sales file:superstore.csv dry_run:true', { 'superstore.csv': SUPERSTORE });
    expect(r.data).toMatchObject({ dryRun: true, counts: { imported: 9994 } });
    expect(await core.snapshot()).toEqual(before);
  });
});

const FRENCH = [
  'Date;N° commande;Code client;Client;Type client;Famille;CA HT;Coût HT',
  '15/01/2025;F-1;C1;Dupont SA;PME;Outillage;1 234,50 €;1 000,00',
  '15/01/2025;F-1;C1;Dupont SA;PME;Quincaillerie;100,00;60,00',
  '20/02/2025;F-2;C2;Café Martin;TPE;Outillage;500,00;400,00',
  '03/03/2026;F-3;C1;Dupont SA;PME;Outillage;2 000,00;1 500,00',
].join('\r\n');

describe('/import sales: file shapes', () => {
  it('French Excel export: semicolons, decimal commas, Windows-1252, day-first dates, cost column', async () => {
    const bytes = iconv.encode(FRENCH, 'win1252');
    const r = await run('/import ventes fichier:ventes.csv', { 'ventes.csv': bytes });
    expect(r.error).toBeUndefined();
    expect(r.data).toMatchObject({
      encoding: 'windows-1252',
      delimiter: ';',
      dateOrder: 'dmy',
      decimal: ',',
      counts: { imported: 4, newCustomers: 2, newOrders: 3 },
    });
    const format = (reply: typeof r) =>
      reply.blocks.flatMap((b) => (b.type === 'fields' ? b.fields : [])).find((f) => f.label === 'Format')
        ?.value;
    expect(format(r)).toBe('windows-1252 · séparateur « ; » · dates jour/mois/année · décimale « , »');
    const en = await run('/import sales file:ventes.csv dry_run:true', { 'ventes.csv': bytes }, 'en');
    expect(format(en)).toBe('windows-1252 · separator ";" · dates day/month/year · decimal ","');
    const s = await run('/portfolio summary 2025 by:customer-category');
    expect(s.data).toMatchObject({ revenue_total: 1834.5, order_count: 2, customer_count: 2 });
    const cats = (s.data as { revenue_by_category: { category: string; revenue: number }[] })
      .revenue_by_category;
    expect(cats).toEqual([
      expect.objectContaining({ category: 'PME', revenue: 1334.5 }),
      expect.objectContaining({ category: 'TPE', revenue: 500 }),
    ]);
    const card = await run('/client voir "cafe martin"');
    expect(card.data).toMatchObject({ customer: { name: 'Café Martin' }, revenue_total: 500, margin: 100 });
  });

  it.each([
    ['straight', "'"],
    ['typographic', '’'],
  ])('French headers with a %s apostrophe: « Chiffre d’affaires HT », « Coût d’achat »', async (_, q) => {
    const csv = `Date;N° commande;Client;Chiffre d${q}affaires HT;Coût d${q}achat\n10/01/2025;F1;Café Martin;1 200,00;800,00\n`;
    const r = await run('/import ventes fichier:v.csv', { 'v.csv': Buffer.from(csv) });
    expect(r.error).toBeUndefined();
    expect(r.data).toMatchObject({ counts: { imported: 1 } });
    const card = await run('/client voir "cafe martin"');
    expect(card.data).toMatchObject({ revenue_total: 1200, margin: 400 });
  });

  it('dates that cannot tell day from month are refused until dates: says which', async () => {
    const csv =
      'Date,Order,Customer,Sales,Profit\n01/02/2025,A,X,10,2\n03/04/2025,B,Y,20,-1\n05/06/2025,C,X,5,1\n';
    const text = csv.replace(/01\/02|03\/04|05\/06/g, (m) => m); // all parts ≤ 12: ambiguous, but every one reads day-first
    const ok = await run('/import sales file:a.csv dry_run:true', { 'a.csv': Buffer.from(text) });
    expect(ok.data).toMatchObject({ dateOrder: 'dmy' });
    const asked = await run('/import sales file:a.csv dates:mdy', { 'a.csv': Buffer.from(text) });
    expect(asked.data).toMatchObject({ dateOrder: 'mdy', range: { from: '2025-01-02', to: '2025-05-06' } });
    const conflict = 'Date,Order,Customer,Sales,Profit\n13/02/2025,A,X,10,2\n02/13/2025,B,Y,20,1\n';
    const refused = await run('/import sales file:b.csv', { 'b.csv': Buffer.from(conflict) });
    expect(refused.error?.code).toBe('import_ambiguous_dates');
  });

  it('an explicit column map is used, saved for the team, and reused by the next import', async () => {
    const csv = 'Jour,Ticket,Acheteur,Montant,Bénéfice\n2025-01-10,T1,Alice,100,30\n';
    const first = await run(
      '/import sales file:a.csv columns:"Ticket=order;Acheteur=customer;Bénéfice=margin"',
      {
        'a.csv': Buffer.from(csv),
      },
    );
    expect(first.error).toBeUndefined();
    expect(first.data).toMatchObject({ counts: { imported: 1 } });
    const next = 'Jour,Ticket,Acheteur,Montant,Bénéfice\n2025-02-10,T2,Bob,50,10\n';
    const second = await run('/import sales file:b.csv', { 'b.csv': Buffer.from(next) });
    expect(second.error).toBeUndefined();
    expect(second.data).toMatchObject({ counts: { imported: 1, newCustomers: 1 } });
    const v = await run('/portfolio value 2025');
    expect(v.data).toMatchObject({ revenue_total: 150, margin: 40, cost: 110 });
  });

  it('identical lines of one order stay two lines, and re-importing still adds nothing', async () => {
    const csv = 'Date,Order,Customer,Sales,Cost\n2025-01-10,O1,A,10,5\n2025-01-10,O1,A,10,5\n';
    const a = await run('/import sales file:a.csv', { 'a.csv': Buffer.from(csv) });
    expect(a.data).toMatchObject({ counts: { imported: 2, newOrders: 1 } });
    const b = await run('/import sales file:a.csv', { 'a.csv': Buffer.from(csv) });
    expect(b.data).toMatchObject({ counts: { imported: 0, duplicates: 2 } });
  });

  it('bad rows are all reported with their line numbers, and the store is left unchanged', async () => {
    const head = SUPERSTORE.toString('utf8').split('\n').slice(0, 21).join('\n');
    const first = await run('/import sales file:head.csv', { 'head.csv': Buffer.from(head) });
    expect(first.data).toMatchObject({ counts: { imported: 20 } });
    const before = await core.snapshot();
    const csv =
      'Date,Order,Customer,Sales,Profit\n2025-01-10,O1,A,10,5\n2025-13-40,O2,B,10,5\n2025-01-11,O3,C,abc,5\n2025-01-12,O4,D,10,\n';
    const r = await run('/import sales file:bad.csv', { 'bad.csv': Buffer.from(csv) });
    expect(r.error?.code).toBe('import_rows_invalid');
    const errors = (r.data as { errors: { line: number; code: string }[] }).errors;
    expect(errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'invalid_date'],
      [4, 'invalid_amount'],
      [5, 'sales_row_no_cost'],
    ]);
    expect(await core.snapshot()).toEqual(before);
  });

  it('a file without cost or margin is refused with the fix, and analyses before any import say how to import', async () => {
    const r = await run('/import sales file:a.csv', {
      'a.csv': Buffer.from('Date,Order,Customer,Sales\n2025-01-01,A,B,1\n'),
    });
    expect(r.error?.code).toBe('sales_missing_cost');
    const none = await run('/portfolio summary', {}, 'en');
    expect(none.error?.code).toBe('portfolio_no_sales');
    expect(none.error?.message).toContain('/import sales');
  });
});
