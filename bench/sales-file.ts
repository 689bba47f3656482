import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRng } from '../src/demo/random.ts';

const CATEGORIES = ['Furniture', 'Office Supplies', 'Technology', 'Services', 'Software', 'Training'];
const SEGMENTS = ['Consumer', 'Corporate', 'Home Office'];

/** The columns of `salesCsv`'s export, as the import maps them (Profit is the margin). */
export const SALES_CSV_COLUMNS = {
  date: 0,
  order: 1,
  customer_id: 2,
  customer: 3,
  customer_category: 4,
  product_category: 5,
  revenue: 6,
  margin: 7,
} as const;

/** A deterministic sales export: `lines` lines over 4 years, 20k customers, 1–3 lines an order. */
export function salesCsv(lines: number): Uint8Array {
  const rand = createRng(42).next;
  const out: string[] = ['Order Date,Order ID,Customer ID,Customer Name,Segment,Category,Sales,Profit'];
  const start = Date.UTC(2021, 0, 1);
  let order = 0;
  for (let n = 0; n < lines; ) {
    order++;
    const day = new Date(start + Math.floor(rand() * 1461) * 86_400_000);
    const date = `${String(day.getUTCMonth() + 1).padStart(2, '0')}/${String(day.getUTCDate()).padStart(2, '0')}/${day.getUTCFullYear()}`;
    // Skewed towards a few big customers, as portfolios are.
    const c = Math.floor(20_000 * rand() ** 2);
    const per = 1 + Math.floor(rand() * 3);
    for (let k = 0; k < per && n < lines; k++, n++) {
      const sales = Math.round(rand() * 100_000) / 100;
      const profit = Math.round((rand() * 0.5 - 0.1) * sales * 100) / 100;
      out.push(
        `${date},ORD-${order},CU-${c},Customer ${c},${SEGMENTS[c % 3]},${CATEGORIES[Math.floor(rand() * 6)]},${sales},${profit}`,
      );
    }
  }
  return Buffer.from(out.join('\n'));
}

// `node --import tsx bench/sales-file.ts <lines> <file>`: the bench makes its file in another
// process, so that the strings of the generation are not counted in the import's memory.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(process.argv[3] as string, salesCsv(Number(process.argv[2])));
}
