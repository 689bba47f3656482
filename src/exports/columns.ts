import type { z } from 'zod';
import { describeOptions } from '../core/options.ts';
import type { Locale } from '../domain/ids.ts';
import { displayName } from '../help/usage.ts';

const capitalized = (s: string): string => s.charAt(0).toLocaleUpperCase('fr') + s.slice(1);

/**
 * The header of each field as `/import` reads it back: the option's name in the user's language
 * (`Résultat`, `Montant`), so an export re-imports without a column map.
 */
export function headersOf(schema: z.ZodObject, fields: readonly string[], locale: Locale): string[] {
  const options = describeOptions(schema);
  return fields.map((f) => {
    const option = options.find((o) => o.name === f);
    return capitalized(option ? displayName(option, locale).replace(/_/g, ' ') : f);
  });
}

/** A choice's label in the user's language (`RDV obtenu`), as the import's choice parser accepts it. */
export function choiceLabel(schema: z.ZodObject, field: string, value: string, locale: Locale): string {
  const option = describeOptions(schema).find((o) => o.name === field);
  return option?.choiceLabels?.[locale]?.[value] ?? value;
}
