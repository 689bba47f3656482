import { auditCollection } from '../audit/entities.ts';
import type { CommandContext } from '../core/command.ts';
import { type Block, text } from '../core/reply.ts';
import type { Prospect } from '../domain/entities.ts';
import { resolveProspectRef } from '../prospects/merged.ts';
import type { TeamView } from '../store/types.ts';
import { installationKey, recordHashes } from './identifier-hash.ts';
import { oppositionOf } from './opposition.ts';

type Identifiers = {
  id?: string;
  name?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
};

/** The erasure a record's identifiers were erased by (same keyed hash), with its request and day. */
export function erasureOf(
  view: TeamView,
  key: Buffer,
  x: Identifiers,
): { request: string; day: string } | undefined {
  const hashes = new Set(recordHashes(key, x));
  if (hashes.size === 0) return undefined;
  const erasures = view
    .collection(auditCollection)
    .all()
    .filter((e) => e.action === 'erasure');
  const found = erasures.find((e) => e.hashes.some((h) => hashes.has(h)));
  return (
    found && {
      request: found.targets.find((t) => t.startsWith('R-')) ?? found.id,
      day: found.at.slice(0, 10),
    }
  );
}

/** `/prospect add`: a warning when the new prospect is someone the team erased (a re-import to check). */
export function reimportWarning(
  ctx: Pick<CommandContext, 'tx' | 'dataDir' | 't' | 'fmt'>,
  x: Identifiers,
): Block[] {
  const found = erasureOf(ctx.tx, installationKey(ctx.dataDir), x);
  return found
    ? [text(ctx.t('gdpr.reimport_flag', { day: ctx.fmt.date(found.day), request: found.request }))]
    : [];
}

/** What a row of an import names: a prospect row's identifiers, or an activity row's prospect. */
function identifiersOf(
  view: TeamView,
  args: { prospect?: string; name?: string; email?: string; phone?: string },
): Identifiers & { erasedAt?: string } {
  if (args.prospect === undefined) return args;
  const p: Prospect | undefined = view.prospects.get(
    resolveProspectRef(view, args.prospect).trim().toUpperCase(),
  );
  return p ?? { name: args.prospect };
}

/**
 * An import's rows checked against the do-not-contact list (those rows are left out: no contact
 * nor new prospect may be recorded for an opposed person) and against past erasures (imported,
 * flagged: the team must check it may contact them again).
 */
export function privacyImportCheck<
  A extends { prospect?: string; name?: string; email?: string; phone?: string },
>(ctx: Pick<CommandContext, 'tx' | 'dataDir' | 't'>, rows: readonly { line: number; args: A }[]) {
  const key = installationKey(ctx.dataDir);
  const opposed: number[] = [];
  const erased: number[] = [];
  const kept = rows.filter((r) => {
    const x = identifiersOf(ctx.tx, r.args);
    if (x.erasedAt || oppositionOf(ctx.tx, key, x)) {
      opposed.push(r.line);
      return false;
    }
    if (erasureOf(ctx.tx, key, x)) erased.push(r.line);
    return true;
  });
  const lines = (xs: number[]) => xs.slice(0, 20).join(', ') + (xs.length > 20 ? '…' : '');
  return {
    kept,
    opposedLines: opposed,
    erasedLines: erased,
    blocks: (): Block[] => [
      ...(opposed.length > 0
        ? [text(ctx.t('gdpr.import_opposed', { count: opposed.length, lines: lines(opposed) }))]
        : []),
      ...(erased.length > 0
        ? [text(ctx.t('gdpr.import_erased', { count: erased.length, lines: lines(erased) }))]
        : []),
    ],
  };
}
