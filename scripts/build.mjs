#!/usr/bin/env node
/**
 * Bundles the bot for `npm start` and `npm run bench` into build/ (git-ignored): our TypeScript
 * once through esbuild, npm packages left as imports. Running the bundle instead of the sources
 * through tsx spares the process tsx's loader thread and per-module transforms (measured: 214 MB →
 * 148 MB resident once every module is loaded). Takes well under a second, so it runs every time.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  absWorkingDir: root,
  // Flat names: the chart renderer finds its worker beside itself (`./render-worker.js`).
  entryPoints: { prospecta: 'src/cli/entry.ts', 'render-worker': 'src/charts/render-worker.ts' },
  outdir: 'build',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});

// Piscina loads a worker with require() first; on Node 20 that require of an ES module can abort the
// process (a fatal V8 error, seen once in a fresh clone). A CommonJS shim requires cleanly and
// imports the bundled worker itself.
await writeFile(
  new URL('../build/render-worker.cjs', import.meta.url),
  "'use strict';\nlet worker;\nmodule.exports = async (spec) => {\n  worker ??= import('./render-worker.js');\n  return (await worker).default(spec);\n};\n",
);
