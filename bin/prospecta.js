#!/usr/bin/env node
// Runs the bundle `npm install` / `npm start` build (build/prospecta.js) while it is newer than every
// source file: less memory and a faster start than the sources through tsx, which run otherwise (a
// fresh edit, or no build yet), so nothing ever needs a build step by hand.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleIsFresh } from './fresh-bundle.js';

const root = fileURLToPath(new URL('..', import.meta.url));
if (bundleIsFresh(root)) {
  await import(pathToFileURL(path.join(root, 'build', 'prospecta.js')).href); // runs the command line itself
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
}
