import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { communeKey, createPostalLookup, postalLookup } from '../../src/geo/index.ts';
import { postalSources, postalTableFile } from '../../src/geo/postal-sources.ts';
import { buildPostalTable, type InseeCommune } from '../../src/geo/postal-table.ts';

/** A cities500.txt line: the columns the builder reads, the others empty. */
const geoLine = (
  name: string,
  lat: number,
  lon: number,
  feature: string,
  dep: string,
  insee: string,
  pop: number,
) =>
  ['1', name, name, '', lat, lon, 'P', feature, 'FR', '', '84', dep, '', insee, pop, '', '', '', ''].join(
    '\t',
  );

describe('postal code table', () => {
  const cities = [
    geoLine('Lyon', 45.748461, 4.84671, 'PPLA', '69', '69123', 522_000),
    geoLine('Lyon 07', 45.745254, 4.841971, 'PPLX', '69', '69123', 80_000),
    geoLine('Tassin-la-Demi-Lune', 45.755, 4.7881, 'PPL', '69', '69123', 16_920), // admin4 wrong in GeoNames
    geoLine('Bâgé-la-Ville', 46.3167, 4.9333, 'PPL', '01', '01025', 3_000), // a delegated commune's code
    geoLine('Romans', 46.1198, 5.0249, 'PPL', '01', '01328', 600),
    geoLine('Châtillon-sur-Chalaronne', 46.11834, 4.95656, 'PPL', '01', '01093', 5_000),
    geoLine('Madrid', 40.4, -3.7, 'PPLC', '', '', 3_000_000).replace('\tFR\t', '\tES\t'),
  ].join('\n');
  const communes: InseeCommune[] = [
    {
      code: '69123',
      nom: 'Lyon',
      type: 'commune-actuelle',
      codesPostaux: ['69001', '69007'],
      population: 520_000,
    },
    {
      code: '69387',
      nom: 'Lyon 7e Arrondissement',
      type: 'arrondissement-municipal',
      commune: '69123',
      codesPostaux: ['69007'],
    },
    {
      code: '69381',
      nom: 'Lyon 1er Arrondissement',
      type: 'arrondissement-municipal',
      commune: '69123',
      codesPostaux: ['69001'],
    },
    {
      code: '69244',
      nom: 'Tassin-la-Demi-Lune',
      type: 'commune-actuelle',
      departement: '69',
      codesPostaux: ['69160'],
    },
    {
      code: '01025',
      nom: 'Bâgé-Dommartin',
      type: 'commune-actuelle',
      departement: '01',
      codesPostaux: ['01380'],
    },
    { code: '01025', nom: 'Bâgé-la-Ville', type: 'commune-deleguee', chefLieu: '01025' },
    {
      code: '01093',
      nom: 'Châtillon-sur-Chalaronne',
      type: 'commune-actuelle',
      codesPostaux: ['01400'],
      population: 5_000,
    },
    { code: '01328', nom: 'Romans', type: 'commune-actuelle', codesPostaux: ['01400'], population: 600 },
    { code: '01999', nom: 'Nulle-Part', type: 'commune-actuelle', codesPostaux: ['01990'], population: 100 },
  ];
  const table = buildPostalTable(cities, communes);

  it('joins GeoNames and INSEE on the commune code, most populous first, rounded to 4 decimals', () => {
    expect(table.codes['01400']).toEqual([
      ['01093', 'Châtillon-sur-Chalaronne', 46.1183, 4.9566],
      ['01328', 'Romans', 46.1198, 5.0249],
    ]);
    expect(table.codes['01380']).toEqual([['01025', 'Bâgé-Dommartin', 46.3167, 4.9333]]);
  });

  it('gives an arrondissement its own centre, falls back on names when GeoNames has the wrong code', () => {
    expect(table.codes['69007']).toEqual([['69387', 'Lyon 7e Arrondissement', 45.7453, 4.842]]);
    // No `Lyon 01` point: the city's centre serves 69001.
    expect(table.codes['69001']).toEqual([['69123', 'Lyon', 45.7485, 4.8467]]);
    expect(table.codes['69160']).toEqual([['69244', 'Tassin-la-Demi-Lune', 45.755, 4.7881]]);
    expect(table.codes['01990']).toBeUndefined();
  });

  it('locates by postal code and city name, accents, case and St/Saint aside', () => {
    const lookup = createPostalLookup(table);
    expect(lookup.locate('01400', 'ROMANS')).toMatchObject({ commune: 'Romans', lat: 46.1198 });
    expect(lookup.locate(' 01400 ', 'Chatillon sur Chalaronne')?.insee).toBe('01093');
    expect(lookup.locate('01400', 'Ailleurs')?.insee).toBe('01093'); // unknown name: the main commune
    expect(lookup.locate('69007', 'Lyon')?.insee).toBe('69387');
    expect(lookup.locate('01990')).toBeNull();
    expect(communeKey('St-Genis-Laval')).toBe(communeKey('Saint Genis Laval'));
    expect(communeKey('Ste Foy lès Lyon')).toBe('sainte foy les lyon');
  });

  it('ships a table equal to what the script builds from the installed packages', async () => {
    const { citiesTxt, communesJson } = postalSources();
    const built = buildPostalTable(
      await readFile(citiesTxt, 'utf8'),
      JSON.parse(await readFile(communesJson, 'utf8')) as InseeCommune[],
    );
    const shipped = JSON.parse(await readFile(postalTableFile(), 'utf8'));
    expect(shipped).toEqual(built);
    expect(Object.keys(shipped.codes).length).toBeGreaterThan(5_700);
    const real = postalLookup();
    expect(real.locate('69200')).toEqual({
      insee: '69259',
      commune: 'Vénissieux',
      lat: 45.6971,
      lon: 4.8859,
    });
    expect(real.locate('13013')?.commune).toBe('Marseille 13e Arrondissement');
    expect(real.locate('38000')?.commune).toBe('Grenoble');
  });
});
