/** Messages of the guards every command passes: team busy, input sizes, rate limits. */
export const fr = {
  'errors.team_busy':
    'L’équipe est occupée par un autre processus Prospecta (une importation, une autre commande) depuis plus de {seconds} s : rien n’a été enregistré. Réessayez dans un instant.',
  'errors.input_too_long':
    '{option, select, command {La commande} other {{option}}} : trop long, {length, number} caractères pour {limit, number} au maximum (« {prefix}… »). Raccourcissez le texte : rien n’a été enregistré.',
  'help.max_chars': '{limit} caractères max',
  'errors.rate_limited':
    'Doucement : vous avez envoyé beaucoup de commandes d’un coup. Celle-ci n’a pas été exécutée ; renvoyez-la dans {seconds} s.',
  'errors.rate_limited_team':
    'Doucement : votre équipe envoie beaucoup de commandes en ce moment. Celle-ci n’a pas été exécutée ; renvoyez-la dans {seconds} s.',
  'errors.disk_full':
    'Disque plein : le fichier {file} n’a pas pu être écrit. Rien n’a été enregistré ; libérez de la place puis réessayez.',
  'errors.data_read_only':
    'Le dossier de données est en lecture seule : le fichier {file} ne peut pas être écrit. Rien n’a été enregistré ; les commandes qui ne font que lire fonctionnent.',
};

export const en: Record<keyof typeof fr, string> = {
  'errors.team_busy':
    'The team is busy in another Prospecta process (an import, another command) for more than {seconds} s: nothing was saved. Try again in a moment.',
  'errors.input_too_long':
    '{option, select, command {The command} other {{option}}}: too long, {length, number} characters for at most {limit, number} (“{prefix}…”). Shorten the text: nothing was saved.',
  'help.max_chars': 'at most {limit} characters',
  'errors.rate_limited':
    'Slow down: you sent many commands at once. This one did not run; send it again in {seconds} s.',
  'errors.rate_limited_team':
    'Slow down: your team is sending many commands right now. This one did not run; send it again in {seconds} s.',
  'errors.disk_full':
    'Disk full: the file {file} could not be written. Nothing was saved; free some space and try again.',
  'errors.data_read_only':
    'The data folder is read-only: the file {file} cannot be written. Nothing was saved; commands that only read still work.',
};
