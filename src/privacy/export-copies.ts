import { readdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { PersonMatcher } from './person-match.ts';

/** Where the terminal writes a reply's files by default (`<data>/charts`, see cli/main.ts). */
const OUTPUT_FOLDER = 'charts';
const EXPORT_FILE = /^rgpd-R-\d+\.(json|csv)$/;

/**
 * Export files of the person (`rgpd-R-3.json`) the terminal left in the data folder's output
 * folder: removed by an erasure, since they are copies of what it erases. Returns how many.
 */
export async function removeExportCopies(
  dataDir: string,
  matcher: PersonMatcher,
  dryRun = false,
): Promise<number> {
  const dir = path.join(dataDir, OUTPUT_FOLDER);
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => EXPORT_FILE.test(n));
  let removed = 0;
  for (const name of names) {
    const file = path.join(dir, name);
    const content = await readFile(file, 'utf8').catch(() => '');
    if (!matcher.mentions(content)) continue;
    if (!dryRun) await unlink(file).catch(() => undefined);
    removed++;
  }
  return removed;
}
