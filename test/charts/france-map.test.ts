import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  departements,
  distanceToOutline,
  insideDepartement,
  kmPerUnit,
  parseSvgPath,
  projectLatLon,
  unprojectPoint,
} from '../../src/charts/france-map.ts';
import { postalLookup } from '../../src/geo/index.ts';

const byId = new Map(departements().map((d) => [d.id, d]));

/** Prefectures from the shipped postal table (postal code, city, département). */
const PREFECTURES = [
  ['75001', 'Paris', '75'],
  ['69001', 'Lyon', '69'],
  ['13001', 'Marseille', '13'],
  ['31000', 'Toulouse', '31'],
  ['33000', 'Bordeaux', '33'],
  ['59000', 'Lille', '59'],
  ['67000', 'Strasbourg', '67'],
  ['35000', 'Rennes', '35'],
  ['29000', 'Quimper', '29'],
  ['06000', 'Nice', '06'],
  ['64000', 'Pau', '64'],
  ['66000', 'Perpignan', '66'],
  ['74000', 'Annecy', '74'],
  ['20000', 'Ajaccio', '2A'],
  ['20200', 'Bastia', '2B'],
  ['45000', 'Orléans', '45'],
  ['63000', 'Clermont-Ferrand', '63'],
  ['21000', 'Dijon', '21'],
] as const;

describe('the map of the départements', () => {
  it('parses the 96 départements of the package into closed rings', () => {
    expect(departements()).toHaveLength(96);
    expect(parseSvgPath('m 10,10 5,0 0,5 z m 20,0 5,0 0,5 z')).toEqual([
      [10, 10, 15, 10, 15, 15],
      [30, 10, 35, 10, 35, 15],
    ]);
    // Corsica has its two départements; the Finistère its islands.
    expect(byId.get('2A')?.name).toBe('Corse-du-Sud');
    expect(byId.get('29')?.rings.length).toBeGreaterThan(1);
  });

  it('puts every prefecture inside its own département, or within 3 km of its border', () => {
    const table = postalLookup();
    for (const [code, city, dep] of PREFECTURES) {
      const place = table.locate(code, city);
      expect(place, code).not.toBeNull();
      const p = projectLatLon(place?.lat ?? 0, place?.lon ?? 0);
      const d = byId.get(dep);
      if (!d) throw new Error(dep);
      const off = insideDepartement(d, p) ? 0 : distanceToOutline(d, p) * kmPerUnit(place?.lat ?? 0);
      expect(off, `${city}: ${off.toFixed(1)} km outside ${d.name}`).toBeLessThan(3);
    }
  });

  it('agrees with the outlines within a few km for all the communes of the postal table', () => {
    const json = JSON.parse(
      readFileSync(new URL('../../src/geo/fr-postal-codes.json', import.meta.url), 'utf8'),
    ) as {
      codes: Record<string, [string, string, number, number][]>;
    };
    let total = 0;
    let inside = 0;
    let worst = 0;
    for (const list of Object.values(json.codes))
      for (const [insee, , lat, lon] of list) {
        const d = byId.get(insee.slice(0, 2));
        if (!d) continue; // overseas
        total++;
        const p = projectLatLon(lat, lon);
        if (insideDepartement(d, p)) inside++;
        else worst = Math.max(worst, distanceToOutline(d, p) * kmPerUnit(lat));
      }
    expect(total).toBeGreaterThan(15_000);
    // A commune's centre that falls outside its département is a few km from the border at most
    // (the package’s outlines are simplified to about 1 km).
    expect(inside / total).toBeGreaterThan(0.985);
    expect(worst).toBeLessThan(7.5); // measured: 98.9 % inside, the worst 7.0 km out
  });

  it('projects and unprojects back to the same point', () => {
    const back = unprojectPoint(projectLatLon(45.7676, 4.8344));
    expect(back.lat).toBeCloseTo(45.7676, 9);
    expect(back.lon).toBeCloseTo(4.8344, 9);
    // One SVG unit is about 1,85 km in the middle of France.
    expect(kmPerUnit(46.5)).toBeCloseTo(1.856, 2);
  });
});
