import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '../../src/charts/png-encode.ts';

const run = promisify(execFile);
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'prospecta-build-'));
  // What `npm start` and `npm run bench` run first.
  await run(process.execPath, [path.resolve('scripts/build.mjs')]);
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bundled = (...args: string[]) =>
  run(process.execPath, [path.resolve('build/prospecta.js'), 'run', '--data', dir, '--json', ...args], {
    env: { ...process.env, LOG_LEVEL: 'error' },
  }).then((r) => JSON.parse(r.stdout));

describe('the bundle npm start runs (build/prospecta.js)', () => {
  it('logs, draws a chart through its bundled worker and reads the shipped postal code table', async () => {
    const logged = await bundled('/journal type:visite résultat:rdv prospect:"Garage Dupont" date:hier');
    expect(logged.ok).toBe(true);
    const funnel = await bundled('--out', dir, '/entonnoir cette-semaine');
    expect(funnel.ok).toBe(true);
    const chart = funnel.charts[0];
    expect(pngSize(await readFile(chart.file))).toEqual({ width: chart.width, height: chart.height });
    const route = await bundled('/plan route prospects:"Garage Dupont" from:69007');
    expect(route.ok).toBe(true);
    expect(route.data.start).toEqual({ lat: 45.7453, lon: 4.842 });
  }, 60_000);

  it('loads no chat platform client nor the PostgreSQL client to run a terminal command', async () => {
    // The packages a bundle file imports before any line of it runs: its own and those of the chunks
    // it imports, transitively (a chunk behind an `await import()` loads only when that line runs).
    const packagesOf = async (entry: string): Promise<string[]> => {
      const packages = new Set<string>();
      const seen = new Set<string>();
      const walk = async (file: string): Promise<void> => {
        if (seen.has(file)) return;
        seen.add(file);
        const code = await readFile(path.resolve('build', file), 'utf8');
        for (const m of code.matchAll(/^import\s+(?:[^'"]*?from\s+)?["']([^"']+)["'];?$/gms)) {
          const spec = m[1] as string;
          if (spec.startsWith('./')) await walk(spec.slice(2));
          else if (!spec.startsWith('node:'))
            packages.add(spec.startsWith('@') ? spec : (spec.split('/')[0] as string));
        }
      };
      await walk(entry);
      return [...packages];
    };
    const terminal = await packagesOf('prospecta.js');
    expect(terminal).toContain('zod');
    expect(terminal).toContain('lowdb');
    for (const client of ['discord.js', 'botbuilder', 'botframework-connector', 'pg'])
      expect(terminal).not.toContain(client);
    // `prospecta start` loads them with the channels.
    const entry = await readFile(path.resolve('build/prospecta.js'), 'utf8');
    const channels = /const \{ startChannels \} = await import\("\.\/([^"]+)"\)/.exec(entry)?.[1];
    expect(channels).toMatch(/^chunk-[A-Z0-9]+\.js$/);
    const started = await packagesOf(channels as string);
    for (const client of ['discord.js', 'botbuilder']) expect(started).toContain(client);
  }, 60_000);
});
