/** Messages of the pointer given to a message that is not a command. */
export const fr = {
  'intent.pointer': 'Je comprends les commandes : tapez /aide. Pour « {text} », essayez {command}.',
  'intent.pointer_help': 'Je comprends les commandes : tapez /aide pour les voir toutes.',
  'intent.pointer_last':
    'Je comprends les commandes : tapez /aide. Pour « {text} », votre dernière saisie est {entry} : {command} la supprime (récupérable avec {restore}).',
  'intent.help_button': 'Toutes les commandes',
};

export const en: Record<keyof typeof fr, string> = {
  'intent.pointer': 'I understand commands: type /help. For “{text}”, try {command}.',
  'intent.pointer_help': 'I understand commands: type /help to see them all.',
  'intent.pointer_last':
    'I understand commands: type /help. For “{text}”, your last entry is {entry}: {command} deletes it (it can be restored with {restore}).',
  'intent.help_button': 'All commands',
};
