import type { ChartSpecInput } from '../../src/charts/spec.ts';

/** Prospecting funnel for a month, with a zero stage and the null conversion after it. */
export const funnelSpec: ChartSpecInput = {
  type: 'funnel',
  title: 'Entonnoir de prospection — mars 2026',
  subtitle: 'Équipe Lyon · appels et porte-à-porte',
  alt: 'Entonnoir : 1 240 ciblés, 980 tentés, 412 joints, 240 argumentés, 80 RDV, 62 visités, 0 proposition, 9 signés',
  locale: 'fr',
  stages: [
    { label: 'Ciblés', value: 1240 },
    { label: 'Tentés', value: 980 },
    { label: 'Joints', value: 412 },
    { label: 'Argumentés', value: 240 },
    { label: 'RDV obtenus', value: 80 },
    { label: 'Visités', value: 62 },
    { label: 'Propositions', value: 0 },
    { label: 'Signés', value: 9 },
  ],
};

/** "This quarter against the previous one": two series on horizontal bars, one missing value. */
export const comparisonSpec: ChartSpecInput = {
  type: 'bar',
  title: "Chiffre d'affaires HT : ce trimestre et le précédent",
  subtitle: 'Par catégorie de clients',
  alt: 'CA HT par catégorie, T1 2026 contre T4 2025',
  locale: 'fr',
  horizontal: true,
  format: 'money',
  labels: ['Grands comptes', 'PME', 'Artisans', 'Particuliers', 'Collectivités'],
  series: [
    { label: 'T1 2026', values: [48_250.5, 31_200, 12_890.75, 5_400, null] },
    { label: 'T4 2025', values: [41_000, 33_950, 9_870, 6_120.4, 2_200] },
  ],
};

export const lineSpec: ChartSpecInput = {
  type: 'line',
  title: 'Appointment rate by week',
  alt: 'Appointment rate by week',
  locale: 'en',
  format: 'percent',
  labels: ['W10', 'W11', 'W12', 'W13', 'W14', 'W15'],
  series: [
    { label: 'Team', values: [0.12, 0.15, null, 0.18, 0.2, 0.173] },
    { label: 'Target', values: [0.15, 0.15, 0.15, 0.15, 0.15, 0.15] },
  ],
};

export const doughnutSpec: ChartSpecInput = {
  type: 'doughnut',
  title: 'Répartition du CA par catégorie',
  alt: 'Répartition du CA',
  locale: 'fr',
  format: 'money',
  width: 640,
  height: 400,
  labels: ['Grands comptes', 'PME', 'Artisans', 'Particuliers'],
  values: [48_250.5, 31_200, 12_890.75, 5_400],
};

export const stackedSpec: ChartSpecInput = {
  type: 'bar',
  title: 'Activities by kind',
  alt: 'Activities by kind per week',
  locale: 'en',
  stacked: true,
  format: 'integer',
  width: 600,
  height: 300,
  labels: ['W10', 'W11', 'W12', 'W13'],
  series: [
    { label: 'Calls', values: [120, 98, 140, 132] },
    { label: 'Emails', values: [40, 52, 38, 61] },
    { label: 'Visits', values: [12, 9, 15, 4] },
  ],
};
