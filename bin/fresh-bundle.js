import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The latest modification time of a file under `dir` (0 when it does not exist). */
function newest(dir) {
  let latest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    latest = Math.max(latest, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return latest;
}

/** Folders whose TypeScript the bundle holds (bench/ for `npm run bench`). */
export const BUNDLED_SOURCES = ['src', 'commands', 'bench'];

/** Whether `<root>/build/prospecta.js` exists and is newer than every file of the bundled sources. */
export function bundleIsFresh(root) {
  const built = statSync(path.join(root, 'build', 'prospecta.js'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return built > 0 && BUNDLED_SOURCES.every((d) => newest(path.join(root, d)) < built);
}
