import { activityShardOf } from '../store/collections.ts';
import type { TeamView } from '../store/types.ts';
import type { ReportScope } from './collect.ts';

/** `day` minus `n` days (ISO dates, UTC arithmetic: no time zone shift). */
const daysBefore = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
const quoted = (v: string) => `"${v.replace(/"/g, '')}"`;

/**
 * The round the dossier shows as its example of planning in space (4.1): the day one rep visited
 * the most prospects within the report's scope (its period, else its campaign's, else the last
 * three months; the latest such day), as `/plan route date:… rep:…`. No visit: the plain command,
 * whose answer says how to plan one.
 */
export function exampleRound(view: TeamView, scope: ReportScope, today: string): string {
  const campaign = scope.campaign === undefined ? undefined : view.campaigns.get(scope.campaign);
  const [from, to] = scope.period?.split('..') ?? [
    campaign?.from ?? daysBefore(today, 92),
    campaign?.to ?? today,
  ];
  const first = from ?? today;
  const last = to === undefined || to > today ? today : to;
  const rep =
    scope.rep === undefined ? undefined : view.members.all().find((m) => m.displayName === scope.rep);
  const visits = new Map<string, number>();
  for (const a of view.activities.inShards(activityShardOf(first), activityShardOf(last))) {
    if (a.kind !== 'visit' || a.date < first || a.date > last) continue;
    if (rep && a.repId !== rep.id) continue;
    if (campaign && a.campaignId !== campaign.id) continue;
    const key = `${a.date}|${a.repId}`;
    visits.set(key, (visits.get(key) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const entry of visits)
    if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0] > best[0])) best = entry;
  if (!best) return '/plan route';
  const [date, repId] = best[0].split('|') as [string, string];
  const name = view.members.get(repId)?.displayName ?? repId;
  return `/plan route date:${date} rep:${quoted(name)} any_day:true`;
}
