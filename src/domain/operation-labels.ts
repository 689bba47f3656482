import type { Locale } from './ids.ts';
import type { CampaignMethod, CostCategory, Criterion, ObjectiveMetric, Priority } from './operation-ids.ts';

type Labels<K extends string> = Readonly<Record<Locale, Readonly<Record<K, string>>>>;

/** Labels of the operations' ids, used as choice labels and in replies. */
export const METHOD_LABELS: Labels<CampaignMethod> = {
  fr: {
    phoning: 'phoning',
    emailing: 'e-mailing',
    door_to_door: 'porte-à-porte',
    visits: 'visites',
    trade_show: 'salon',
    social_selling: 'social selling',
    mailing: 'mailing / SMS',
  },
  en: {
    phoning: 'phoning',
    emailing: 'emailing',
    door_to_door: 'door to door',
    visits: 'visits',
    trade_show: 'trade show',
    social_selling: 'social selling',
    mailing: 'mailing / SMS',
  },
};

/** Other words accepted for each method in a comma-separated list. */
export const METHOD_ALIASES: Readonly<Record<CampaignMethod, readonly string[]>> = {
  phoning: ['telephone', 'appels', 'phone', 'calls'],
  emailing: ['email', 'mail electronique', 'courriel'],
  door_to_door: ['porte a porte', 'door', 'terrain'],
  visits: ['visite', 'rdv', 'visit'],
  trade_show: ['salon', 'foire', 'event', 'evenement'],
  social_selling: ['linkedin', 'reseaux sociaux', 'social'],
  mailing: ['courrier', 'publipostage', 'sms'],
};

export const METRIC_LABELS: Labels<ObjectiveMetric> = {
  fr: {
    attempts: 'tentatives',
    appointments: 'RDV obtenus',
    visits: 'visites réalisées',
    proposals: 'propositions',
    signed: 'signatures',
    revenue: 'CA HT signé',
    margin: 'marge générée',
    new_customers: 'nouveaux clients',
  },
  en: {
    attempts: 'attempts',
    appointments: 'appointments',
    visits: 'visits held',
    proposals: 'proposals',
    signed: 'signatures',
    revenue: 'revenue signed',
    margin: 'margin generated',
    new_customers: 'new customers',
  },
};

export const METRIC_ALIASES: Readonly<Record<ObjectiveMetric, readonly string[]>> = {
  attempts: ['appels', 'contacts', 'tentatives'],
  appointments: ['rdv', 'rendez-vous'],
  visits: ['visites'],
  proposals: ['devis', 'propositions'],
  signed: ['ventes', 'signatures', 'signes'],
  revenue: ['ca', 'chiffre'],
  margin: ['marge'],
  new_customers: ['nouveaux clients', 'clients'],
};

export const CATEGORY_LABELS: Labels<CostCategory> = {
  fr: {
    file: 'achat de fichier',
    stand: 'stand',
    goodies: 'goodies',
    tools: 'outils',
    ads: 'publicité',
    other: 'autre',
  },
  en: {
    file: 'file purchase',
    stand: 'stand',
    goodies: 'goodies',
    tools: 'tools',
    ads: 'ads',
    other: 'other',
  },
};

export const PRIORITY_LABELS: Labels<Priority> = {
  fr: { hot: 'chaud', warm: 'tiède', cold: 'froid' },
  en: { hot: 'hot', warm: 'warm', cold: 'cold' },
};

export const CRITERION_LABELS: Labels<Criterion> = {
  fr: { budget: 'budget', authority: 'autorité (décideur)', need: 'besoin', timing: 'délai' },
  en: { budget: 'budget', authority: 'authority', need: 'need', timing: 'timing' },
};
