import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/core/dispatch.ts';
import type { Reply } from '../../src/core/reply.ts';
import { checkedBase64 } from '../../src/portfolio/columns.ts';
import { type SalesChunk, salesChunkJson, salesCollection } from '../../src/portfolio/entities.ts';
import { BINARY_MAGIC } from '../../src/store/binary-file.ts';
import { StoreCorruptError } from '../../src/store/index.ts';
import type { Store } from '../../src/store/types.ts';
import { createTestCore } from '../helpers/core.ts';
import { onPostgres } from '../helpers/test-store.ts';

const SUPERSTORE = await readFile(path.join(import.meta.dirname, '../fixtures/portfolio/superstore.csv'));
const TEAM = 'local:acme';

let core: Awaited<ReturnType<typeof createTestCore>>;
let reopened: Store | undefined;
beforeEach(async () => {
  core = await createTestCore();
  reopened = undefined;
});
afterEach(async () => {
  await reopened?.close();
  await core.close();
});

/** Runs a command on `store` (the test core's, or one opened again on its folder). */
const runOn = (store: Store, text: string, files: Record<string, Uint8Array> = {}): Promise<Reply> =>
  dispatch(
    {
      channel: 'cli',
      teamId: TEAM,
      teamName: 'acme',
      user: { id: 'cli:alice', displayName: 'Alice', roleHint: 'admin' },
      locale: 'en',
      input: { kind: 'text', text },
      resolveFile: async (name) => ({ name, bytes: files[name] as Uint8Array }),
    },
    { ...core.deps, store },
  );

const importSuperstore = async () => {
  const r = await runOn(core.store, '/import sales file:s.csv', { 's.csv': SUPERSTORE });
  expect(r.error).toBeUndefined();
};

/** The store closed and opened again on the same folder, as a restarted bot. */
async function restart(): Promise<Store> {
  await core.store.close();
  await reopened?.close();
  reopened = await core.reopen();
  return reopened;
}

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

const chunksOf = (store: Store): Promise<SalesChunk[]> =>
  store.read(TEAM, (v) => v.collection(salesCollection).all());

/** Every shard file written as JSON, as versions before the binary layout wrote them. */
async function rewriteAsJson(store: Store): Promise<void> {
  const byMonth = new Map<string, SalesChunk[]>();
  for (const c of await chunksOf(store)) {
    const month = c.id.slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), c]);
  }
  await store.close();
  for (const file of await shardFiles()) {
    const chunks = byMonth.get(path.basename(file, '.json')) ?? [];
    const items = chunks.map(salesChunkJson);
    await writeFile(file, JSON.stringify({ format: 'prospecta/sales', version: 1, items }));
  }
}

/** The figures of the four analyses, exactly as `--json` gives them. */
async function figures(store: Store): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const cmd of [
    '/portfolio summary 2017',
    '/portfolio abc 2017',
    '/portfolio rfm',
    '/portfolio value',
  ]) {
    const r = await runOn(store, cmd);
    expect(r.error, cmd).toBeUndefined();
    out.push(r.data);
  }
  return out;
}

describe.skipIf(onPostgres())('sales chunks on disk: a binary file a month', () => {
  it('are written in binary and read back as views of one read, equal to what was written', async () => {
    await importSuperstore();
    const written = await chunksOf(core.store);
    const files = await shardFiles();
    expect(files.length).toBe(48);
    for (const f of files) expect((await readFile(f)).subarray(0, 8)).toEqual(BINARY_MAGIC);
    const store = await restart();
    const read = await chunksOf(store);
    expect(read.length).toBe(48);
    expect(read.reduce((n, c) => n + c.lines, 0)).toBe(9994);
    expect(read.map(salesChunkJson)).toEqual(written.map(salesChunkJson));
    for (const c of read) {
      // The columns of a month are views over the bytes of its one read, not copies.
      const buffers = new Set(
        Object.values(c.columns).flatMap((a) => (typeof a === 'number' ? [] : [a.buffer])),
      );
      expect(buffers.size).toBe(1);
      expect(c.columns.revenue.length).toBe(c.lines);
    }
  });

  it('give the same figures after a restart and after a migration from JSON files', async () => {
    await importSuperstore();
    const before = await figures(core.store);
    // The figures themselves, so that "the same" cannot be the same wrong figures.
    expect(before[0]).toMatchObject({ revenue_total: 733_215.2552 });
    const store = await restart();
    expect(await figures(store)).toEqual(before);
    await rewriteAsJson(store);
    reopened = await core.reopen();
    expect(await figures(reopened)).toEqual(before);
  });

  it('written as JSON by an older version load, and their month is written in binary at its next import', async () => {
    await importSuperstore();
    const written = (await chunksOf(core.store)).map(salesChunkJson);
    await rewriteAsJson(core.store);
    const [first] = await shardFiles();
    if (!first) throw new Error('no shard');
    expect((await readFile(first, 'utf8')).startsWith('{"format":"prospecta/sales"')).toBe(true);
    reopened = await core.reopen();
    expect((await chunksOf(reopened)).map(salesChunkJson)).toEqual(written);
    // One new line in the first month (January 2014): its file is rewritten, in binary.
    const header = SUPERSTORE.toString('utf8').split('\n')[0] as string;
    const line =
      '9995,CA-2014-999999,01/15/2014,01/20/2014,Standard Class,ZZ-00001,Zed Zero,Consumer,United States,Paris,Texas,75460,Central,OFF-PA-1,Office Supplies,Paper,Paper,10.5,1,0,2.5';
    const r = await runOn(reopened, '/import sales file:one.csv', {
      'one.csv': Buffer.from(`${header}\n${line}\n`),
    });
    expect(r.error).toBeUndefined();
    expect((r.data as { counts: { imported: number } }).counts.imported).toBe(1);
    expect((await readFile(first)).subarray(0, 8)).toEqual(BINARY_MAGIC);
    const store = await restart();
    const after = await chunksOf(store);
    expect(after.reduce((n, c) => n + c.lines, 0)).toBe(9995);
    expect(after.filter((c) => c.id.startsWith('2014-01')).map((c) => c.lines)).toEqual([
      written.filter((c) => c.id.startsWith('2014-01'))[0]?.lines,
      1,
    ]);
  });

  for (const [what, spoil] of [
    [
      'a byte of a column changed',
      (b: Buffer) => {
        b[b.length - 3] = (b[b.length - 3] as number) ^ 1;
        return b;
      },
    ],
    ['the file cut short', (b: Buffer) => b.subarray(0, b.length - 100)],
    [
      'the header changed',
      (b: Buffer) => Buffer.from(b.toString('latin1').replace('"lines":', '"lines" '), 'latin1'),
    ],
  ] as const) {
    it(`with ${what} is refused by the file's name, and the file is left as it was`, async () => {
      await importSuperstore();
      await core.store.close();
      const file = (await shardFiles())[3] as string;
      const spoilt = spoil(Buffer.from(await readFile(file)));
      await writeFile(file, spoilt);
      reopened = await core.reopen();
      const err = await chunksOf(reopened).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreCorruptError);
      expect((err as StoreCorruptError).file).toBe(file);
      expect((err as Error).message).toMatch(/checksum mismatch|cut short/);
      expect(await readFile(file)).toEqual(spoilt);
    });
  }
});

describe('checkedBase64: validating a column of a JSON chunk is decoding it', () => {
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

describe.skipIf(onPostgres())('sales chunks in JSON files of older versions', () => {
  for (const [what, spoil] of [
    ['a character outside base64', (s: string) => s.replace(/"revenue":"(.)/, '"revenue":"*')],
    ['the URL-safe alphabet', (s: string) => s.replace(/"key":"([^"]*?)[+/]/, (_m, p) => `"key":"${p}-`)],
    ['a value missing', (s: string) => s.replace(/"cost":"..../, '"cost":"')],
  ] as const) {
    it(`with ${what} in a column are refused by the file's name, and the file is left as it was`, async () => {
      await importSuperstore();
      await rewriteAsJson(core.store);
      const file = (await shardFiles())[3] as string;
      const spoilt = spoil(await readFile(file, 'utf8'));
      expect(spoilt).not.toBe(await readFile(file, 'utf8'));
      await writeFile(file, spoilt);
      reopened = await core.reopen();
      const err = await chunksOf(reopened).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreCorruptError);
      expect((err as StoreCorruptError).file).toBe(file);
      expect((err as Error).message).toMatch(/base64/);
      expect(await readFile(file, 'utf8')).toBe(spoilt);
    });
  }
});
