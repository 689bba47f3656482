/** Help's own strings: the task groups of `/help` and the web chat's welcome. */
export const fr = {
  'help.group_enter': 'Saisir',
  'help.group_analyse': 'Analyser',
  'help.group_watch': 'Veille',
  'help.group_portfolio': 'Portefeuille',
  'help.group_operations': 'Opérations',
  'help.group_settings': 'Réglages',
  'help.line': '{command} — {what}',
} as const;

export const en: Record<keyof typeof fr, string> = {
  'help.group_enter': 'Enter',
  'help.group_analyse': 'Analyse',
  'help.group_watch': 'Market watch',
  'help.group_portfolio': 'Portfolio',
  'help.group_operations': 'Campaigns',
  'help.group_settings': 'Settings',
  'help.line': '{command} — {what}',
} as const;
