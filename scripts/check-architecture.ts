/**
 * Import and placement rules of the source tree, checked by reading the files (no dependency):
 * `npm test` runs them through test/architecture.test.ts, and `npm run architecture` alone.
 * A rule is data: add one to RULES when it holds, never before (a rule that fails is a bug to fix).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a rule applies: files whose path (from the repository root, with `/`) starts with one of these. */
type Scope = { under: readonly string[]; except?: readonly string[] };

export type Rule =
  | {
      /** Source text a file in scope must not contain (comments are ignored). */
      kind: 'forbidden-code';
      id: string;
      description: string;
      scope: Scope;
      pattern: RegExp;
    }
  | {
      /** Modules a file in scope must not import (paths from the root, prefix match). */
      kind: 'forbidden-import';
      id: string;
      description: string;
      scope: Scope;
      imports: readonly string[];
    }
  | {
      /** The only files allowed directly inside a folder (sub-folders are not concerned). */
      kind: 'only-files';
      id: string;
      description: string;
      folder: string;
      allowed: readonly string[];
    };

export interface Violation {
  rule: string;
  file: string;
  line: number;
  detail: string;
}

/** The shipped source: what users run. Tests may build throwaway commands and reach anywhere. */
const SHIPPED = ['src/', 'commands/', 'scripts/', 'bench/', 'bin/'];

/** Feature folders of src/: domain logic the core must not reach (it is given what it needs). */
const FEATURES = [
  'activities',
  'analytics',
  'calc',
  'campaigns',
  'company',
  'consent',
  'demo',
  'follow-ups',
  'funnel',
  'geo',
  'help',
  'import',
  'methods',
  'planning',
  'portfolio',
  'privacy',
  'prospects',
  'qualification',
  'watch',
];

export const RULES: readonly Rule[] = [
  {
    kind: 'forbidden-code',
    id: 'commands-under-commands',
    description: 'every command and subcommand is defined under commands/ (feature folders hold the logic)',
    scope: { under: SHIPPED.filter((s) => s !== 'commands/'), except: ['src/core/command.ts'] },
    pattern: /\bdefine(?:Sub)?[cC]ommand\s*\(/,
  },
  {
    kind: 'forbidden-import',
    id: 'channels-no-store',
    description:
      'no file under src/channels/ imports the store (channels ask the bot: reads, the conversation store)',
    scope: { under: ['src/channels/'] },
    imports: ['src/store'],
  },
  {
    kind: 'only-files',
    id: 'channels-root-contract',
    description: 'only the adapter contract sits at the root of src/channels/ (each channel in its folder)',
    folder: 'src/channels',
    allowed: ['channel.ts'],
  },
  {
    kind: 'forbidden-import',
    id: 'core-no-channel-no-feature',
    description:
      'src/core/ imports no channel, command or feature module (only the store, domain, i18n, exactly-once receipts, the not-a-command intent and the chart spec’s types): what it needs is injected',
    scope: { under: ['src/core/'] },
    imports: [
      'src/channels',
      'commands',
      'src/app.ts',
      'src/app-start.ts',
      'src/app-store.ts',
      'src/cli',
      ...FEATURES.map((f) => `src/${f}`),
    ],
  },
  {
    kind: 'forbidden-import',
    id: 'webchat-not-teams',
    description:
      'the web chat imports nothing from teams/: the Bot Framework turn they share lives in src/channels/botframework/',
    scope: { under: ['src/channels/webchat/'] },
    imports: ['src/channels/teams'],
  },
  {
    kind: 'forbidden-import',
    id: 'botframework-shared',
    description:
      'src/channels/botframework/ (the turn Teams and the web chat share) imports neither teams/ nor webchat/: each passes its converters and surface in',
    scope: { under: ['src/channels/botframework/'] },
    imports: ['src/channels/teams', 'src/channels/webchat'],
  },
  {
    kind: 'forbidden-import',
    id: 'teams-not-webchat',
    description:
      'teams/ does not import webchat/: the app assembles the web chat and hands it to the HTTP channel as a hosted chat',
    scope: { under: ['src/channels/teams/'] },
    imports: ['src/channels/webchat'],
  },
  {
    kind: 'forbidden-import',
    id: 'shipped-without-bench',
    description:
      'the shipped code (src/, commands/) does not import the benchmark (npm run bench has its own entry)',
    scope: { under: ['src/', 'commands/'] },
    imports: ['bench', 'test'],
  },
];

const SOURCE = /\.(?:ts|mts|mjs|js)$/;
const SKIP = new Set(['node_modules', 'build', 'data', '.git', 'test', 'reference']);

function listFiles(root: string, dir = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (!SKIP.has(e.name)) out.push(...listFiles(root, rel));
    } else if (SOURCE.test(e.name) && !e.name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

/** Blanks comments out, keeping line numbers (a `//` inside a string such as a URL is kept). */
export function stripComments(code: string): string {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"]+)\1/gm;

/** Relative imports of a file, resolved to paths from the root, with their line. */
export function importsOf(file: string, code: string): { target: string; line: number }[] {
  const out: { target: string; line: number }[] = [];
  for (const m of stripComments(code).matchAll(IMPORT)) {
    const spec = m[2] ?? '';
    if (!spec.startsWith('.')) continue;
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
    out.push({ target, line: code.slice(0, m.index).split('\n').length });
  }
  return out;
}

const inScope = (file: string, s: Scope): boolean =>
  s.under.some((u) => file.startsWith(u)) && !(s.except ?? []).includes(file);

/** Every violation of `rules` in the tree at `root`, sorted by file. */
export function checkArchitecture(root: string, rules: readonly Rule[] = RULES): Violation[] {
  const files = listFiles(root);
  const violations: Violation[] = [];
  for (const rule of rules) {
    if (rule.kind === 'only-files') {
      const prefix = rule.folder.endsWith('/') ? rule.folder : `${rule.folder}/`;
      for (const f of files) {
        const rest = f.startsWith(prefix) ? f.slice(prefix.length) : undefined;
        if (rest !== undefined && !rest.includes('/') && !rule.allowed.includes(rest))
          violations.push({
            rule: rule.id,
            file: f,
            line: 1,
            detail: `only ${rule.allowed.join(', ')} belong here`,
          });
      }
      continue;
    }
    for (const f of files.filter((file) => inScope(file, rule.scope))) {
      const code = readFileSync(path.join(root, f), 'utf8');
      if (rule.kind === 'forbidden-code') {
        stripComments(code)
          .split('\n')
          .forEach((text, i) => {
            if (rule.pattern.test(text))
              violations.push({ rule: rule.id, file: f, line: i + 1, detail: text.trim() });
          });
      } else {
        for (const imp of importsOf(f, code)) {
          if (
            rule.imports.some((p) => imp.target === p || imp.target.startsWith(p.endsWith('/') ? p : `${p}/`))
          )
            violations.push({ rule: rule.id, file: f, line: imp.line, detail: `imports ${imp.target}` });
        }
      }
    }
  }
  return violations.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const violations = checkArchitecture(root);
  for (const v of violations) console.error(`${v.file}:${v.line}  [${v.rule}] ${v.detail}`);
  const described = RULES.map((r) => `- ${r.id}: ${r.description}`).join('\n');
  console.log(
    violations.length
      ? `${violations.length} violation(s) of:\n${described}`
      : `Architecture OK:\n${described}`,
  );
  process.exitCode = violations.length ? 1 : 0;
}
