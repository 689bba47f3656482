import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Whether a file under `dir` was changed at `time` or later (stops at the first one found). */
function changedSince(dir, time) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  return entries.some((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? changedSince(p, time) : statSync(p).mtimeMs >= time;
  });
}

/** Folders whose TypeScript the bundle holds (bench/ for `npm run bench`). */
export const BUNDLED_SOURCES = ['src', 'commands', 'bench'];

/** Whether `<root>/build/prospecta.js` exists and is newer than every file of the bundled sources. */
export function bundleIsFresh(root) {
  const built = statSync(path.join(root, 'build', 'prospecta.js'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return built > 0 && !BUNDLED_SOURCES.some((d) => changedSince(path.join(root, d), built));
}
