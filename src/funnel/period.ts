import type { Period } from '../analytics/index.ts';
import { signedFigures } from '../campaigns/margin.ts';
import { campaignScope } from '../campaigns/scope.ts';
import type { Campaign } from '../domain/entities.ts';
import { ratesOf } from '../domain/operation-settings.ts';
import type { TeamView } from '../store/types.ts';
import type { FunnelView, FunnelViewId } from './funnel-reply.ts';
import { activitiesIn, cohortFor, excessFor, type FunnelFilter, funnelFor } from './query.ts';

/**
 * A named campaign's period, as its dashboard has it: its own dates (to today while it has no end),
 * widened to every activity logged under it, since follow-ups after a trade show count; undefined
 * without a campaign, so that the caller falls back to the current week.
 */
export function funnelPeriod(
  view: TeamView,
  campaign: Campaign | undefined,
  today: string,
): (Period & { kind: 'range' }) | undefined {
  if (!campaign) return undefined;
  return { ...campaignScope(view, campaign, today).period, kind: 'range' };
}

/** The funnel of one view over a period, with the causes of every activity-view ratio above 100 %. */
export function funnelView(
  view: TeamView,
  id: FunnelViewId,
  period: Period,
  today: string,
  filter: FunnelFilter,
): FunnelView {
  const range = { from: period.from, to: period.to };
  if (id === 'cohort') {
    const result = cohortFor(view, range, today, filter);
    return { view: id, period: range, result, excess: {}, until: result.until };
  }
  const activities = activitiesIn(view, range, filter);
  const result = funnelFor(view, range, filter, activities);
  const signed = signedFigures(activities, ratesOf(view).markupRate);
  const perVisit = {
    visits: result.visits,
    signed: result.stages.signed,
    revenue: signed.revenue,
    margin: signed.margin,
    newCustomers: result.customers.new,
  };
  return { view: id, period: range, result, excess: excessFor(view, range, result, filter), perVisit };
}
