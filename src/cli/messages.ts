/** Messages of the terminal chat's questions for a command typed without its options. */
export const fr = {
  'chat.ask_intro':
    'Il manque des options à {command} : répondez à chaque question (Entrée passe une option facultative, « annuler » abandonne).',
  'chat.ask_optional': 'facultatif',
  'chat.ask_choices': 'choix : {choices}',
  'chat.ask_suffix': ' : ',
  'chat.ask_required_again': 'Cette option est obligatoire : donnez une valeur, ou « annuler ».',
  'chat.cancelled': 'Commande annulée : rien n’a été enregistré.',
};

export const en: Record<keyof typeof fr, string> = {
  'chat.ask_intro':
    '{command} needs more options: answer each question (Enter skips an optional one, “cancel” gives up).',
  'chat.ask_optional': 'optional',
  'chat.ask_choices': 'choices: {choices}',
  'chat.ask_suffix': ': ',
  'chat.ask_required_again': 'This option is required: give a value, or “cancel”.',
  'chat.cancelled': 'Command cancelled: nothing was saved.',
};
