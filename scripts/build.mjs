#!/usr/bin/env node
/**
 * Bundles the bot for `npm start` and `npm run bench` into build/ (git-ignored): our TypeScript
 * once through esbuild, npm packages left as imports. Running the bundle instead of the sources
 * through tsx spares the process tsx's loader thread and per-module transforms (measured: 214 MB →
 * 148 MB resident once every module is loaded). Takes well under a second, so it runs every time;
 * `npm install` runs it too (`prepare`), and `bin/prospecta.js` runs the bundle while it is newer
 * than the sources.
 *
 * Each file is written under a temp name and renamed: a `prospecta` command starting while this
 * runs reads the old bundle or the new one, never half of one.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = path.join(root, 'build');
const result = await build({
  absWorkingDir: root,
  // Flat names: the chart renderer finds its worker beside itself (`./render-worker.js`).
  entryPoints: {
    prospecta: 'src/cli/entry.ts',
    'render-worker': 'src/charts/render-worker.ts',
    // The dossier's renderer (src/report/render.ts finds `./report-worker.cjs` beside the bundle).
    'report-render-worker': 'src/report/render-worker.ts',
    // The second half of a big sales file (src/portfolio/plain-half.ts finds it beside the bundle).
    'plain-half-worker': 'src/portfolio/plain-half-worker.ts',
    // The benchmark's own entry: the shipped command line does not carry it.
    bench: 'bench/main.ts',
  },
  outdir: 'build',
  bundle: true,
  // Code behind an `await import()` goes to chunks loaded when that line runs: a terminal command
  // (`prospecta run`, `chat`) loads neither the channels' clients (discord.js, botbuilder) nor pg.
  // Measured, `prospecta run "/aide"`: 0.68–0.73 s and 160 MB resident as one file, 0.36–0.39 s and
  // 119 MB split. Chunks are named by their content and never removed: a thread started later
  // by a process of an older build (a dossier's renderer) still finds the chunks it imports.
  splitting: true,
  chunkNames: 'chunk-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  write: false,
});

// Piscina loads a worker with require() first; on Node 20 that require of an ES module can abort the
// process (a fatal V8 error, seen once in a fresh clone). A CommonJS shim requires cleanly and
// imports the bundled worker itself.
const shim =
  "'use strict';\nlet worker;\nmodule.exports = async (spec) => {\n  worker ??= import('./render-worker.js');\n  return (await worker).default(spec);\n};\n";

const files = [
  ...result.outputFiles.map((f) => ({ file: f.path, contents: f.contents })),
  { file: path.join(out, 'render-worker.cjs'), contents: shim },
  {
    file: path.join(out, 'report-worker.cjs'),
    contents: shim.replace('./render-worker.js', './report-render-worker.js'),
  },
];
await mkdir(out, { recursive: true });
// The bundle the bin checks for freshness goes last: once it is new, everything beside it is.
files.sort((a, b) => Number(a.file.endsWith('prospecta.js')) - Number(b.file.endsWith('prospecta.js')));
for (const { file, contents } of files) {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(tmp, contents);
  await rename(tmp, file);
}
