import type { CommandContext } from '../core/command.ts';
import { opt } from '../core/options.ts';
import { type Block, type Reply, reply, table, text } from '../core/reply.ts';
import { normalizeKey } from '../core/values.ts';
import type { Prospect } from '../domain/entities.ts';
import { nearProspects } from '../prospects/duplicate-check.ts';
import type { ParsedRow } from './rows.ts';

/** `doublons:fusionner|créer` (EN `duplicates:merge|create`): what an import does with near matches. */
export const duplicatesOption = () =>
  opt.choice(['merge', 'create'], {
    frName: 'doublons',
    description: {
      fr: 'Noms proches d’un prospect existant : fusionner ou créer',
      en: 'Names close to an existing prospect: merge or create',
    },
    choiceLabels: {
      fr: { merge: 'fusionner', create: 'créer' },
      en: { merge: 'merge', create: 'create' },
    },
    choiceAliases: { merge: ['rattacher', 'fusion'], create: ['creer', 'nouveaux', 'new'] },
  });

/** A name of the file that probably designates an existing prospect. */
export interface ImportNearMatch {
  /** The first line that names it. */
  line: number;
  /** As written in the file; `key` tells it apart (`nearMatchKey`). */
  name: string;
  key: string;
  /** How many rows name it. */
  rows: number;
  prospect: { id: string; name: string };
}

/** How the file's names are told apart: folded, and with the postal code of a prospect row. */
export const nearMatchKey = (name: string, postalCode: string | undefined): string =>
  `${normalizeKey(name)}\u0001${postalCode ?? ''}`;

/**
 * The file's names (the `prospect` of activity rows, the `name` of prospect rows) that are not an id
 * nor an existing prospect's name but are close to one (see prospects/duplicate-rule.ts), with the
 * closest prospect. Prospect rows compare postal codes too.
 */
export function importNearMatches(
  ctx: CommandContext,
  rows: readonly ParsedRow<{ prospect?: string; name?: string; postal_code?: string | undefined }>[],
): ImportNearMatch[] {
  const byName = new Map<string, ImportNearMatch | null>();
  for (const { line, args } of rows) {
    const name = args.prospect ?? args.name;
    if (name === undefined) continue;
    const key = nearMatchKey(name, args.postal_code);
    const seen = byName.get(key);
    if (seen !== undefined) {
      if (seen) seen.rows++;
      continue;
    }
    const best = nearProspects(ctx, name, args.postal_code)[0];
    const prospect = best && { id: best.prospect.id, name: best.prospect.name };
    byName.set(key, prospect ? { key, line, name, rows: 1, prospect } : null);
  }
  return [...byName.values()].filter((m) => m !== null);
}

/** For `doublons:fusionner`: the file's name (`nearMatchKey`) → the existing prospect its rows go to. */
export function mergeTargets(
  ctx: CommandContext,
  matches: readonly ImportNearMatch[],
): Map<string, Prospect> {
  const out = new Map<string, Prospect>();
  for (const m of matches) {
    const p = ctx.tx.prospects.get(m.prospect.id);
    if (p) out.set(m.key, p);
  }
  return out;
}

const SHOWN = 30;

/** The near matches as a table (line, name in the file, existing prospect), with what to do. */
export function nearMatchBlocks(ctx: CommandContext, matches: readonly ImportNearMatch[]): Block[] {
  const { t } = ctx;
  return [
    table(
      [
        { label: t('import.col_line'), align: 'right' },
        { label: t('dup.col_file_name') },
        { label: t('dup.col_existing') },
      ],
      matches.slice(0, SHOWN).map((m) => [String(m.line), m.name, `${m.prospect.id} ${m.prospect.name}`]),
      t('dup.import_title', { count: matches.length }),
    ),
    text(t('dup.import_hint')),
  ];
}

/** The near matches for `--json`: line, name in the file, rows naming it, the existing prospect. */
export const nearMatchData = (matches: readonly ImportNearMatch[]) => matches.map(({ key: _key, ...m }) => m);

/** The import refused until the user decides (`doublons:fusionner|créer`): nothing written. */
export function nearMatchRefusal(ctx: CommandContext, matches: readonly ImportNearMatch[]): Reply {
  const message = ctx.t('errors.import_possible_duplicates', { count: matches.length });
  return reply({
    tone: 'error',
    title: message,
    blocks: nearMatchBlocks(ctx, matches),
    error: { code: 'import_possible_duplicates', message, field: 'duplicates' },
    data: { nearMatches: nearMatchData(matches) },
  });
}
