import type { z } from 'zod';
import { type DescribedOption, describeOptions } from '../core/options.ts';
import {
  type DateOrder,
  type DecimalSeparator,
  type Parsed,
  parseAmount,
  parseDate,
  parseNumber,
} from '../core/values.ts';
import type { Locale } from '../domain/ids.ts';
import { unescapeFormulaCell } from '../exports/sheet.ts';
import { ownCopy } from './csv-split.ts';
import type { RowError } from './rows.ts';

/**
 * The rows of a big import read straight from their cells: each column's parser and limits are
 * taken once from the command options (the same parsers, limits and messages as `parseRows`),
 * then each row costs a few typed checks instead of an object, async coercion and a zod parse.
 * Supports the option kinds of data exports: text, date, money and number.
 */

export interface RowReaderEnv {
  today: string;
  locale: Locale;
  dateOrder: DateOrder;
  /** Each numeric column's decimal separator, when its values tell. */
  decimal: Readonly<Record<string, DecimalSeparator | undefined>>;
}

/**
 * A row's values in the schema's option order (undefined: empty or no column); one array, reused
 * row after row (an array, not an object by name: keyed stores cost more than the parsing).
 */
export type RowValues = (string | number | undefined)[];

/** Reads `cells` into `out`; the row's first problem, told as `parseRows` tells it, or undefined. */
export type RowReader = (cells: readonly string[], line: number, out: RowValues) => RowError | undefined;

/** Index in `RowValues` of each option of `schema`. */
export function valueIndexes<S extends z.ZodObject>(schema: S): Record<keyof S['shape'] & string, number> {
  return Object.fromEntries(describeOptions(schema).map((o, i) => [o.name, i])) as Record<
    keyof S['shape'] & string,
    number
  >;
}

/** Distinct dates remembered: a file has a few thousand dates over 1M lines. */
const REMEMBERED_DATES = 50_000;

interface Field {
  option: DescribedOption;
  column: number | undefined;
  label: string;
  parse: ((typed: string) => Parsed<string | number>) | undefined;
  /** The schema's bounds: length for text, value for numbers. */
  min: number;
  max: number;
}

function parserOf(o: DescribedOption, env: RowReaderEnv): Field['parse'] {
  const decimal = env.decimal[o.name];
  const opts = decimal ? { decimal } : {};
  switch (o.kind) {
    case 'text':
      return undefined;
    case 'money':
      return (typed) => parseAmount(typed, opts);
    case 'number':
      return (typed) => parseNumber(typed, opts);
    case 'date': {
      const known = new Map<string, Parsed<string>>();
      return (typed) => {
        let r = known.get(typed);
        if (r === undefined) {
          r = parseDate(typed, { today: env.today, order: env.dateOrder });
          if (known.size < REMEMBERED_DATES) known.set(ownCopy(typed), r);
        }
        return r;
      };
    }
    default:
      throw new Error(`row reader: option ${o.name} of kind ${o.kind} is not supported`);
  }
}

const error = (line: number, field: string, code: string, params: RowError['params']): RowError => ({
  line,
  field,
  code,
  params,
});

/** The reader of rows whose `columns` (option name → cell index) feed `schema`'s options. */
export function rowReader(
  schema: z.ZodObject,
  columns: Readonly<Record<string, number>>,
  env: RowReaderEnv,
): RowReader {
  const fields: Field[] = describeOptions(schema).map((o) => ({
    option: o,
    column: columns[o.name],
    label: env.locale === 'fr' ? (o.frName ?? o.name) : o.name,
    parse: parserOf(o, env),
    min: o.kind === 'text' ? 1 : o.kind === 'money' ? 0 : (o.min ?? -1e12),
    max: o.kind === 'text' ? (o.maxLength ?? 200) : (o.max ?? 1e12),
  }));
  return (cells, line, out) => {
    // Like `parseRows`: every cell is parsed first, in option order; then the schema's checks.
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i] as Field;
      // A text our exports guarded against formula injection ('=…) reads back as typed.
      const raw = f.column === undefined ? undefined : cells[f.column];
      const cell = raw === undefined ? undefined : unescapeFormulaCell(raw.trim());
      if (cell === undefined || cell === '') {
        out[i] = undefined;
        continue;
      }
      if (!f.parse) {
        out[i] = cell;
        continue;
      }
      const r = f.parse(cell);
      if (!r.ok) return error(line, f.option.name, r.code, { option: f.label, value: cell, ...r.params });
      out[i] = r.value;
    }
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i] as Field;
      const { name } = f.option;
      const value = out[i];
      if (value === undefined) {
        if (f.option.required) return error(line, name, 'missing_option', { option: f.label });
      } else if (typeof value === 'string') {
        if (f.parse === undefined && value.length > f.max)
          return error(line, name, 'too_big_text', { option: f.label, limit: f.max });
      } else if (value < f.min) return error(line, name, 'too_small', { option: f.label, limit: f.min });
      // Not finite: digits beyond a double's range (zod refuses them too).
      else if (value > f.max || !Number.isFinite(value))
        return error(line, name, 'too_big', { option: f.label, limit: f.max });
    }
    return undefined;
  };
}
