import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The folder of Prospecta's package.json, found by walking up from this module: the same answer
 * whether the sources run through tsx (src/) or bundled (build/). Cached: the folder never moves.
 */
export function projectRoot(): string {
  if (root) return root;
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (
      existsSync(pkg) &&
      (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'prospecta'
    ) {
      root = dir;
      return dir;
    }
    if (dirname(dir) === dir) throw new Error('Cannot find the folder of Prospecta’s package.json');
  }
}
