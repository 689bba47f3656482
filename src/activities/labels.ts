import type { ACTIVITY_KINDS, OUTCOMES } from '../domain/ids.ts';

/** Choice labels and the words people type for them, French first (DOMAIN.md §1). */
export const KIND_LABELS = {
  fr: {
    call: 'appel',
    email: 'e-mail',
    sms: 'SMS',
    letter: 'courrier',
    social: 'réseau social',
    door: 'porte-à-porte',
    event: 'salon',
    visit: 'visite',
    meeting: 'RDV à distance',
  },
  en: {
    call: 'call',
    email: 'email',
    sms: 'SMS',
    letter: 'letter',
    social: 'social selling',
    door: 'door to door',
    event: 'trade show',
    visit: 'visit',
    meeting: 'remote meeting',
  },
} as const satisfies Record<'fr' | 'en', Record<(typeof ACTIVITY_KINDS)[number], string>>;

export const KIND_ALIASES: Record<string, readonly string[]> = {
  call: ['appel', 'tel', 'telephone', 'phone', 'phoning', 'appel telephonique'],
  // French reps say « mail » for an e-mail; a postal letter is « courrier » (DOMAIN §1).
  email: ['mail', 'e-mail', 'courriel', 'mail electronique', 'e-mailing', 'emailing'],
  sms: ['texto'],
  letter: ['lettre', 'courrier', 'courrier postal', 'post', 'postal mail', 'publipostage'],
  social: ['linkedin', 'reseaux sociaux', 'social selling', 'social'],
  door: ['porte a porte', 'terrain', 'visite a froid', 'cold visit', 'door-to-door', 'pap'],
  event: ['salon', 'foire', 'trade show', 'evenement', 'show'],
  visit: ['visite', 'rendez-vous', 'visite sur rdv', 'rdv physique'],
  meeting: ['visio', 'rdv a distance', 'reunion', 'teams', 'video'],
};

export const OUTCOME_LABELS = {
  fr: {
    no_answer: 'pas de réponse',
    wrong_contact: 'mauvais contact',
    reached: 'joint',
    refused: 'refus',
    callback: 'à relancer',
    appointment: 'RDV obtenu',
    proposal: 'devis envoyé',
    signed: 'signé',
    lost: 'perdu',
  },
  en: {
    no_answer: 'no answer',
    wrong_contact: 'wrong contact',
    reached: 'reached',
    refused: 'refused',
    callback: 'call back',
    appointment: 'appointment set',
    proposal: 'proposal sent',
    signed: 'signed',
    lost: 'lost',
  },
} as const satisfies Record<'fr' | 'en', Record<(typeof OUTCOMES)[number], string>>;

export const OUTCOME_ALIASES: Record<string, readonly string[]> = {
  no_answer: ['injoignable', 'pas de reponse', 'repondeur', 'nrp', 'absent', 'no answer'],
  wrong_contact: ['mauvais numero', 'hors cible', 'faux numero', 'wrong number'],
  reached: ['joint', 'barrage', 'contacte', 'touche'],
  refused: ['refus', 'refuse', 'pas interesse', 'non'],
  callback: ['rappel', 'a relancer', 'relance', 'interesse', 'rappeler', 'call back', 'follow up'],
  appointment: ['rdv', 'rendez-vous', 'rdv obtenu', 'rdv pris', 'meeting set', 'appt'],
  proposal: ['devis', 'proposition', 'offre', 'quote', 'devis envoye'],
  signed: ['signe', 'vente', 'contrat', 'gagne', 'commande', 'won', 'sale', 'deal'],
  lost: ['perdu', 'perte', 'abandon'],
};
