import type { z } from 'zod';
import { describeOptions } from '../core/options.ts';
import type { Locale } from '../domain/ids.ts';
import { displayName } from '../help/usage.ts';

/**
 * The preview's column mapping in the user's words: `Ventes → ca` in French, `Sales → revenue` in
 * English — the field names `colonnes:"En-tête=champ"` accepts.
 */
export function mappedColumns(
  schema: z.ZodObject,
  columns: Readonly<Record<string, number>>,
  headers: readonly string[],
  locale: Locale,
): string {
  const options = describeOptions(schema);
  return Object.entries(columns)
    .map(([field, i]) => {
      const option = options.find((o) => o.name === field);
      return `${headers[i]} → ${option ? displayName(option, locale) : field}`;
    })
    .join(', ');
}

/** Field ids in the user's words (`name` → `nom`): the names `colonnes:` accepts. */
export function fieldNames(schema: z.ZodObject, fields: readonly string[], locale: Locale): string {
  const options = describeOptions(schema);
  return fields
    .map((f) => {
      const option = options.find((o) => o.name === f);
      return option ? displayName(option, locale) : f;
    })
    .join(', ');
}
