/** Messages of references to the team's members. */
export const fr = {
  'errors.rep_ambiguous':
    '« {value} » désigne plusieurs commerciaux : {names}. Tapez le nom complet entre guillemets, par exemple "{example}".',
};

export const en: Record<keyof typeof fr, string> = {
  'errors.rep_ambiguous':
    '"{value}" matches several reps: {names}. Type the full name in quotes, for example "{example}".',
};
