/** Strings of the forms every channel shows (Discord modals, Teams and web chat cards). */
export const fr = {
  'form.example_money': 'ex. 1 234,50',
  'form.example_number': 'ex. {value}',
  'form.example_integer': 'ex. {value}',
  'form.example_duration': 'ex. 45, 1h30',
  'form.example_date': 'ex. hier, {day}',
  'form.example_period': 'ex. cette-semaine, mois-dernier, 2026-11-01..2026-11-15',
  'form.fix_button': 'Corriger le formulaire',
} as const;

export const en: Record<keyof typeof fr, string> = {
  'form.example_money': 'e.g. 1,234.50',
  'form.example_number': 'e.g. {value}',
  'form.example_integer': 'e.g. {value}',
  'form.example_duration': 'e.g. 45, 1h30',
  'form.example_date': 'e.g. yesterday, {iso}',
  'form.example_period': 'e.g. this-week, last-month, 2026-11-01..2026-11-15',
  'form.fix_button': 'Fix the form',
};
