/** Messages of exactly-once delivery: the answer to a submission delivered a second time. */
export const fr = {
  'once.already_saved': 'Déjà enregistré',
  'once.repeat_reference':
    'Cette demande a déjà été enregistrée sous la référence {reference} : rien n’a été enregistré une seconde fois.',
  'once.repeat': 'Cette demande a déjà été enregistrée : rien n’a été enregistré une seconde fois.',
  'once.first_answer': 'Première réponse : « {title} ».',
};

export const en: Record<keyof typeof fr, string> = {
  'once.already_saved': 'Already saved',
  'once.repeat_reference': 'This request was already saved as {reference}: nothing was saved a second time.',
  'once.repeat': 'This request was already saved: nothing was saved a second time.',
  'once.first_answer': 'First answer: “{title}”.',
};
