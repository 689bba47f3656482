/** Messages of the pointer given to a message that is not a command. */
export const fr = {
  'intent.pointer': 'Je comprends les commandes : tapez /aide. Pour « {text} », essayez {command}.',
  'intent.pointer_help': 'Je comprends les commandes : tapez /aide pour les voir toutes.',
  'intent.help_button': 'Toutes les commandes',
};

export const en: Record<keyof typeof fr, string> = {
  'intent.pointer': 'I understand commands: type /help. For “{text}”, try {command}.',
  'intent.pointer_help': 'I understand commands: type /help to see them all.',
  'intent.help_button': 'All commands',
};
