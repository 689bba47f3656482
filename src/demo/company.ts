import type { OrgRole } from '../company/org-chart.ts';
import { orgChartCollection } from '../company/org-chart.ts';
import type { Persona } from '../company/personas.ts';
import { personasCollection } from '../company/personas.ts';
import { type CompanyProfile, companyCollection } from '../company/profile.ts';
import type { Campaign } from '../domain/entities.ts';
import {
  type NetworkContact,
  type NetworkObjective,
  networkCollection,
  networkObjectivesCollection,
} from '../network/entities.ts';
import type { TeamTx } from '../store/types.ts';
import { addDays, type DemoCalendar, instantOf } from './calendar.ts';
import { MANAGER_ID } from './team.ts';

/** The demo company's profile (outline 1.1, 2.1), as its manager filled it in. */
const PROFILE: Omit<CompanyProfile, 'id' | 'updatedAt' | 'updatedBy'> = {
  name: 'Habitat Confort Lyon',
  legalForm: 'SAS',
  siren: '812 345 676',
  sector: 'Rénovation énergétique de l’habitat',
  address: '14 rue de la Villette, 69003 Lyon',
  headcount: 12,
  revenue: 1_850_000,
  foundedYear: 2015,
  activity:
    'Isolation (combles, murs, vitrines), pompes à chaleur et menuiseries pour les particuliers et les commerces de la métropole lyonnaise ; pose par nos propres équipes RGE.',
  offer:
    'Diagnostic thermique, devis sous 48 h, pose et suivi des aides (MaPrimeRénov’, CEE) ; contrat d’entretien des pompes à chaleur.',
  customerTypes: 'Particuliers propriétaires de maisons (70 % du CA), commerces et TPE de proximité (30 %).',
  product: 'Gamme isolation et chauffage certifiée RGE, matériaux biosourcés en option, garantie décennale.',
  price: 'Milieu de gamme ; aides déduites du devis ; paiement en 3 fois sans frais pour les particuliers.',
  place:
    'Showroom à Lyon 3e, visites à domicile, salons de l’habitat ; zone : métropole de Lyon et Nord-Isère.',
  promotion: 'Salon Habitat Lyon, site et avis Google, partenariat CCI, prospection terrain des commerces.',
  relationshipChannels:
    'Visite à domicile, téléphone, e-mail, showroom ; un interlocuteur unique par chantier.',
  loyaltyActions:
    'Contrat d’entretien annuel, parrainage (100 € par client recommandé), appel de satisfaction à 1 mois.',
};

/** The org chart: the director, the sales team of the demo (members), the technical and admin staff. */
const ORG: readonly [id: string, name: string, title: string, reportsTo?: string][] = [
  ['R-1', 'Nathalie Roche', 'Présidente, directrice générale'],
  ['R-2', 'Thomas Leroy', 'Responsable commercial', 'R-1'],
  ['R-3', 'Julien Faure', 'Responsable technique', 'R-1'],
  ['R-4', 'Sandrine Marchal', 'Assistante administrative et aides', 'R-1'],
  ['R-5', 'Alice Martin', 'Commerciale terrain (particuliers)', 'R-2'],
  ['R-6', 'Karim Benali', 'Commercial terrain (commerces)', 'R-2'],
  ['R-7', 'Chloé Dubois', 'Commerciale sédentaire', 'R-2'],
  ['R-8', 'Lucas Bernard', 'Chef d’équipe poseurs', 'R-3'],
  ['R-9', 'Mehdi Haddad', 'Poseur isolation', 'R-8'],
  ['R-10', 'Romain Petit', 'Poseur isolation', 'R-8'],
  ['R-11', 'Élodie Garnier', 'Technicienne pompes à chaleur', 'R-3'],
];

const PERSONAS: readonly Omit<Persona, 'createdAt' | 'createdBy'>[] = [
  {
    id: 'PE-1',
    name: 'Propriétaire soucieux de sa facture',
    segment: 'Propriétaires occupants de maisons des années 1970–1990, 40–65 ans',
    customerType: 'b2c',
    needs: 'Réduire la facture de chauffage, gagner en confort d’été, être guidé dans les aides.',
    motives: ['security', 'comfort', 'money'],
    objections: 'Peur des arnaques à l’isolation, reste à charge, travaux qui durent.',
    channels: 'Salons de l’habitat, bouche-à-oreille, avis Google, visite à domicile.',
  },
  {
    id: 'PE-2',
    name: 'Commerçant de proximité',
    segment: 'Commerces et TPE (1 à 10 salariés) en pied d’immeuble',
    customerType: 'b2b',
    needs:
      'Un local confortable pour les clients, moins de pertes par la vitrine, pas de fermeture pendant les travaux.',
    motives: ['money', 'pride', 'security'],
    objections: 'Pas le temps, bail commercial (qui paie ?), trésorerie.',
    channels: 'Visite en boutique hors affluence, téléphone, association des commerçants, CCI.',
  },
];

/** Alice's network (outline 5): each type, each strength, the means she uses. */
const NETWORK: readonly Omit<NetworkContact, 'id' | 'ownerId' | 'createdAt'>[] = [
  {
    name: 'Marion Lefèvre',
    type: 'personal',
    strength: 3,
    means: 'family_friends',
    purpose: 'Recommandations auprès de ses voisins',
  },
  {
    name: 'Antoine Roux',
    type: 'personal',
    strength: 2,
    means: 'alumni',
    organisation: 'Promo BTS NDRC 2019',
    purpose: 'Échanges de pistes',
  },
  {
    name: 'Claire Fontaine',
    type: 'personal',
    strength: 1,
    means: 'association',
    organisation: 'Club de rugby de Villeurbanne',
  },
  {
    name: 'Pierre Moulin',
    type: 'vertical',
    strength: 3,
    means: 'work',
    organisation: 'Isover (fournisseur)',
    purpose: 'Formations produits, leads de particuliers',
  },
  {
    name: 'Laure Besson',
    type: 'vertical',
    strength: 2,
    means: 'work',
    organisation: 'Point.P Lyon Est (négoce)',
    purpose: 'Chantiers de rénovation signalés',
  },
  {
    name: 'Hervé Dumas',
    type: 'vertical',
    strength: 2,
    means: 'referral',
    organisation: 'Client : Boulangerie Dumas',
    purpose: 'Ambassadeur auprès des commerçants',
  },
  {
    name: 'Sophie Carrel',
    type: 'vertical',
    strength: 1,
    means: 'trade_show',
    organisation: 'Daikin (pompes à chaleur)',
  },
  {
    name: 'Yann Perrin',
    type: 'horizontal',
    strength: 3,
    means: 'business_club',
    organisation: 'BNI Lyon Est',
    purpose: 'Recommandations croisées',
  },
  {
    name: 'Nadia Benomar',
    type: 'horizontal',
    strength: 2,
    means: 'linkedin',
    organisation: 'Commerciale, cuisiniste Lyon 7e',
    purpose: 'Clients en rénovation',
  },
  {
    name: 'Olivier Garcia',
    type: 'horizontal',
    strength: 1,
    means: 'trade_show',
    organisation: 'Fédération du bâtiment (FFB Rhône)',
  },
  {
    name: 'Isabelle Noël',
    type: 'transversal',
    strength: 3,
    means: 'business_club',
    organisation: 'CCI Lyon Métropole',
    purpose: 'Fichier commerces, ateliers',
  },
  {
    name: 'Franck Morel',
    type: 'transversal',
    strength: 2,
    means: 'referral',
    organisation: 'Crédit Agricole Lyon 3e',
    purpose: 'Prêts travaux de ses clients',
  },
  {
    name: 'Agnès Vidal',
    type: 'transversal',
    strength: 2,
    means: 'linkedin',
    organisation: 'Cabinet comptable Vidal',
    purpose: 'Commerçants clients du cabinet',
  },
  {
    name: 'Bruno Lambert',
    type: 'transversal',
    strength: 1,
    means: 'association',
    organisation: 'Espace Info Énergie (ALEC Lyon)',
  },
];

/** Networking objectives (outline 5.1): Alice's, and one or two for each other member. */
const OBJECTIVES: readonly { owner: string; text: string; dueIn: number; doneAfter?: number }[] = [
  {
    owner: 'demo:alice',
    text: 'Rejoindre un club d’affaires (BNI Lyon Est) et y présenter l’offre',
    dueIn: -40,
    doneAfter: 12,
  },
  { owner: 'demo:alice', text: 'Obtenir 5 recommandations de clients satisfaits', dueIn: 30 },
  { owner: 'demo:alice', text: 'Nouer un partenariat avec une banque pour les prêts travaux', dueIn: 60 },
  {
    owner: MANAGER_ID,
    text: 'Présenter l’entreprise au club des entrepreneurs de la CCI Lyon Métropole',
    dueIn: -20,
    doneAfter: 30,
  },
  {
    owner: MANAGER_ID,
    text: 'Signer un partenariat avec un cuisiniste pour les rénovations globales',
    dueIn: 45,
  },
  {
    owner: 'demo:karim',
    text: 'Intervenir à la réunion de l’association des commerçants de Villeurbanne',
    dueIn: 10,
  },
  {
    owner: 'demo:chloe',
    text: 'Suivre la formation produit pompes à chaleur R290 du fournisseur',
    dueIn: 35,
  },
];

/** Writes the company profile, org chart, personas and Alice's network; links the campaigns to their personas. */
export function seedCompany(tx: TeamTx, cal: DemoCalendar, campaigns: readonly Campaign[]): void {
  const start = cal.workdays[0] ?? cal.today;
  const at = instantOf(cal, addDays(start, -5), '09:00');
  tx.collection(companyCollection).put({ id: 'team', ...PROFILE, updatedAt: at, updatedBy: MANAGER_ID });
  for (const [id, name, title, reportsTo] of ORG) {
    const role: OrgRole = {
      id,
      name,
      title,
      createdAt: at,
      createdBy: MANAGER_ID,
      ...(reportsTo && { reportsTo }),
    };
    tx.collection(orgChartCollection).put(role);
  }
  for (const p of PERSONAS)
    tx.collection(personasCollection).put({ ...p, createdAt: at, createdBy: MANAGER_ID });
  for (const c of campaigns)
    tx.campaigns.put({ ...c, personaIds: c.target?.customerType === 'b2b' ? ['PE-2'] : ['PE-1'] });
  NETWORK.forEach((contact, i) => {
    tx.collection(networkCollection).put({
      ...contact,
      id: `N-${i + 1}`,
      ownerId: 'demo:alice',
      lastExchange: addDays(cal.today, -((i * 11) % 75) - 1),
      createdAt: instantOf(cal, addDays(start, -30 + i), '18:00'),
    });
  });
  OBJECTIVES.forEach((o, i) => {
    const due = addDays(cal.today, o.dueIn);
    const objective: NetworkObjective = {
      id: `NO-${i + 1}`,
      text: o.text,
      ownerId: o.owner,
      due,
      done: o.doneAfter !== undefined,
      ...(o.doneAfter !== undefined && { doneOn: addDays(start, o.doneAfter) }),
      createdAt: instantOf(cal, start, '09:30'),
    };
    tx.collection(networkObjectivesCollection).put(objective);
  });
}
