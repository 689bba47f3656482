import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureDirs, stageDurable, writeDurable } from '../../src/store/atomic-fs.ts';
import { makeTempDir, removeDir } from './helpers.ts';

describe('writeDurable', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir();
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  // Texts are encoded through a 1 MB buffer slice by slice: characters of 2, 3 and 4 bytes (and
  // surrogate pairs) must come out whole wherever a slice ends.
  it.each([
    ['ASCII', 'a'],
    ['2-byte é', 'é'],
    ['3-byte €', '€'],
    ['4-byte emoji (surrogate pair)', '😀'],
  ])('writes a text of several MB made of %s byte for byte', async (_, ch) => {
    const unit = `x${ch}yz${ch}`;
    const text = `{"t":"${unit.repeat(Math.ceil((2.5 * 2 ** 20) / unit.length))}"}`;
    const file = join(dir, 'big.json');
    const stamp = await writeDurable(file, text);
    const bytes = await readFile(file);
    expect(bytes.equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(stamp.size).toBe(Buffer.byteLength(text, 'utf8'));
  });

  it('writes parts and joined lists packed through the buffer, whatever their characters, byte for byte', async () => {
    // Small parts of 1 to 4 bytes a character cross the buffer's end at every offset; a big part between them.
    const list = Array.from(
      { length: 40_000 },
      (_, i) => `{"id":"k-${i}","t":"${['é', '€', '😀', 'a', 'é😀€'][i % 5]}"}`,
    );
    const big = `"${'ab€'.repeat(400_000)}"`;
    const text = [
      '{"a":[',
      { list, from: 3, sep: ',' },
      '],"b":',
      big,
      ',"c":[',
      { list, from: 0, sep: ';' },
      ']}',
    ];
    const expected = `{"a":[${list.slice(3).join(',')}],"b":${big},"c":[${list.join(';')}]}`;
    const file = join(dir, 'parts.json');
    const stamp = await writeDurable(file, text);
    expect((await readFile(file)).equals(Buffer.from(expected, 'utf8'))).toBe(true);
    expect(stamp.size).toBe(Buffer.byteLength(expected, 'utf8'));
  });

  it('writes an empty text as an empty file', async () => {
    const file = join(dir, 'empty.json');
    await writeDurable(file, '');
    expect((await readFile(file)).length).toBe(0);
  });
});

describe('ensureDirs, then files staged in them', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir();
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  it('makes each folder once, nested ones with their parents, and a staged file goes in as told', async () => {
    const sales = join(dir, 'team', 'sales');
    await ensureDirs([sales, join(dir, 'team'), sales, join(dir, 'other', 'a', 'b')]);
    expect((await readdir(dir)).sort()).toEqual(['other', 'team']);
    expect(await readdir(join(dir, 'other', 'a'))).toEqual(['b']);
    const staged = await stageDurable(join(sales, '2024-01.json'), 'month', true);
    expect(await readFile(staged.tmp, 'utf8')).toBe('month');
    expect(staged.file).toBe(join(sales, '2024-01.json'));
    // Without a folder made first, the file's folder is made (dirReady defaults to false).
    const alone = await stageDurable(join(dir, 'new', 'x.json'), 'x');
    expect(await readFile(alone.tmp, 'utf8')).toBe('x');
  });
});
