import { z } from 'zod';
import type { Locale } from '../domain/ids.ts';

export type Localized = Readonly<Record<Locale, string>>;

/** How a channel should ask for an option, and how typed text becomes its value. */
export type OptionKind =
  | 'text'
  | 'long_text'
  | 'choice'
  | 'integer'
  | 'number'
  | 'money'
  | 'rate'
  | 'duration'
  | 'date'
  | 'period'
  | 'boolean'
  | 'file';

export type AutocompleteSource = 'prospect' | 'campaign' | 'rep';

export interface OptionMeta {
  kind: OptionKind;
  description: Localized;
  required: boolean;
  /** Other names accepted in typed commands (French names first): `type` for `kind`. */
  aliases?: readonly string[];
  /** The option's French name shown by channels that localize names (Discord). */
  frName?: string;
  choices?: readonly string[];
  /** Localized label of each choice id, and other words accepted for it when typed. */
  choiceLabels?: Readonly<Record<Locale, Readonly<Record<string, string>>>>;
  choiceAliases?: Readonly<Record<string, readonly string[]>>;
  autocomplete?: AutocompleteSource;
  min?: number;
  max?: number;
  maxLength?: number;
  /** Allowed without `name:` in typed commands, in declaration order. */
  positional?: boolean;
  /** Dates: refuse a day more than one day after today (an activity cannot have happened yet). */
  noFuture?: boolean;
  /**
   * The value lists chat roles: each channel turns its role mentions into group ids
   * (`<channel>:<id>`, as in a member's groups) before dispatch.
   */
  mentions?: 'roles';
}

/** Option metadata lives beside the zod schema, which stays the single source of validation. */
export const optionRegistry = z.registry<OptionMeta>();

type Base = Omit<OptionMeta, 'kind' | 'required' | 'choices'> & { required?: boolean };

function finish(schema: z.ZodType, kind: OptionKind, o: Base & { choices?: readonly string[] }): z.ZodType {
  const meta: OptionMeta = { ...o, kind, required: o.required ?? false };
  const s = meta.required ? schema : schema.optional();
  optionRegistry.add(s, meta);
  return s;
}

/** The option builders each command uses: the schema validates, the meta drives parsing, forms and help. */
export const opt = {
  text<R extends boolean = false>(o: Base & { required?: R; maxLength?: number }) {
    const s = z
      .string()
      .trim()
      .min(1)
      .max(o.maxLength ?? 200);
    return finish(s, 'text', o) as R extends true ? typeof s : z.ZodOptional<typeof s>;
  },
  longText<R extends boolean = false>(o: Base & { required?: R; maxLength?: number }) {
    const s = z
      .string()
      .trim()
      .min(1)
      .max(o.maxLength ?? 2000);
    return finish(s, 'long_text', { ...o, maxLength: o.maxLength ?? 2000 }) as R extends true
      ? typeof s
      : z.ZodOptional<typeof s>;
  },
  choice<const V extends readonly [string, ...string[]], R extends boolean = false>(
    values: V,
    o: Base & { required?: R },
  ) {
    const s = z.enum(values);
    return finish(s, 'choice', { ...o, choices: values }) as R extends true
      ? typeof s
      : z.ZodOptional<typeof s>;
  },
  integer<R extends boolean = false>(o: Base & { required?: R; min?: number; max?: number }) {
    const s = z
      .number()
      .int()
      .min(o.min ?? Number.MIN_SAFE_INTEGER)
      .max(o.max ?? Number.MAX_SAFE_INTEGER);
    return finish(s, 'integer', o) as R extends true ? typeof s : z.ZodOptional<typeof s>;
  },
  money<R extends boolean = false>(o: Base & { required?: R; max?: number }) {
    const s = z
      .number()
      .nonnegative()
      .max(o.max ?? 1e12);
    return finish(s, 'money', { ...o, min: 0 }) as R extends true ? typeof s : z.ZodOptional<typeof s>;
  },
  /** Signed amount (a margin can be negative). */
  number<R extends boolean = false>(o: Base & { required?: R; min?: number; max?: number }) {
    const s = z
      .number()
      .min(o.min ?? -1e12)
      .max(o.max ?? 1e12);
    return finish(s, 'number', o) as R extends true ? typeof s : z.ZodOptional<typeof s>;
  },
  /** A rate as a fraction (0.6), typed `60 %`, `60` or `0,6` (see parseRate). */
  rate<R extends boolean = false>(o: Base & { required?: R; min?: number; max?: number }) {
    const s = z
      .number()
      .min(o.min ?? -1e6)
      .max(o.max ?? 1e6);
    return finish(s, 'rate', o) as R extends true ? typeof s : z.ZodOptional<typeof s>;
  },
  /** Minutes. */
  duration<R extends boolean = false>(o: Base & { required?: R; max?: number }) {
    const s = z
      .number()
      .nonnegative()
      .max(o.max ?? 24 * 60);
    return finish(s, 'duration', { ...o, min: 0 }) as R extends true ? typeof s : z.ZodOptional<typeof s>;
  },
  date<R extends boolean = false>(o: Base & { required?: R }) {
    const s = z.iso.date();
    return finish(s, 'date', o) as R extends true ? typeof s : z.ZodOptional<typeof s>;
  },
  period<R extends boolean = false>(o: Base & { required?: R }) {
    const s = z.object({ from: z.iso.date(), to: z.iso.date(), kind: z.string() });
    return finish(s, 'period', o) as R extends true ? typeof s : z.ZodOptional<typeof s>;
  },
  boolean<R extends boolean = false>(o: Base & { required?: R }) {
    const s = z.boolean();
    return finish(s, 'boolean', o) as R extends true ? typeof s : z.ZodOptional<typeof s>;
  },
  /** An attached file (chat) or a path (terminal), resolved by the channel into bytes. */
  file<R extends boolean = false>(o: Base & { required?: R }) {
    const s = z.object({ name: z.string(), bytes: z.instanceof(Uint8Array) });
    return finish(s, 'file', o) as R extends true ? typeof s : z.ZodOptional<typeof s>;
  },
};

/** The name a user of this locale sees and types for a command, subcommand or option. */
export const displayName = (x: { name: string; frName?: string }, locale: Locale): string =>
  locale === 'fr' ? (x.frName ?? x.name) : x.name;

export interface DescribedOption extends OptionMeta {
  name: string;
}

/** The options of a command in declaration order, with their meta (for parsers, forms, help). */
export function describeOptions(schema: z.ZodObject): readonly DescribedOption[] {
  let described = describedCache.get(schema);
  if (!described) {
    described = Object.entries(schema.shape).map(([name, s]) => {
      const meta = optionRegistry.get(s as z.ZodType);
      if (!meta) throw new Error(`option ${name} was not built with opt.*`);
      return Object.freeze({ name, ...meta });
    });
    describedCache.set(schema, described);
  }
  return described;
}

// Schemas are immutable, so their description is computed once (an import asks for it per cell).
const describedCache = new WeakMap<z.ZodObject, readonly DescribedOption[]>();
