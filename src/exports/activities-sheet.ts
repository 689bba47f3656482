import { logOptions } from '../activities/log-options.ts';
import type { Activity, Prospect } from '../domain/entities.ts';
import type { Locale } from '../domain/ids.ts';
import type { TeamTx } from '../store/types.ts';
import { choiceLabel, headersOf } from './columns.ts';
import type { Cell, Sheet } from './sheet.ts';

const FIELDS = [
  'date',
  'kind',
  'outcome',
  'prospect',
  'rep',
  'amount',
  'margin',
  'duration',
  'travel',
  'km',
  'campaign',
  'note',
] as const;

/**
 * The prospect as the file names it: its name, or its id (`P-12`) when another prospect of the team
 * has the same name, so that a re-import finds the same prospect and adds nothing.
 */
export function prospectNamer(prospects: readonly Prospect[]): (id: string) => string {
  const count = new Map<string, number>();
  for (const p of prospects) {
    const key = p.name.trim().toLocaleLowerCase('fr');
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  const byId = new Map(prospects.map((p) => [p.id, p]));
  return (id) => {
    const p = byId.get(id);
    if (!p || p.erasedAt || (count.get(p.name.trim().toLocaleLowerCase('fr')) ?? 0) > 1) return id;
    return p.name;
  };
}

/** The activities as rows `/import activities` reads back, oldest first. */
export function activitiesSheet(
  tx: TeamTx,
  activities: readonly Activity[],
  locale: Locale,
  name: string,
): Sheet {
  const prospectName = prospectNamer(tx.prospects.all());
  const rows = [...activities]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt < b.createdAt ? -1 : 1))
    .map((a): Cell[] => [
      a.date,
      choiceLabel(logOptions, 'kind', a.kind, locale),
      choiceLabel(logOptions, 'outcome', a.outcome, locale),
      prospectName(a.prospectId),
      tx.members.get(a.repId)?.displayName ?? a.repId,
      a.amount ?? null,
      a.margin ?? null,
      a.durationMin ?? null,
      a.travelMin ?? null,
      a.km ?? null,
      a.campaignId === undefined ? null : (tx.campaigns.get(a.campaignId)?.name ?? a.campaignId),
      a.note ?? null,
    ]);
  return { name, headers: headersOf(logOptions, FIELDS, locale), rows };
}
