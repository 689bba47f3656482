/** The market of the demo team: the segments it prospects, what it sells, what its reps note about a site. */

/** A business segment, whether it is a local shop (the "commerces de proximité" operation), and trading names. */
export interface Segment {
  readonly name: string;
  readonly shop: boolean;
  readonly weight: number;
  /** `{last}` and `{first}` are replaced by a surname and a first name. */
  readonly names: readonly string[];
  readonly legalForms: readonly string[];
}

export const SEGMENTS: readonly Segment[] = [
  {
    name: 'boulangerie',
    shop: true,
    weight: 10,
    names: ['Boulangerie {last}', 'Au Fournil {last}', 'Maison {last} Boulanger'],
    legalForms: ['SARL', 'EURL'],
  },
  {
    name: 'restaurant',
    shop: true,
    weight: 12,
    names: ['Le Bouchon {last}', 'Restaurant Chez {first}', 'Brasserie {last}', 'Le Comptoir de {first}'],
    legalForms: ['SARL', 'SAS'],
  },
  {
    name: 'boucherie',
    shop: true,
    weight: 5,
    names: ['Boucherie {last}', 'Boucherie-Charcuterie {last}'],
    legalForms: ['SARL', 'EURL'],
  },
  {
    name: 'salon de coiffure',
    shop: true,
    weight: 8,
    names: ['Coiffure {first}', 'Salon {last}', 'L’Atelier de {first}'],
    legalForms: ['EURL', 'SARL'],
  },
  {
    name: 'fleuriste',
    shop: true,
    weight: 4,
    names: ['Fleurs {last}', 'L’Atelier Floral {last}'],
    legalForms: ['EURL'],
  },
  {
    name: 'pharmacie',
    shop: true,
    weight: 5,
    names: ['Pharmacie {last}', 'Pharmacie du Marché {last}'],
    legalForms: ['SELARL'],
  },
  {
    name: 'épicerie',
    shop: true,
    weight: 4,
    names: ['Épicerie {last}', 'Primeurs {last}'],
    legalForms: ['SARL', 'EURL'],
  },
  {
    name: 'garage',
    shop: false,
    weight: 10,
    names: ['Garage {last}', '{last} Automobiles', 'Carrosserie {last}'],
    legalForms: ['SARL', 'SAS'],
  },
  {
    name: 'cabinet médical',
    shop: false,
    weight: 8,
    names: ['Cabinet médical {last}', 'Cabinet de kinésithérapie {last}', 'Cabinet dentaire {last}'],
    legalForms: ['SCM', 'SELARL'],
  },
  {
    name: 'cabinet comptable',
    shop: false,
    weight: 6,
    names: ['Cabinet {last} Expertise', '{last} & Associés'],
    legalForms: ['SAS', 'SELARL'],
  },
  {
    name: 'hôtel',
    shop: false,
    weight: 5,
    names: ['Hôtel {last}', 'Hôtel du Parc {last}'],
    legalForms: ['SAS', 'SARL'],
  },
  {
    name: 'agence immobilière',
    shop: false,
    weight: 5,
    names: ['Agence {last} Immobilier', '{last} Immobilier'],
    legalForms: ['SARL', 'SAS'],
  },
  {
    name: 'atelier / PME',
    shop: false,
    weight: 6,
    names: ['Menuiserie {last}', 'Imprimerie {last}', 'Atelier {last} Métallerie'],
    legalForms: ['SAS', 'SARL'],
  },
];

/** What the team sells, with the usual order size (HT, €). */
export interface Service {
  readonly label: string;
  readonly min: number;
  readonly max: number;
}

export const B2B_SERVICES: readonly Service[] = [
  { label: 'relamping LED', min: 800, max: 4_000 },
  { label: 'climatisation réversible', min: 3_000, max: 12_000 },
  { label: 'isolation de la toiture', min: 4_000, max: 15_000 },
  { label: 'pompe à chaleur air-air', min: 5_000, max: 15_000 },
  { label: 'menuiseries et vitrine isolante', min: 3_000, max: 12_000 },
  { label: 'audit énergétique', min: 800, max: 1_500 },
];

export const B2C_SERVICES: readonly Service[] = [
  { label: 'isolation des combles', min: 1_500, max: 4_500 },
  { label: 'pompe à chaleur air-eau', min: 9_000, max: 15_000 },
  { label: 'fenêtres double vitrage', min: 3_000, max: 11_000 },
  { label: 'panneaux photovoltaïques', min: 7_000, max: 15_000 },
  { label: 'poêle à granulés', min: 4_000, max: 8_000 },
  { label: 'VMC double flux', min: 4_000, max: 8_000 },
];

/** Factual descriptions of a site (CNIL: objective, relevant, nothing about the person). */
export const B2B_SITE_NOTES = [
  'Local commercial d’environ {m2} m², chauffage électrique ancien.',
  'Locaux de {m2} m², éclairage néon d’origine.',
  'Propriétaire des murs, {staff} salariés.',
  'Locataire, bail commercial en cours ; travaux à valider avec le bailleur.',
] as const;

export const B2C_SITE_NOTES = [
  'Maison individuelle des années 70, chauffage fioul.',
  'Maison de {m2} m², combles perdus non isolés.',
  'Appartement en copropriété, fenêtres simple vitrage.',
  'Maison récente, projet de production solaire.',
] as const;
