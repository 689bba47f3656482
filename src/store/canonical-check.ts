import type { z } from 'zod';

/**
 * A precompiled fast path for validating items read from disk. `compileCanonicalCheck(schema)` turns a
 * zod schema into one generated function (like zod's own object JIT, but with every field inlined)
 * that answers true only when zod would accept the value AND return an equal value (no default to
 * fill, no unknown key to strip), so the object parsed from JSON can be kept as it is. False means
 * "ask zod": the check may be conservative, never lenient. A schema using anything outside the
 * supported subset compiles to null, and zod validates everything.
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
  element?: z.ZodType;
  values?: unknown[];
  options?: z.ZodType[];
  discriminator?: string;
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

const INT_RANGES: Record<string, readonly [number, number]> = {
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Generated source plus the regexes and sets it refers to as `deps[i]`. */
class Emitter {
  readonly lines: string[] = [];
  readonly deps: unknown[] = [];
  private vars = 0;
  readonly visiting = new Set<Def>();

  dep(value: unknown): string {
    this.deps.push(value);
    return `deps[${this.deps.length - 1}]`;
  }
  fresh(prefix: string): string {
    this.vars++;
    return `${prefix}${this.vars}`;
  }
  fail(condition: string): void {
    this.lines.push(`if (${condition}) return false;`);
  }
}

// A check's `when` only ever makes zod skip it, i.e. accept more, so ignoring it stays on the safe side.
function emitCheck(e: Emitter, c: CheckDef, v: string): boolean {
  switch (c.check) {
    case 'string_format': {
      if (!c.pattern || !PATTERN_FORMATS.has(c.format ?? '')) return false;
      const re = e.dep(c.pattern);
      if (c.pattern.global || c.pattern.sticky) e.lines.push(`${re}.lastIndex = 0;`);
      e.fail(`!${re}.test(${v})`);
      return true;
    }
    // zod counts code points; within the bound in UTF-16 units is within it in code points too, and
    // the doubtful case (between min and 2 × min units) is left to zod.
    case 'max_length':
      if (typeof c.maximum !== 'number') return false;
      e.fail(`${v}.length > ${c.maximum}`);
      return true;
    case 'min_length':
      if (typeof c.minimum !== 'number') return false;
      e.fail(`${v}.length < ${2 * c.minimum}`);
      return true;
    case 'greater_than':
    case 'less_than': {
      if (typeof c.value !== 'number' || !Number.isFinite(c.value)) return false;
      const op = (c.check === 'greater_than' ? '>' : '<') + (c.inclusive ? '=' : '');
      e.fail(`!(${v} ${op} ${c.value})`);
      return true;
    }
    case 'number_format': {
      // `.int()` and friends: zod requires a safe integer within the format's range.
      const range = INT_RANGES[c.format ?? ''];
      if (!range) return false;
      e.fail(`!Number.isSafeInteger(${v}) || ${v} < ${range[0]} || ${v} > ${range[1]}`);
      return true;
    }
    default:
      return false;
  }
}

function emitChecks(e: Emitter, def: Def, v: string): boolean {
  if (def.check !== undefined) {
    const own: CheckDef = { check: def.check, format: def.format, pattern: def.pattern };
    if (!emitCheck(e, own, v)) return false;
  }
  return (def.checks ?? []).every((c) => emitCheck(e, c._zod.def, v));
}

function emitObject(e: Emitter, def: Def, v: string): boolean {
  if (def.catchall !== undefined || (def.checks?.length ?? 0) > 0 || !def.shape) return false;
  e.fail(`typeof ${v} !== 'object' || ${v} === null || Array.isArray(${v})`);
  const present = e.fresh('n');
  e.lines.push(`let ${present} = 0;`);
  for (const [key, field] of Object.entries(def.shape)) {
    const fieldDef = defOf(field);
    // Only a plain `.optional()` may be absent as is; an absent `.default()` needs zod to fill it.
    const optional =
      fieldDef.type === 'optional' && defOf(fieldDef.innerType as z.ZodType).type !== 'default';
    const f = e.fresh('f');
    e.lines.push(`const ${f} = ${v}[${JSON.stringify(key)}];`);
    e.lines.push(
      optional
        ? `if (${f} !== undefined) { ${present}++;`
        : `if (${f} === undefined) return false; ${present}++; {`,
    );
    if (!emitNode(e, optional ? (fieldDef.innerType as z.ZodType) : field, f)) return false;
    e.lines.push('}');
  }
  // Every key counted by for...in is known iff the count equals the known keys found present.
  const all = e.fresh('k');
  e.lines.push(`let ${all} = 0; for (const _ in ${v}) ${all}++;`);
  e.fail(`${all} !== ${present}`);
  return true;
}

function emitNode(e: Emitter, schema: z.ZodType, v: string): boolean {
  const def = defOf(schema);
  // A recursive schema (a getter referring back) is left to zod rather than compiled forever.
  if (def.coerce || e.visiting.has(def)) return false;
  e.visiting.add(def);
  const ok = emitDef(e, def, v);
  e.visiting.delete(def);
  return ok;
}

function emitDef(e: Emitter, def: Def, v: string): boolean {
  const noChecks = (def.checks?.length ?? 0) === 0;
  switch (def.type) {
    case 'object':
      return emitObject(e, def, v);
    case 'string':
      e.fail(`typeof ${v} !== 'string'`);
      return emitChecks(e, def, v);
    case 'number':
      e.fail(`typeof ${v} !== 'number' || !Number.isFinite(${v})`);
      return emitChecks(e, def, v);
    case 'boolean':
      e.fail(`typeof ${v} !== 'boolean'`);
      return noChecks;
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      // Numeric (native) enums carry reverse mappings that zod filters out; leave them to zod.
      if (!noChecks || values.length === 0 || values.some((x) => typeof x !== 'string')) return false;
      e.fail(`!${e.dep(new Set(values))}.has(${v})`);
      return true;
    }
    case 'default':
      // A present value is checked by the inner schema; an absent one is refused by the object.
      return noChecks && def.innerType !== undefined && emitNode(e, def.innerType, v);
    case 'nullable': {
      if (!noChecks || !def.innerType) return false;
      e.lines.push(`if (${v} !== null) {`);
      const ok = emitNode(e, def.innerType, v);
      e.lines.push('}');
      return ok;
    }
    case 'array': {
      if (!def.element) return false;
      const x = e.fresh('x');
      e.fail(`!Array.isArray(${v})`);
      // `.max(n)` / `.min(n)` count elements: the string checks apply (min doubled, still safe).
      if (!emitChecks(e, def, v)) return false;
      e.lines.push(`for (const ${x} of ${v}) {`);
      const ok = emitNode(e, def.element, x);
      e.lines.push('}');
      return ok;
    }
    case 'literal': {
      const values = def.values ?? [];
      if (!noChecks || values.length === 0 || values.some((x) => typeof x !== 'string')) return false;
      e.fail(`!${e.dep(new Set(values))}.has(${v})`);
      return true;
    }
    case 'union': {
      // Each option compiled on its own: accepted unchanged by one option is accepted unchanged by zod
      // when the options are exclusive (a discriminated union, the only kind allowed here).
      if (!noChecks || !def.discriminator || !def.options) return false;
      const options = def.options.map((o) => compileCanonicalCheck(o));
      if (options.some((o) => o === null)) return false;
      e.fail(`!(${options.map((o) => `${e.dep(o)}(${v})`).join(' || ')})`);
      return true;
    }
    default:
      return false;
  }
}

/** Compiles the check, or null when the schema uses something it does not model exactly. */
export function compileCanonicalCheck(schema: z.ZodType): CanonicalCheck | null {
  const e = new Emitter();
  if (!emitNode(e, schema, 'v')) return null;
  try {
    // Generated from the schema's own definition only; keys are embedded via JSON.stringify.
    const factory = new Function(
      'deps',
      `return function canonical(v) {\n${e.lines.join('\n')}\nreturn true;\n};`,
    );
    return factory(e.deps) as CanonicalCheck;
  } catch {
    // e.g. node --disallow-code-generation-from-strings: zod alone is still correct
    return null;
  }
}
