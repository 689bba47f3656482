import { computeFunnel, type FunnelResult, type Period } from '../analytics/index.ts';
import { type Ratio, ratio } from '../analytics/ratio.ts';
import { operationCost } from '../campaigns/costs.ts';
import type { Activity, Campaign, Prospect } from '../domain/entities.ts';
import { CAMPAIGN_METHODS, type CampaignMethod, METHOD_OF_KIND } from '../domain/operation-ids.ts';
import type { Rates } from '../domain/operation-settings.ts';

export interface MethodFigures {
  method: CampaignMethod;
  activities: number;
  /** Contacts: attempts for contact methods, visits held for the visits method. */
  contacts: number;
  appointments: number;
  signed: number;
  /** Time + travel of its activities, plus its share of its campaigns' fixed costs. */
  cost: number;
  cost_per_contact: Ratio;
  reach_rate: Ratio;
  appointment_rate: Ratio;
  cost_per_appointment: Ratio;
  cost_per_signature: Ratio;
}

/**
 * Each method's figures from the team's history (`/method compare`). A campaign's fixed costs are
 * shared among methods in proportion to the number of its activities of each method.
 */
export function compareMethods(input: {
  activities: readonly Activity[];
  campaigns: readonly Campaign[];
  prospectsById: ReadonlyMap<string, Prospect>;
  allProspects: readonly Prospect[];
  period: Period;
  rates: Rates;
}): MethodFigures[] {
  const byMethod = new Map<CampaignMethod, Activity[]>();
  const perCampaign = new Map<string, Map<CampaignMethod, number>>();
  for (const a of input.activities) {
    const m = METHOD_OF_KIND[a.kind];
    const list = byMethod.get(m);
    if (list) list.push(a);
    else byMethod.set(m, [a]);
    if (a.campaignId !== undefined) {
      const counts = perCampaign.get(a.campaignId) ?? new Map<CampaignMethod, number>();
      counts.set(m, (counts.get(m) ?? 0) + 1);
      perCampaign.set(a.campaignId, counts);
    }
  }
  const fixedShare = new Map<CampaignMethod, number>();
  for (const c of input.campaigns) {
    const counts = perCampaign.get(c.id);
    const fixed = (c.costs ?? []).reduce((s, x) => s + x.amount, 0);
    if (!counts || fixed === 0) continue;
    const n = [...counts.values()].reduce((s, x) => s + x, 0);
    for (const [m, k] of counts) fixedShare.set(m, (fixedShare.get(m) ?? 0) + (fixed * k) / n);
  }
  return CAMPAIGN_METHODS.flatMap((method) => {
    const list = byMethod.get(method);
    if (!list) return [];
    const f: FunnelResult = computeFunnel({
      activities: list,
      prospectsById: input.prospectsById,
      allProspects: input.allProspects,
      period: input.period,
    });
    const cost = operationCost(list, [], input.rates).total + (fixedShare.get(method) ?? 0);
    const contacts = method === 'visits' ? f.stages.visited : f.stages.attempted;
    return [
      {
        method,
        activities: list.length,
        contacts,
        appointments: f.stages.appointment,
        signed: f.stages.signed,
        cost,
        cost_per_contact: ratio(cost, contacts),
        reach_rate: f.ratios.reach_rate,
        appointment_rate: f.ratios.appointment_rate,
        cost_per_appointment: ratio(cost, f.stages.appointment),
        cost_per_signature: ratio(cost, f.stages.signed),
      },
    ];
  });
}
