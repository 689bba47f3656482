/** Checks application command JSON against Discord's documented limits; returns the problems found. */
type Json = Record<string, unknown>;

const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;
// Discord counts characters as UTF-16 code units (JavaScript's `.length`), like every limit here.
const len = (s: unknown): number => (typeof s === 'string' ? s.length : 0);

export function commandProblems(commands: readonly Json[]): string[] {
  const problems: string[] = [];
  if (commands.length > 100) problems.push(`${commands.length} commands > 100`);
  const names = new Set<string>();
  for (const c of commands) {
    const where = `/${String(c.name)}`;
    if (names.has(String(c.name))) problems.push(`${where}: duplicate name`);
    names.add(String(c.name));
    let chars = 0;
    const checkNamed = (x: Json, at: string) => {
      for (const n of [x.name, ...Object.values((x.name_localizations ?? {}) as Json)]) {
        if (typeof n !== 'string' || !NAME.test(n) || n !== n.toLowerCase())
          problems.push(`${at}: bad name ${String(n)}`);
        chars += len(n);
      }
      for (const d of [x.description, ...Object.values((x.description_localizations ?? {}) as Json)]) {
        if (typeof d !== 'string' || len(d) < 1 || len(d) > 100)
          problems.push(`${at}: description length ${len(d)}`);
        chars += len(d);
      }
    };
    const checkOptions = (options: Json[] | undefined, at: string) => {
      if (!options) return;
      if (options.length > 25) problems.push(`${at}: ${options.length} options > 25`);
      let optionalSeen = false;
      const seen = new Set<string>();
      for (const o of options) {
        const oat = `${at} ${String(o.name)}`;
        if (seen.has(String(o.name))) problems.push(`${oat}: duplicate option`);
        seen.add(String(o.name));
        checkNamed(o, oat);
        if (o.type === 1 || o.type === 2) {
          checkOptions(o.options as Json[] | undefined, oat);
          continue;
        }
        if (o.required) {
          if (optionalSeen) problems.push(`${oat}: required after optional`);
        } else optionalSeen = true;
        const choices = o.choices as Json[] | undefined;
        if (choices) {
          if (choices.length > 25) problems.push(`${oat}: ${choices.length} choices > 25`);
          if (o.autocomplete) problems.push(`${oat}: choices with autocomplete`);
          for (const ch of choices) {
            for (const n of [ch.name, ...Object.values((ch.name_localizations ?? {}) as Json)]) {
              if (len(n) < 1 || len(n) > 100) problems.push(`${oat}: choice name length ${len(n)}`);
              chars += len(n);
            }
            if (len(String(ch.value)) > 100) problems.push(`${oat}: choice value too long`);
            chars += len(String(ch.value));
          }
        }
        if (typeof o.max_length === 'number' && (o.max_length < 1 || o.max_length > 6000))
          problems.push(`${oat}: max_length ${o.max_length}`);
        if (![3, 4, 5, 6, 7, 8, 9, 10, 11].includes(Number(o.type)))
          problems.push(`${oat}: type ${String(o.type)}`);
      }
    };
    checkNamed(c, where);
    checkOptions(c.options as Json[] | undefined, where);
    if (chars > 8000) problems.push(`${where}: ${chars} characters > 8000`);
  }
  return problems;
}

/** Total characters Discord counts for one command (names, descriptions, choices, localizations). */
export function commandChars(c: Json): number {
  let n = 0;
  const walk = (x: unknown, key = ''): void => {
    if (typeof x === 'string') {
      if (/name|description|value/.test(key)) n += x.length;
    } else if (Array.isArray(x)) for (const v of x) walk(v, key);
    else if (x && typeof x === 'object')
      for (const [k, v] of Object.entries(x)) walk(v, /localizations/.test(key) ? key : k);
  };
  walk(c);
  return n;
}
