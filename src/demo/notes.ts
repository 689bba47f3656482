import type { ActivityKind, Outcome } from '../domain/ids.ts';
import type { Rng } from './random.ts';

type NoteBook = Partial<Record<Outcome, readonly string[]>>;

/**
 * Activity notes, as a careful rep writes them (CNIL "zones bloc-notes": factual, objective,
 * about the project, never about the person's health, opinions or private life). `{service}` is
 * replaced by what the prospect is interested in.
 */
const CALL: NoteBook = {
  no_answer: [
    'Messagerie, pas de message laissé.',
    'Messagerie : message laissé avec nos coordonnées.',
    'Ligne occupée.',
    'Pas de réponse.',
  ],
  wrong_contact: [
    'Numéro non attribué.',
    'Mauvais numéro : homonyme.',
    'Hors cible : travaux à la charge du bailleur.',
  ],
  reached: [
    'Décideur absent, rappeler en début de semaine.',
    'Joint brièvement, demande de rappeler plus tard.',
    'Interlocuteur occupé, demande de rappeler après 15 h.',
  ],
  refused: [
    'Pas de projet de travaux cette année.',
    'Travaux réalisés récemment.',
    'Contrat en cours avec un autre installateur.',
    'Budget non disponible avant l’an prochain.',
  ],
  callback: [
    'Intéressé par {service}, rappeler la semaine prochaine.',
    'Souhaite une documentation sur {service} avant d’en reparler.',
    'Projet de {service} à l’étude, rappeler après décision interne.',
  ],
  appointment: ['RDV pris pour une visite technique ({service}).', 'RDV fixé pour étudier {service}.'],
  proposal: ['Devis {service} envoyé par e-mail après l’appel.', 'Proposition chiffrée {service} transmise.'],
  signed: ['Accord confirmé par téléphone, bon de commande {service} signé électroniquement.'],
};

const HELD: NoteBook = {
  refused: [
    'Devis jugé au-dessus du budget prévu.',
    'Projet reporté, pas de décision cette année.',
    'A retenu une autre offre.',
  ],
  callback: [
    'Intéressé, attend un second devis pour comparer.',
    'Décision après validation par l’associé.',
    'Souhaite une variante moins chère de {service}, à rappeler.',
  ],
  proposal: [
    'Visite technique faite, devis {service} remis.',
    'Relevé des surfaces effectué, devis {service} envoyé le soir même.',
  ],
  signed: [
    'Bon de commande signé pour {service}, chantier à planifier.',
    'Signature sur place : {service}, acompte de 30 % prévu.',
  ],
};

const BY_KIND: Partial<Record<ActivityKind, NoteBook>> = {
  call: CALL,
  visit: HELD,
  meeting: HELD,
  door: {
    no_answer: ['Commerce fermé.', 'Gérant absent, carte laissée.'],
    reached: ['Échange bref avec un salarié, décideur absent.'],
    refused: ['Pas intéressé, locaux rénovés récemment.'],
    callback: ['Intéressé, documentation {service} laissée.'],
    appointment: ['RDV pris sur place pour une visite technique.'],
  },
  email: {
    no_answer: ['E-mail de présentation envoyé, sans réponse.'],
    reached: ['Réponse reçue : transmis au décideur.'],
    refused: ['Réponse négative : pas de besoin.'],
    callback: ['Demande de rappel reçue par e-mail.'],
    appointment: ['RDV confirmé par e-mail.'],
  },
  social: {
    no_answer: ['Invitation LinkedIn envoyée.'],
    reached: ['Invitation LinkedIn acceptée, message de présentation envoyé.'],
    callback: ['Échange LinkedIn : intéressé par {service}, rappel à prévoir.'],
    appointment: ['RDV obtenu via LinkedIn.'],
  },
  event: {
    reached: ['Passage sur le stand, documentation remise.'],
    refused: ['Simple visite du salon, pas de projet.'],
    callback: ['Rencontré au salon, projet de {service}, à rappeler.'],
    appointment: ['RDV pris au salon pour une visite technique.'],
  },
  letter: {
    no_answer: ['Courrier de présentation envoyé.'],
    callback: ['A appelé suite au courrier et accepté d’être recontacté.'],
  },
};

/** A note for an activity, or none (most unanswered calls carry no note). */
export function noteFor(rng: Rng, kind: ActivityKind, outcome: Outcome, service: string): string | undefined {
  if (!rng.chance(outcome === 'no_answer' ? 0.25 : 0.7)) return undefined;
  const lines = BY_KIND[kind]?.[outcome] ?? CALL[outcome];
  return lines ? rng.pick(lines).replace('{service}', service) : undefined;
}
