import type { z } from 'zod';
import { type CoerceEnv, coerceValue, validateArgs } from '../core/coerce.ts';
import { isUserError } from '../core/errors.ts';
import { describeOptions } from '../core/options.ts';
import { detectDecimalSeparator } from '../core/values.ts';
import { unescapeFormulaCell } from '../exports/sheet.ts';
import type { CsvTable } from './csv.ts';
import type { FieldSpec } from './headers.ts';

/** A bad row, told with the line the user sees in their spreadsheet. */
export interface RowError {
  line: number;
  field: string | null;
  code: string;
  params: Record<string, string | number>;
}

export interface ParsedRow<A> {
  line: number;
  args: A;
}

/**
 * An import's columns are the options of the command that logs one record (`/log`, `/prospect add`):
 * the same names, aliases, parsing and validation, so a row is exactly one command.
 */
export function fieldsOf(
  schema: z.ZodObject,
  synonyms: Readonly<Record<string, readonly string[]>>,
): FieldSpec[] {
  return describeOptions(schema).map((o) => ({
    id: o.name,
    required: o.required,
    synonyms: [o.name, ...(o.frName ? [o.frName] : []), ...(o.aliases ?? []), ...(synonyms[o.name] ?? [])],
  }));
}

/** Every row parsed and validated like a typed command; all errors collected, none thrown. */
export async function parseRows<A>(
  table: CsvTable,
  schema: z.ZodObject,
  columns: Readonly<Record<string, number>>,
  env: CoerceEnv,
): Promise<{ rows: ParsedRow<A>[]; errors: RowError[] }> {
  const options = describeOptions(schema);
  // Each numeric column says its own decimal separator: a US export's `22.368` is not 22 368.
  const envOf = new Map(
    options.map((o) => {
      const col = columns[o.name];
      if ((o.kind !== 'money' && o.kind !== 'number') || col === undefined) return [o.name, env];
      const sep = detectDecimalSeparator(
        table.rows.map((r) => r.cells[col] ?? '').filter((c) => c.trim() !== ''),
      );
      return [o.name, sep === 'ambiguous' ? env : { ...env, decimal: sep }];
    }),
  );
  const rows: ParsedRow<A>[] = [];
  const errors: RowError[] = [];
  for (const row of table.rows) {
    try {
      const values: Record<string, unknown> = {};
      for (const o of options) {
        const col = columns[o.name];
        // A text our exports guarded against formula injection ('=…) reads back as typed.
        const raw = col === undefined ? undefined : row.cells[col];
        const cell = raw === undefined ? undefined : unescapeFormulaCell(raw.trim());
        if (cell === undefined || cell === '') continue;
        values[o.name] = await coerceValue(o, cell, envOf.get(o.name) ?? env);
      }
      rows.push({ line: row.line, args: validateArgs(schema, values, env.locale) as A });
    } catch (e) {
      if (!isUserError(e)) throw e;
      errors.push({ line: row.line, field: e.field ?? null, code: e.code, params: e.params });
    }
  }
  return { rows, errors };
}
