import { type Excess, explainExcess } from '../analytics/funnel-excess.ts';
import type { Period } from '../analytics/index.ts';
import type { Activity, Member, Objective } from '../domain/entities.ts';
import type { FunnelRatioId } from '../domain/ids.ts';
import type { CampaignAnalysis } from './analysis.ts';
import { evaluate, judgedWeek, type ObjectiveRow } from './objectives.ts';
import { type Results, resultsOf } from './scope.ts';

type Quantitative = Extract<Objective, { kind: 'quantitative' }>;

export interface RepResults {
  repId: string;
  results: Results;
}

export interface Dashboard {
  /** The campaign's own period (for pace), null when it has none. */
  campaignPeriod: Period | null;
  week: Period;
  rows: ObjectiveRow[];
  qualitative: Extract<Objective, { kind: 'qualitative' }>[];
  /** The team's (or the rep's) results. */
  results: Results;
  /** For each funnel ratio above 100 %, the counts that explain it (as in /funnel). */
  excess: Partial<Record<FunnelRatioId, Excess[]>>;
  reps: RepResults[];
}

const within = (list: readonly Activity[], p: Period): Activity[] =>
  list.filter((a) => a.date >= p.from && a.date <= p.to);

/**
 * Objectives against results (`attainment`), pace, and per-rep results of a campaign, optionally
 * for one rep. Each activity list is grouped once, so the cost stays linear in the campaign's size.
 */
export function buildDashboard(a: CampaignAnalysis, today: string, rep?: Member): Dashboard {
  const { scope } = a;
  const markup = a.rates.markupRate;
  const c = scope.campaign;
  const campaignPeriod = c.from && c.to ? { from: c.from, to: c.to } : null;
  const week = judgedWeek(campaignPeriod ?? scope.period, today);
  const byRep = new Map<string, Activity[]>();
  for (const x of scope.activities) {
    const list = byRep.get(x.repId);
    if (list) list.push(x);
    else byRep.set(x.repId, [x]);
  }
  const repResults = new Map<string, Results>();
  const resultsOfRep = (id: string): Results => {
    const known = repResults.get(id);
    if (known) return known;
    const r = resultsOf(scope, byRep.get(id) ?? [], scope.period, markup);
    repResults.set(id, r);
    return r;
  };
  const weekCache = new Map<string, Results>();
  const weekResults = (id: string | undefined): Results => {
    const key = id ?? '';
    const known = weekCache.get(key);
    if (known) return known;
    const list = id === undefined ? scope.activities : (byRep.get(id) ?? []);
    const r = resultsOf(scope, within(list, week), week, markup);
    weekCache.set(key, r);
    return r;
  };
  const objectives = c.objectives ?? [];
  const quantitative = objectives.filter(
    (o): o is Quantitative => o.kind === 'quantitative' && (!rep || o.repId === rep.id),
  );
  const rows = quantitative.map((o) =>
    evaluate(o, o.per === 'week' ? weekResults(o.repId) : o.repId ? resultsOfRep(o.repId) : a.results, {
      period: campaignPeriod,
      today,
      week: o.per === 'week' ? week : null,
    }),
  );
  const repIds = [...new Set([...(c.repIds ?? []), ...byRep.keys()])].filter((id) => !rep || id === rep.id);
  const results = rep ? resultsOfRep(rep.id) : a.results;
  return {
    campaignPeriod,
    week,
    rows,
    qualitative: objectives.filter((o) => o.kind === 'qualitative'),
    results,
    // The scope holds every activity of the campaign: nothing of it comes before its period.
    excess: explainExcess({
      activities: rep ? (byRep.get(rep.id) ?? []) : scope.activities,
      earlier: [],
      ratios: results.funnel.ratios,
      targetList: !rep && c.targetSize !== undefined,
    }),
    reps: repIds.map((repId) => ({ repId, results: resultsOfRep(repId) })),
  };
}
