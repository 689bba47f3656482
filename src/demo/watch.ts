import type { TeamTx } from '../store/types.ts';
import { type Competitor, competitorsCollection, type SWOT_KINDS } from '../watch/competitors.ts';
import { notesCollection, type WatchNote, type WatchType } from '../watch/entities.ts';
import { addDays, type DemoCalendar, instantOf } from './calendar.ts';
import { MANAGER_ID } from './team.ts';

type Kind = (typeof SWOT_KINDS)[number];

/** The competitors the team tracks (outline 1.2), with the SWOT its reps built from the field. */
const COMPETITORS: readonly { name: string; swot: readonly [Kind, string][] }[] = [
  {
    name: 'Isol’Rhône',
    swot: [
      ['strength', 'Prix d’appel très bas sur l’isolation des combles (dès 1 € avec les CEE).'],
      ['strength', 'Forte présence publicitaire locale (radio, affichage).'],
      ['weakness', 'Avis Google dégradés : retards de chantier et sous-traitance non RGE.'],
      ['weakness', 'Pas de pompes à chaleur ni de menuiseries : offre limitée à l’isolation.'],
      ['opportunity', 'Clients déçus à récupérer avec notre pose par nos propres équipes.'],
      ['threat', 'Démarchage téléphonique massif qui rend les particuliers méfiants.'],
    ],
  },
  {
    name: 'ThermiConfort',
    swot: [
      ['strength', 'Réseau national : notoriété, financement intégré, délais courts.'],
      ['strength', 'Gamme complète de pompes à chaleur et contrats d’entretien.'],
      ['weakness', 'Prix 10 à 15 % au-dessus des nôtres ; pas d’interlocuteur unique.'],
      ['opportunity', 'Commerces de proximité peu visités par leur force de vente.'],
      ['threat', 'Ouverture annoncée d’une agence à Villeurbanne.'],
    ],
  },
  {
    name: 'Lyon Fenêtres Pro',
    swot: [
      ['strength', 'Spécialiste des menuiseries, showroom à Lyon 6e.'],
      ['weakness', 'Pas de vitrines commerciales ni d’isolation.'],
      ['opportunity', 'Partenariat possible sur les chantiers de rénovation globale.'],
      ['threat', 'Remises de fin d’année agressives sur le double vitrage.'],
    ],
  },
  {
    name: 'Soleil Rhône-Alpes',
    swot: [
      ['strength', 'Référence locale du photovoltaïque, avec suivi de production en ligne.'],
      ['weakness', 'Délais d’installation de trois mois.'],
      ['opportunity', 'Baisse du prix des panneaux : l’autoconsommation gagne les commerces.'],
      ['threat', 'Offre groupée panneaux + pompe à chaleur en préparation.'],
    ],
  },
];

/** Watch notes of the last three months (II.1): [days ago, author, type, title, body, source, rating, competitor, useful to]. */
const NOTES: readonly [
  daysAgo: number,
  author: string,
  type: WatchType,
  title: string,
  body: string,
  source: string | undefined,
  rating: `${'A' | 'B' | 'C' | 'D' | 'F'}${1 | 2 | 3 | 6}`,
  competitor: string | undefined,
  useful: readonly string[],
][] = [
  [
    80,
    MANAGER_ID,
    'legal',
    'Démarchage téléphonique : consentement préalable des particuliers',
    'Depuis le 11 août 2026, appeler un particulier suppose son consentement préalable et prouvable (loi n° 2025-594). Nos appels B2C ne partent que des contacts du salon et du site qui ont accepté d’être rappelés.',
    'https://www.legifrance.gouv.fr/',
    'A1',
    undefined,
    ['demo:alice', 'demo:chloe'],
  ],
  [
    71,
    'demo:alice',
    'competitive',
    'Isol’Rhône relance ses offres à 1 € sur les combles',
    'Trois prospects du salon ont reçu un appel d’Isol’Rhône cette semaine avec une offre d’isolation des combles « à 1 € ». Argument à préparer : pose par nos équipes RGE et garantie décennale.',
    undefined,
    'B2',
    'Isol’Rhône',
    ['demo:karim'],
  ],
  [
    63,
    'demo:karim',
    'commercial',
    'Commerçants : la vitrine est la première source de pertes',
    'Sur dix boulangeries et restaurants visités, sept citent la vitrine et la porte d’entrée comme source de froid l’hiver. Mettre en avant les menuiseries et vitrines isolantes dans la relance.',
    undefined,
    'B2',
    undefined,
    [MANAGER_ID, 'demo:alice'],
  ],
  [
    55,
    'demo:chloe',
    'digital',
    'Avis Google : 4,7 sur 5 après la campagne de demandes d’avis',
    'Le SMS de satisfaction envoyé un mois après le chantier a rapporté 23 nouveaux avis. Les prospects du site web citent les avis dans deux appels sur trois.',
    'https://business.google.com/',
    'A1',
    undefined,
    [MANAGER_ID],
  ],
  [
    48,
    MANAGER_ID,
    'legal',
    'MaPrimeRénov’ 2027 : le dossier par geste reste ouvert aux maisons',
    'Le projet de loi de finances maintient l’aide par geste pour les maisons individuelles en 2027, avec un plafond revu. Vérifier les montants avant chaque devis de pompe à chaleur.',
    'https://www.anah.gouv.fr/',
    'A2',
    undefined,
    ['demo:alice', 'demo:karim', 'demo:chloe'],
  ],
  [
    41,
    'demo:karim',
    'competitive',
    'ThermiConfort ouvre une agence à Villeurbanne',
    'Panneau « bientôt ouvert » cours Émile-Zola ; d’après un commerçant voisin, ouverture prévue en janvier avec deux commerciaux. Anticiper : relancer nos clients de Villeurbanne pour l’entretien.',
    undefined,
    'C3',
    'ThermiConfort',
    [MANAGER_ID],
  ],
  [
    33,
    'demo:alice',
    'technological',
    'Pompes à chaleur au R290 : la gamme Daikin arrive',
    'Le fournisseur annonce ses pompes à chaleur air-eau au propane (R290), moins de gaz à effet de serre et éligibles aux aides. Formation produit prévue le mois prochain.',
    'https://www.daikin.fr/',
    'B1',
    undefined,
    ['demo:karim'],
  ],
  [
    26,
    'demo:chloe',
    'societal',
    'Hausse du prix de l’électricité au 1er février',
    'La CRE propose une hausse du tarif réglementé d’environ 3 %. Argument pour la relance des particuliers chauffés à l’électrique : isolation et pompe à chaleur réduisent la facture.',
    'https://www.cre.fr/',
    'A2',
    undefined,
    ['demo:alice'],
  ],
  [
    19,
    'demo:karim',
    'competitive',
    'Lyon Fenêtres Pro : −20 % sur le double vitrage jusqu’au 31 décembre',
    'Prospectus déposés chez les commerçants de la Croix-Rousse. Nos devis de menuiseries restent compétitifs une fois la pose comprise ; le dire dès le premier contact.',
    undefined,
    'B1',
    'Lyon Fenêtres Pro',
    [],
  ],
  [
    12,
    MANAGER_ID,
    'commercial',
    'Salon Habitat : 40 % des rendez-vous pris sur le stand ont signé',
    'Bilan du salon : les visites fixées sur le stand signent bien plus que les rappels à froid. Reconduire le stand l’an prochain, avec un commercial de plus le samedi.',
    undefined,
    'A1',
    undefined,
    ['demo:alice', 'demo:chloe'],
  ],
  [
    6,
    'demo:alice',
    'competitive',
    'Soleil Rhône-Alpes prépare une offre panneaux + pompe à chaleur',
    'Un client de Bron a reçu une proposition groupée à paiement en 10 fois. À surveiller : notre offre photovoltaïque seule paraît moins complète.',
    undefined,
    'C2',
    'Soleil Rhône-Alpes',
    [MANAGER_ID],
  ],
  [
    4,
    'demo:chloe',
    'digital',
    'Les demandes de devis du site arrivent surtout le dimanche soir',
    'Sur le mois, 38 % des formulaires sont envoyés le dimanche entre 18 h et 22 h. Rappeler ces contacts dès le lundi matin.',
    undefined,
    'A1',
    undefined,
    ['demo:karim'],
  ],
  [
    2,
    'demo:karim',
    'commercial',
    'Association des commerçants de Villeurbanne : réunion du 15',
    'Le président propose de présenter notre offre vitrines et éclairage LED aux adhérents ; dix minutes en fin de réunion.',
    undefined,
    'B2',
    undefined,
    [MANAGER_ID, 'demo:alice'],
  ],
];

/** Writes the competitors with their SWOT and the watch notes of the last three months. */
export function seedWatch(tx: TeamTx, cal: DemoCalendar): void {
  const start = cal.workdays[0] ?? cal.today;
  COMPETITORS.forEach((c, i) => {
    const at = instantOf(cal, addDays(start, -20 + i), '17:30');
    const competitor: Competitor = {
      id: `K-${i + 1}`,
      name: c.name,
      swot: c.swot.map(([kind, text]) => ({ kind, text, by: MANAGER_ID, at })),
      createdAt: at,
      createdBy: MANAGER_ID,
    };
    tx.collection(competitorsCollection).put(competitor);
  });
  NOTES.forEach(([daysAgo, author, type, title, body, source, rating, competitor, useful], i) => {
    const note: WatchNote = {
      id: `W-${i + 1}`,
      type,
      title,
      body,
      ...(source && { source }),
      reliability: rating[0] as WatchNote['reliability'] & string,
      credibility: Number(rating[1]),
      tags: [],
      ...(competitor && { competitor }),
      authorId: author,
      createdAt: instantOf(cal, addDays(cal.today, -daysAgo), '18:15'),
      usefulBy: [...useful],
    };
    tx.collection(notesCollection).put(note);
  });
}
