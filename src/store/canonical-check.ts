import type { z } from 'zod';

/**
 * A precompiled fast path for validating items read from disk. `compileCanonicalCheck(schema)` turns a
 * zod schema into a plain predicate that answers true only when zod would accept the value AND return
 * an equal value (no default to fill, no unknown key to strip): then the parsed JSON object can be
 * kept as it is. Any other answer means "ask zod", so the predicate may be conservative but never
 * lenient. Schemas using anything outside the supported subset compile to null (zod does it all).
 */
export type CanonicalCheck = (value: unknown) => boolean;

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  coerce?: boolean;
  check?: string;
  format?: string;
  pattern?: RegExp;
  shape?: Record<string, z.ZodType>;
  catchall?: unknown;
  innerType?: z.ZodType;
  entries?: Record<string, unknown>;
  values?: unknown[];
}

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: unknown;
  inclusive?: boolean;
}

// Formats whose zod check is exactly `pattern.test(value)`; others (url, jwt, base64...) run extra code.
const PATTERN_FORMATS = new Set(['regex', 'datetime', 'date', 'time']);

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

// A check's `when` only ever makes zod skip it, i.e. accept more, so ignoring it stays on the safe side.
function compileCheck(c: CheckDef): CanonicalCheck | null {
  switch (c.check) {
    case 'string_format': {
      const pattern = c.pattern;
      if (!pattern || !PATTERN_FORMATS.has(c.format ?? '')) return null;
      return (v) => {
        pattern.lastIndex = 0;
        return pattern.test(v as string);
      };
    }
    // zod counts code points; a string within the bound in UTF-16 units is within it in code points
    // too, and the rare doubtful case (between min and 2 × min units) is left to zod.
    case 'max_length': {
      const max = c.maximum ?? Number.POSITIVE_INFINITY;
      return (v) => (v as string).length <= max;
    }
    case 'min_length': {
      const min = c.minimum ?? 0;
      return (v) => (v as string).length >= 2 * min;
    }
    case 'greater_than': {
      if (typeof c.value !== 'number') return null;
      const bound = c.value;
      return c.inclusive ? (v) => (v as number) >= bound : (v) => (v as number) > bound;
    }
    case 'less_than': {
      if (typeof c.value !== 'number') return null;
      const bound = c.value;
      return c.inclusive ? (v) => (v as number) <= bound : (v) => (v as number) < bound;
    }
    default:
      return null;
  }
}

/** A leaf type test followed by its checks (and, for a format schema such as `z.iso.datetime()`, its own). */
function withChecks(def: Def, typeTest: CanonicalCheck): CanonicalCheck | null {
  const checks: CanonicalCheck[] = [];
  if (def.check !== undefined) {
    const own = compileCheck({ check: def.check, format: def.format, pattern: def.pattern } as CheckDef);
    if (!own) return null;
    checks.push(own);
  }
  for (const c of def.checks ?? []) {
    const compiled = compileCheck(c._zod.def);
    if (!compiled) return null;
    checks.push(compiled);
  }
  return (v) => {
    if (!typeTest(v)) return false;
    for (const check of checks) if (!check(v)) return false;
    return true;
  };
}

function compileObject(def: Def, visiting: Set<Def>): CanonicalCheck | null {
  if (def.catchall !== undefined || (def.checks?.length ?? 0) > 0 || !def.shape) return null;
  const fields: { key: string; check: CanonicalCheck; optional: boolean }[] = [];
  for (const [key, field] of Object.entries(def.shape)) {
    const fieldDef = defOf(field);
    // Only a plain `.optional()` may be absent as is; an absent `.default()` needs zod to fill it.
    const optional =
      fieldDef.type === 'optional' && defOf(fieldDef.innerType as z.ZodType).type !== 'default';
    const check = compileNode(optional ? (fieldDef.innerType as z.ZodType) : field, visiting);
    if (!check) return null;
    fields.push({ key, check, optional });
  }
  const known = new Set(fields.map((f) => f.key));
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const obj = v as Record<string, unknown>;
    for (const key in obj) if (!known.has(key)) return false;
    for (const f of fields) {
      const value = obj[f.key];
      if (value === undefined) {
        if (!f.optional) return false;
      } else if (!f.check(value)) {
        return false;
      }
    }
    return true;
  };
}

/** Compiles the predicate, or null when the schema uses something this fast path does not model exactly. */
export function compileCanonicalCheck(schema: z.ZodType): CanonicalCheck | null {
  return compileNode(schema, new Set());
}

function compileNode(schema: z.ZodType, visiting: Set<Def>): CanonicalCheck | null {
  const def = defOf(schema);
  // A recursive schema (a getter referring back) is left to zod rather than compiled forever.
  if (def.coerce || visiting.has(def)) return null;
  visiting.add(def);
  const compiled = compileDef(def, visiting);
  visiting.delete(def);
  return compiled;
}

function compileDef(def: Def, visiting: Set<Def>): CanonicalCheck | null {
  const leafChecks = def.checks?.length ?? 0;
  switch (def.type) {
    case 'object':
      return compileObject(def, visiting);
    case 'string':
      return withChecks(def, (v) => typeof v === 'string');
    case 'number':
      return withChecks(def, (v) => typeof v === 'number' && Number.isFinite(v));
    case 'boolean':
      return leafChecks === 0 ? (v) => typeof v === 'boolean' : null;
    case 'enum': {
      if (leafChecks > 0 || !def.entries) return null;
      const values = new Set(Object.values(def.entries));
      // Numeric (native) enums carry reverse mappings that zod filters out; leave them to zod.
      if ([...values].some((v) => typeof v !== 'string')) return null;
      return (v) => values.has(v);
    }
    case 'default': {
      // Present values are checked by the inner schema; an absent one is refused by the object above.
      if (leafChecks > 0 || !def.innerType) return null;
      return compileNode(def.innerType, visiting);
    }
    case 'nullable': {
      if (leafChecks > 0 || !def.innerType) return null;
      const inner = compileNode(def.innerType, visiting);
      return inner && ((v) => v === null || inner(v));
    }
    default:
      return null;
  }
}
