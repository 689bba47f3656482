import type { z } from 'zod';
import { describeOptions } from '../core/options.ts';
import type { DateOrder } from '../core/values/dates.ts';
import type { Locale } from '../domain/ids.ts';
import { displayName } from '../help/usage.ts';
import type { Translator } from '../i18n/index.ts';

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

/**
 * The preview's "Format" line: encoding, separator and date order in the user's words (`séparateur
 * « ; »` in French, `separator ";"` in English), then `more` (the sales import adds its decimal).
 */
export function fileFormat(
  t: Translator,
  csv: { encoding: string; hadBom: boolean; delimiter: string },
  dateOrder: DateOrder | undefined,
  ...more: string[]
): string {
  return [
    `${csv.encoding}${csv.hadBom ? ' (BOM)' : ''}`,
    t('import.delimiter', { sep: csv.delimiter === '\t' ? 'TAB' : csv.delimiter }),
    ...(dateOrder ? [t(`import.dates_${dateOrder}`)] : []),
    ...more,
  ].join(' · ');
}
