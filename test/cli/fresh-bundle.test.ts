import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript of the bin, no types
import { bundleIsFresh } from '../../bin/fresh-bundle.js';

describe('bin/prospecta.js runs the bundle only while it is newer than every source', () => {
  let root: string;
  const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));
  const file = async (rel: string, second: number) => {
    const p = path.join(root, rel);
    await mkdir(path.dirname(p), { recursive: true });
    await writeFile(p, '');
    await utimes(p, at(second), at(second));
  };
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'prospecta-fresh-'));
    await file('src/cli/main.ts', 10);
    await file('commands/log.ts', 11);
    await file('bench/run.ts', 12);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('is fresh when built after the last edit', async () => {
    await file('build/prospecta.js', 20);
    expect(bundleIsFresh(root)).toBe(true);
  });

  it('is stale when any source, however deep, changed after the build', async () => {
    await file('build/prospecta.js', 20);
    await file('src/store/deep/new-file.ts', 21);
    expect(bundleIsFresh(root)).toBe(false);
  });

  it('is stale when there is no build yet', () => {
    expect(bundleIsFresh(root)).toBe(false);
  });
});
