/** Messages of the guards every command passes: team busy, input sizes, rate limits. */
export const fr = {
  'errors.team_busy':
    'L’équipe est occupée par un autre processus Prospecta (une importation, une autre commande) depuis plus de {seconds} s : rien n’a été enregistré. Réessayez dans un instant.',
  'errors.input_too_long':
    '{option, select, command {La commande} other {{option}}} : trop long, {length, number} caractères pour {limit, number} au maximum (« {prefix}… »). Raccourcissez le texte : rien n’a été enregistré.',
  'help.max_chars': '{limit} caractères max',
};

export const en: Record<keyof typeof fr, string> = {
  'errors.team_busy':
    'The team is busy in another Prospecta process (an import, another command) for more than {seconds} s: nothing was saved. Try again in a moment.',
  'errors.input_too_long':
    '{option, select, command {The command} other {{option}}}: too long, {length, number} characters for at most {limit, number} (“{prefix}…”). Shorten the text: nothing was saved.',
  'help.max_chars': 'at most {limit} characters',
};
