/** Messages of prospect qualification (BANT scoring grid, priority, location). */
export const fr = {
  'errors.qualification_incomplete': 'Notez aussi, de 0 à 3 : {criteria}.',
  'errors.grid_all_zero': 'Au moins un critère de la grille doit avoir un poids supérieur à 0.',
  'errors.grid_thresholds': 'Le seuil tiède ({warm}) doit être inférieur ou égal au seuil chaud ({hot}).',

  'ops.col_criterion': 'Critère',
  'ops.col_weight': 'Poids',
  'ops.followup_hot': 'Prospects chauds',

  'ops.score': 'Score',
  'ops.priority': 'Priorité',
  'ops.qualified': '{name} ({id}) qualifié : {priority}',
  'ops.grid_title': 'Grille de qualification (BANT)',
  'ops.grid_saved': 'Grille de qualification enregistrée',
  'ops.grid_caption':
    'Score = Σ poids × note / (3 × Σ poids) × 100. Chaud à partir de {hot}, tiède à partir de {warm}, froid en dessous.',
  'ops.located': 'Coordonnées enregistrées : {name} ({id})',
} as const;

export const en: Record<keyof typeof fr, string> = {
  'errors.qualification_incomplete': 'Also score, from 0 to 3: {criteria}.',
  'errors.grid_all_zero': 'At least one criterion of the grid needs a weight above 0.',
  'errors.grid_thresholds': 'The warm threshold ({warm}) must be at most the hot threshold ({hot}).',

  'ops.col_criterion': 'Criterion',
  'ops.col_weight': 'Weight',
  'ops.followup_hot': 'Hot prospects',

  'ops.score': 'Score',
  'ops.priority': 'Priority',
  'ops.qualified': '{name} ({id}) qualified: {priority}',
  'ops.grid_title': 'Qualification grid (BANT)',
  'ops.grid_saved': 'Qualification grid saved',
  'ops.grid_caption':
    'Score = Σ weight × score / (3 × Σ weight) × 100. Hot from {hot}, warm from {warm}, cold below.',
  'ops.located': 'Coordinates saved: {name} ({id})',
};
