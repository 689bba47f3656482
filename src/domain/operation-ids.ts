import { CAMPAIGN_METHODS, COST_CATEGORIES, OBJECTIVE_METRICS } from './entities.ts';
import type { ActivityKind } from './ids.ts';

export { CAMPAIGN_METHODS, COST_CATEGORIES, OBJECTIVE_METRICS };
export type CampaignMethod = (typeof CAMPAIGN_METHODS)[number];
export type ObjectiveMetric = (typeof OBJECTIVE_METRICS)[number];
export type CostCategory = (typeof COST_CATEGORIES)[number];

/** The method an activity belongs to (`/method compare`): a held visit or meeting is the visits method. */
export const METHOD_OF_KIND: Readonly<Record<ActivityKind, CampaignMethod>> = {
  call: 'phoning',
  email: 'emailing',
  door: 'door_to_door',
  visit: 'visits',
  meeting: 'visits',
  event: 'trade_show',
  social: 'social_selling',
  letter: 'mailing',
  sms: 'mailing',
};

/** BANT, the default qualification grid (DOMAIN §3): each criterion scored 0..3. */
export const BANT = ['budget', 'authority', 'need', 'timing'] as const;
export type Criterion = (typeof BANT)[number];
export const PRIORITIES = ['hot', 'warm', 'cold'] as const;
export type Priority = (typeof PRIORITIES)[number];
