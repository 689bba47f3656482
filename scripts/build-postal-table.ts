/**
 * Writes src/geo/fr-postal-codes.json, the offline postal code → commune centre table used by
 * `/plan route` (see src/geo/postal-table.ts for the sources). Run after upgrading either package:
 * `npm run geo:table`; a test fails while the committed table differs from what this builds.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { postalSources, postalTableFile } from '../src/geo/postal-sources.ts';
import { buildPostalTable, type InseeCommune } from '../src/geo/postal-table.ts';

const { citiesTxt, communesJson } = postalSources();
const table = buildPostalTable(
  await readFile(citiesTxt, 'utf8'),
  JSON.parse(await readFile(communesJson, 'utf8')) as InseeCommune[],
);
await writeFile(postalTableFile(), `${JSON.stringify(table)}\n`);
const communes = Object.values(table.codes).reduce((s, c) => s + c.length, 0);
console.log(
  `${postalTableFile()}: ${Object.keys(table.codes).length} postal codes, ${communes} commune entries`,
);
