import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { salesCsv } from '../../bench/sales-file.ts';
import { createTestCore } from '../helpers/core.ts';
import { onPostgres } from '../helpers/test-store.ts';
import { storedSalesHash } from './stored-sales.ts';

const SUPERSTORE = (await readFile(path.join(import.meta.dirname, '../fixtures/portfolio/superstore.csv')))
  .toString('utf8')
  .split('\n');
const TEAM = 'local:acme';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.close());

const storedHash = () => storedSalesHash(core.store, TEAM);

/** The bytes of the team's sales month files, hashed together with their names. */
async function salesFilesHash(): Promise<string> {
  const files: string[] = [];
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (p.includes(`${path.sep}sales${path.sep}`)) files.push(p);
    }
  };
  await walk(core.dir);
  const h = createHash('sha256');
  for (const f of files.sort()) h.update(path.basename(f)).update(await readFile(f));
  return h.digest('hex');
}

const importFile = async (bytes: string | Uint8Array) => {
  const r = await core.run('/import sales file:s.csv', {
    role: 'admin',
    locale: 'en',
    files: { 's.csv': typeof bytes === 'string' ? Buffer.from(bytes) : bytes },
  });
  expect(r.error).toBeUndefined();
  return (r.data as { counts: unknown }).counts;
};

describe('/import sales stages the same month chunks as the line-by-line staging did', () => {
  // Hashes of what the staging of commit 9944260 (each month's columns gathered line by line in
  // day order) stored for these three imports: the chunks, customers and settings, and the files.
  it('over three imports: stored orders met again, labels new to the team, duplicates, a plain file', async () => {
    // The Superstore's first 4,999 lines: a first import (no stored order yet); it ends inside
    // order CA-2016-129238, whose second line comes with the next file.
    expect(await importFile(SUPERSTORE.slice(0, 5000).join('\n'))).toEqual({
      rows: 4999,
      imported: 4999,
      duplicates: 0,
      newCustomers: 756,
      newOrders: 2475,
    });
    const first = await storedHash();
    // All of it, a category and a segment renamed from line 8000 on: its first lines are known
    // (duplicates), an order is numbered already, and two labels are new to the team.
    const renamed = SUPERSTORE.map((line, i) =>
      i >= 8000 ? line.replace(',Furniture,', ',Garden,').replace(',Corporate,', ',Public Sector,') : line,
    );
    expect(await importFile(renamed.join('\n'))).toEqual({
      rows: 9994,
      imported: 4995,
      duplicates: 4999,
      newCustomers: 37,
      newOrders: 2534,
    });
    const second = await storedHash();
    // A plain file (read from its bytes: see plain-sales.ts), of other customers, days and labels.
    expect(await importFile(salesCsv(3000))).toEqual({
      rows: 3000,
      imported: 3000,
      duplicates: 0,
      newCustomers: 1395,
      newOrders: 1503,
    });
    expect([first, second, await storedHash()]).toEqual([
      'ddd33daf26b0906e3f79e78c150e5d46353eed5e667899fbee28ceeaa1dd8cc2',
      'f24090eaddfe64ce2f593ea1c61aaeae0bc8e36fc7ee52d8679a401c5276af2d',
      '5cde38653fc1f449599e2a78a32e1a8aaa891ca328088bfc2b55f9f86e5e2f3d',
    ]);
    if (!onPostgres())
      expect(await salesFilesHash()).toBe('86577cfa68d939c5f191360aff328c9131e319f3c5dc2cb04688faee20af7842');
  });
});
