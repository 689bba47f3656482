import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppStore } from '../../src/app-store.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { columnsOfChunk } from '../../src/portfolio/collection.ts';
import { checkedBase64, decodeColumns, encodeColumn } from '../../src/portfolio/columns.ts';
import { salesCollection } from '../../src/portfolio/entities.ts';
import { StoreCorruptError } from '../../src/store/index.ts';
import { createTestCore } from '../helpers/core.ts';

const SUPERSTORE = await readFile(path.join(import.meta.dirname, '../fixtures/portfolio/superstore.csv'));
const TEAM = 'local:acme';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.close());

const importSuperstore = () =>
  core.run('/import sales file:s.csv', { role: 'admin', files: { 's.csv': SUPERSTORE }, locale: 'en' });

/** The sales shard files of the team, by month. */
async function shardFiles(): Promise<string[]> {
  const found: string[] = [];
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (p.includes(`${path.sep}sales${path.sep}`) && p.endsWith('.json')) found.push(p);
    }
  };
  await walk(core.dir);
  return found.sort();
}

describe('checkedBase64: validating a column is decoding it', () => {
  it('gives the bytes of exact standard base64 only', () => {
    const bytes = Buffer.from([1, 2, 3, 0xfb, 0xff, 0xbf, 0, 255]);
    const text = bytes.toString('base64');
    expect(text).toBe('AQID+/+/AP8=');
    expect(checkedBase64(text, 8)).toEqual(bytes);
    expect(checkedBase64(text, 9)).toBeUndefined(); // not the count the chunk says
    for (const bad of [
      text.replace('+', '-'), // URL-safe alphabet
      text.replace('/', '_'),
      text.replace('A', '*'),
      text.replace('Q', ' '),
      text.replace('I', '='), // padding in the middle
      `${text.slice(0, -1)}`, // cut
      `${text}====`,
    ])
      expect(checkedBase64(bad, 8), bad).toBeUndefined();
  });
});

describe('sales chunks read back from disk', () => {
  it('come with their columns decoded once, equal to what was written', async () => {
    expect((await importSuperstore()).error).toBeUndefined();
    const written = await core.store.read(TEAM, (v) =>
      v
        .collection(salesCollection)
        .all()
        .map((c) => decodeColumns(c, c.lines)),
    );
    await core.store.close();
    const store = await openAppStore(core.dir, silentLogger);
    try {
      const read = await store.read(TEAM, (v) => v.collection(salesCollection).all().map(columnsOfChunk));
      expect(read.length).toBe(48);
      expect(read.reduce((n, c) => n + c.length, 0)).toBe(9994);
      expect(read).toEqual(written);
      const first = read[0];
      // Cached with the chunk: asking again gives the same arrays.
      const firstChunk = await store.read(TEAM, (v) => v.collection(salesCollection).all()[0]);
      if (!firstChunk) throw new Error('no chunk');
      const again = columnsOfChunk(firstChunk);
      expect(again).toBe(first);
      expect(encodeColumn(again.revenue)).toBe(firstChunk.revenue);
    } finally {
      await store.close();
    }
  });

  for (const [what, spoil] of [
    ['a character outside base64', (s: string) => s.replace(/"revenue":"(.)/, '"revenue":"*')],
    ['the URL-safe alphabet', (s: string) => s.replace(/"key":"([^"]*?)[+/]/, (_m, p) => `"key":"${p}-`)],
    ['a value missing', (s: string) => s.replace(/"cost":"..../, '"cost":"')],
  ] as const) {
    it(`with ${what} in a column are refused by the file's name, and the file is left as it was`, async () => {
      expect((await importSuperstore()).error).toBeUndefined();
      await core.store.close();
      const file = (await shardFiles())[3] as string;
      const spoilt = spoil(await readFile(file, 'utf8'));
      expect(spoilt).not.toBe(await readFile(file, 'utf8'));
      await writeFile(file, spoilt);
      const store = await openAppStore(core.dir, silentLogger);
      try {
        const err = await store
          .read(TEAM, (v) => v.collection(salesCollection).size)
          .catch((e: unknown) => e);
        expect(err).toBeInstanceOf(StoreCorruptError);
        expect((err as StoreCorruptError).file).toBe(file);
        expect((err as Error).message).toMatch(/base64/);
        expect(await readFile(file, 'utf8')).toBe(spoilt);
      } finally {
        await store.close();
      }
    });
  }
});
