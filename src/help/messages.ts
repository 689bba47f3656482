/** Help's own strings: the task groups of `/help` and the web chat's welcome with its three suggested actions. */
export const fr = {
  'help.group_enter': 'Saisir',
  'help.group_analyse': 'Analyser',
  'help.group_watch': 'Veille',
  'help.group_portfolio': 'Portefeuille',
  'help.group_operations': 'Opérations',
  'help.group_settings': 'Réglages',
  'help.line': '{command} — {what}',
  'webchat.welcome':
    'Bonjour ! Je suis Prospecta : saisissez vos actions de prospection et obtenez vos ratios. Par où commencer ?',
  'webchat.suggest_help': 'Les commandes',
  'webchat.suggest_help_command': '/aide',
  'webchat.suggest_log': 'Saisir une action',
  'webchat.suggest_log_command': '/journal',
  'webchat.suggest_funnel': 'Entonnoir de la semaine',
  'webchat.suggest_funnel_command': '/entonnoir période:cette-semaine',
} as const;

export const en: Record<keyof typeof fr, string> = {
  'help.group_enter': 'Enter',
  'help.group_analyse': 'Analyse',
  'help.group_watch': 'Market watch',
  'help.group_portfolio': 'Portfolio',
  'help.group_operations': 'Campaigns',
  'help.group_settings': 'Settings',
  'help.line': '{command} — {what}',
  'webchat.welcome': 'Hello! I am Prospecta: log your prospecting and get your ratios. Where to start?',
  'webchat.suggest_help': 'The commands',
  'webchat.suggest_help_command': '/help',
  'webchat.suggest_log': 'Log an action',
  'webchat.suggest_log_command': '/log',
  'webchat.suggest_funnel': 'This week’s funnel',
  'webchat.suggest_funnel_command': '/funnel period:this-week',
};
