import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { communeKey } from './commune-key.ts';
import { postalTableFile } from './postal-sources.ts';
import type { PostalCommune, PostalTable } from './postal-table.ts';

const PostalTableSchema = z.object({
  source: z.string(),
  licence: z.string(),
  codes: z.record(
    z.string().regex(/^\d[\dAB]\d{3}$/),
    z
      .array(z.tuple([z.string(), z.string(), z.number().min(-90).max(90), z.number().min(-180).max(180)]))
      .min(1),
  ),
});

/** A commune centre found for a postal code. */
export interface PostalPlace {
  lat: number;
  lon: number;
  /** INSEE code and name of the commune whose centre this is. */
  insee: string;
  commune: string;
}

/** French postal codes → commune centres, offline (GeoNames + INSEE/La Poste, see postal-table.ts). */
export interface PostalLookup {
  /**
   * The centre of the commune of `postalCode` named `city` when one matches (accents, case,
   * hyphens and `St`/`Saint` aside), else of its most populous located commune; null when the
   * code is unknown or none of its communes has a known centre.
   */
  locate(postalCode: string, city?: string): PostalPlace | null;
  readonly size: number;
}

/** Lyon's and Marseille's arrondissements answer to the city's name too (`Lyon` in 69007). */
const cityOf = (name: string): string => communeKey(name.replace(/\s+\d+(er|e) arrondissement$/i, ''));

export function createPostalLookup(table: PostalTable): PostalLookup {
  const place = (c: PostalCommune): PostalPlace => ({ insee: c[0], commune: c[1], lat: c[2], lon: c[3] });
  return {
    size: Object.keys(table.codes).length,
    locate(postalCode, city) {
      const communes = table.codes[postalCode.trim()];
      if (!communes?.length) return null;
      const key = city ? communeKey(city) : '';
      const named = key ? communes.find((c) => communeKey(c[1]) === key || cityOf(c[1]) === key) : undefined;
      return place(named ?? (communes[0] as PostalCommune));
    },
  };
}

let shipped: PostalLookup | undefined;

/** The table shipped with Prospecta, read and validated on first use (about 650 KB). */
export function postalLookup(): PostalLookup {
  shipped ??= createPostalLookup(
    PostalTableSchema.parse(JSON.parse(readFileSync(postalTableFile(), 'utf8'))),
  );
  return shipped;
}
