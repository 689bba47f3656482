/** Messages of the guards every command passes: team busy, input sizes, rate limits. */
export const fr = {
  'errors.team_busy':
    'L’équipe est occupée par un autre processus Prospecta (une importation, une autre commande) depuis plus de {seconds} s : rien n’a été enregistré. Réessayez dans un instant.',
};

export const en: Record<keyof typeof fr, string> = {
  'errors.team_busy':
    'The team is busy in another Prospecta process (an import, another command) for more than {seconds} s: nothing was saved. Try again in a moment.',
};
