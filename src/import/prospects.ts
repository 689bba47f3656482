import { normalizeKey } from '../core/values.ts';
import type { Member, Prospect } from '../domain/entities.ts';
import { applyProspectFields } from '../prospects/apply.ts';
import type { ProspectFieldArgs } from '../prospects/fields.ts';
import { nextProspectId } from '../prospects/merged.ts';
import { newProspect } from '../prospects/new-prospect.ts';
import type { TeamTx } from '../store/types.ts';
import { nearMatchKey } from './near-matches.ts';
import type { ParsedRow } from './rows.ts';

export type ProspectRowArgs = ProspectFieldArgs & { name: string };

/** Stages prospects: a new name is added, a known one updated with the file's non-empty cells (re-importing adds nothing twice). */
export function stageProspects(
  tx: TeamTx,
  rows: ParsedRow<ProspectRowArgs>[],
  by: { member: Member; now: Date; today: string },
  /** Rows that go to an existing prospect (`doublons:fusionner`), by `nearMatchKey`. */
  merge: ReadonlyMap<string, Prospect> = new Map(),
  /** Told each row's prospect as staged, changed or not (consent columns hang records on it). */
  onRow?: (row: ParsedRow<ProspectRowArgs>, prospect: Prospect) => void,
) {
  const byName = new Map(tx.prospects.all().map((p) => [normalizeKey(p.name), p]));
  let n = Number(nextProspectId(tx).slice(2));
  const counts = { rows: rows.length, imported: 0, updated: 0, unchanged: 0 };
  for (const row of rows) {
    const { args } = row;
    const key = normalizeKey(args.name);
    const known = byName.get(key) ?? merge.get(nearMatchKey(args.name, args.postal_code));
    // As staged so far: an earlier row of the file may have changed it.
    const existing = known && (tx.prospects.get(known.id) ?? known);
    const base: Prospect =
      existing ?? newProspect(`P-${n++}`, args.name, { memberId: by.member.id, now: by.now });
    const next = applyProspectFields(base, args, by.today);
    onRow?.(row, next);
    if (existing && JSON.stringify(existing) === JSON.stringify(next)) {
      counts.unchanged++;
      continue;
    }
    tx.prospects.put(next);
    byName.set(key, next);
    if (existing) counts.updated++;
    else counts.imported++;
  }
  return counts;
}
