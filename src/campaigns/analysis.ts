import type { Campaign } from '../domain/entities.ts';
import { type Rates, ratesOf } from '../domain/operation-settings.ts';
import type { TeamView } from '../store/types.ts';
import { newCustomersIn } from './acquisition-cost.ts';
import { type CostBreakdown, operationCost } from './costs.ts';
import { type Profitability, profitability } from './profitability.ts';
import { type CampaignScope, campaignResults, campaignScope, type Results } from './scope.ts';

export interface CampaignAnalysis {
  rates: Rates;
  scope: CampaignScope;
  results: Results;
  costs: CostBreakdown;
  figures: Profitability;
}

/** Everything `/dashboard`, `/profitability` and `/campaign close` need about one campaign, in one read. */
export function analyseCampaign(view: TeamView, campaign: Campaign, today: string): CampaignAnalysis {
  const rates = ratesOf(view);
  const scope = campaignScope(view, campaign, today);
  const results = campaignResults(scope, rates.markupRate);
  const costs = operationCost(scope.activities, campaign.costs ?? [], rates);
  const s = results.funnel.stages;
  const figures = profitability({
    costs,
    signed: results.signed,
    counts: {
      attempted: s.attempted,
      appointment: s.appointment,
      visited: s.visited,
      newCustomers: newCustomersIn(scope.activities, scope.prospectsById, scope.period),
    },
  });
  return { rates, scope, results, costs, figures };
}
