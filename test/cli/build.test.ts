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
});
