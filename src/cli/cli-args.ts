import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Locale } from '../domain/ids.ts';

/** The flags of the command line; parseArgs refuses any other. */
const OPTIONS = {
  data: { type: 'string' },
  team: { type: 'string' },
  user: { type: 'string' },
  locale: { type: 'string' },
  json: { type: 'boolean', default: false },
  out: { type: 'string' },
  check: { type: 'boolean', default: false },
  from: { type: 'string' },
  to: { type: 'string' },
  force: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export type CliValues = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>['values'];

/** A mistake on the command line: its message, printed with the usage line, exit code 2. */
export class CliArgError extends Error {
  override readonly name = 'CliArgError';
}

const SAY = {
  fr: {
    unknown: (flag: string) => `Option ${flag} inconnue.`,
    noValue: (flag: string) => `L’option ${flag} attend une valeur, par ex. ${flag} demo.`,
    empty: (flag: string) => `L’option ${flag} est vide : donnez une valeur.`,
    notDir: (flag: string, dir: string) => `${flag} : ${dir} n’est pas un dossier.`,
    system: (flag: string, dir: string) =>
      `${flag} : ${dir} est dans un dossier système (/proc, /sys, /dev) : choisissez un dossier à vous.`,
    locale: (value: string) =>
      `L’option --locale n’accepte pas « ${value} » : choisissez fr (français) ou en (anglais), par ex. --locale fr.`,
    usage:
      'Utilisation : prospecta [start|chat|run "<commande>"|demo|docs|store] [--data DOSSIER] [--team T] [--user U] [--locale fr|en] [--json] [--out DOSSIER] ; prospecta --help pour l’aide.',
  },
  en: {
    unknown: (flag: string) => `Unknown option ${flag}.`,
    noValue: (flag: string) => `Option ${flag} needs a value, e.g. ${flag} demo.`,
    empty: (flag: string) => `Option ${flag} is empty: give a value.`,
    notDir: (flag: string, dir: string) => `${flag}: ${dir} is not a folder.`,
    system: (flag: string, dir: string) =>
      `${flag}: ${dir} is in a system folder (/proc, /sys, /dev): choose a folder of your own.`,
    locale: (value: string) =>
      `Option --locale does not take “${value}”: choose fr (French) or en (English), e.g. --locale en.`,
    usage:
      'Usage: prospecta [start|chat|run "<command>"|demo|docs|store] [--data DIR] [--team T] [--user U] [--locale fr|en] [--json] [--out DIR]; prospecta --help for help.',
  },
} as const;

/** The one-line usage printed under a command-line mistake. */
export const usageLine = (locale: Locale): string => SAY[locale].usage;

/** What a mistaken value shows of itself: its first 24 characters. */
const shown = (value: string): string => (value.length > 24 ? `${value.slice(0, 24)}…` : value);

/**
 * The answer to a `--locale` the bot does not speak: said in every language it does speak (French
 * first, each with its usage line), since it cannot know which one the user reads.
 */
export function unsupportedLocale(value: string): string {
  return (['fr', 'en'] as const).map((l) => `${SAY[l].locale(shown(value))}\n${SAY[l].usage}`).join('\n');
}

/** The `--locale` given on the command line, read before the rest is checked (its errors speak it). */
export function localeFlag(argv: readonly string[]): string | undefined {
  const at = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  if (at < 0) return undefined;
  const arg = argv[at] as string;
  return arg.includes('=') ? arg.slice('--locale='.length) : argv[at + 1];
}

/** The flag a parseArgs error is about (`--bogus`, `--team`). */
const flagIn = (message: string): string => /'(-{1,2}[^'\s]+)/.exec(message)?.[1] ?? message;

/** argv → flags and positionals; a mistake (unknown flag, flag without its value, empty team) throws CliArgError. */
export function parseCliArgs(argv: string[], locale: Locale): { values: CliValues; positionals: string[] } {
  let parsed: { values: CliValues; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message = (e as Error).message;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CliArgError(SAY[locale].unknown(flagIn(message)));
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new CliArgError(SAY[locale].noValue(flagIn(message)));
    throw new CliArgError(message);
  }
  for (const flag of ['team', 'user', 'data', 'out'] as const) {
    const value = parsed.values[flag];
    if (value !== undefined && value.trim() === '') throw new CliArgError(SAY[locale].empty(`--${flag}`));
  }
  return parsed;
}

const SYSTEM_ROOTS = ['/proc', '/sys', '/dev'];

/**
 * Refuses a data or output folder that is a file (or a device: `/dev/null`) or lies under a system
 * folder (walking `/proc` loops forever); a folder that does not exist yet is fine (it is created).
 */
export function checkFolder(flag: string, dir: string, locale: Locale): void {
  const resolved = path.resolve(dir);
  const info = statSync(resolved, { throwIfNoEntry: false });
  // A link into /proc is as bad as /proc itself.
  const real = info ? realpathSync(resolved) : resolved;
  const inSystem = (p: string) => SYSTEM_ROOTS.some((r) => p === r || p.startsWith(`${r}/`));
  if (process.platform !== 'win32' && (inSystem(resolved) || inSystem(real)))
    throw new CliArgError(SAY[locale].system(flag, resolved));
  if (info && !info.isDirectory()) throw new CliArgError(SAY[locale].notDir(flag, resolved));
}
