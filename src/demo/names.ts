/** Word lists of the demo team: invented names, real communes and postal codes of the Lyon area. */

export const FIRST_NAMES = [
  'Sophie', 'Nathalie', 'Isabelle', 'Camille', 'Julie', 'Émilie', 'Céline', 'Aurélie', 'Sandrine', 'Laure',
  'Manon', 'Léa', 'Claire', 'Hélène', 'Valérie', 'Inès', 'Sarah', 'Nadia', 'Pauline', 'Marion',
  'Nicolas', 'Julien', 'Sébastien', 'Laurent', 'Stéphane', 'Olivier', 'Mathieu', 'Antoine', 'Romain', 'David',
  'Franck', 'Jérôme', 'Guillaume', 'Yannick', 'Mehdi', 'Hugo', 'Lucas', 'Bruno', 'Patrice', 'Vincent',
] as const;

export const LAST_NAMES = [
  'Bernard', 'Petit', 'Durand', 'Moreau', 'Laurent', 'Simon', 'Michel', 'Garcia', 'Roux', 'Fournier',
  'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller', 'Faure', 'Blanc',
  'Guerin', 'Boyer', 'Chevalier', 'Perrin', 'Morel', 'Mathieu', 'Clément', 'Gauthier', 'Robin', 'Masson',
  'Sanchez', 'Nicolas', 'Henry', 'Roussel', 'Brun', 'Marchand', 'Barbier', 'Arnaud', 'Perret', 'Chabert',
  'Brunet', 'Collet', 'Bouvier', 'Rey', 'Giraud', 'Carron', 'Vial', 'Pichon', 'Chapuis', 'Ferrand',
] as const;

/** A commune, its postal code, and its distance by road from the agency (Lyon 7e), in km. */
export interface Place {
  readonly city: string;
  readonly postalCode: string;
  readonly km: number;
}

export const PLACES: readonly Place[] = [
  { city: 'Lyon', postalCode: '69001', km: 4 },
  { city: 'Lyon', postalCode: '69002', km: 3 },
  { city: 'Lyon', postalCode: '69003', km: 4 },
  { city: 'Lyon', postalCode: '69004', km: 7 },
  { city: 'Lyon', postalCode: '69005', km: 6 },
  { city: 'Lyon', postalCode: '69006', km: 5 },
  { city: 'Lyon', postalCode: '69007', km: 2 },
  { city: 'Lyon', postalCode: '69008', km: 4 },
  { city: 'Lyon', postalCode: '69009', km: 8 },
  { city: 'Villeurbanne', postalCode: '69100', km: 7 },
  { city: 'Vénissieux', postalCode: '69200', km: 8 },
  { city: 'Caluire-et-Cuire', postalCode: '69300', km: 10 },
  { city: 'Bron', postalCode: '69500', km: 9 },
  { city: 'Vaulx-en-Velin', postalCode: '69120', km: 13 },
  { city: 'Saint-Priest', postalCode: '69800', km: 14 },
  { city: 'Rillieux-la-Pape', postalCode: '69140', km: 15 },
  { city: 'Écully', postalCode: '69130', km: 11 },
  { city: 'Tassin-la-Demi-Lune', postalCode: '69160', km: 10 },
  { city: 'Oullins-Pierre-Bénite', postalCode: '69600', km: 6 },
  { city: 'Sainte-Foy-lès-Lyon', postalCode: '69110', km: 7 },
  { city: 'Décines-Charpieu', postalCode: '69150', km: 16 },
  { city: 'Meyzieu', postalCode: '69330', km: 20 },
  { city: 'Saint-Fons', postalCode: '69190', km: 7 },
  { city: 'Villefranche-sur-Saône', postalCode: '69400', km: 36 },
  { city: 'Limonest', postalCode: '69760', km: 16 },
  { city: 'Dardilly', postalCode: '69570', km: 14 },
  { city: 'Craponne', postalCode: '69290', km: 14 },
  { city: 'Chassieu', postalCode: '69680', km: 15 },
  { city: 'Genas', postalCode: '69740', km: 19 },
  { city: 'Saint-Genis-Laval', postalCode: '69230', km: 11 },
  { city: 'Brignais', postalCode: '69530', km: 17 },
  { city: 'Givors', postalCode: '69700', km: 25 },
  { city: 'Neuville-sur-Saône', postalCode: '69250', km: 20 },
  { city: 'Champagne-au-Mont-d’Or', postalCode: '69410', km: 11 },
];

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
  { name: 'boulangerie', shop: true, weight: 10, names: ['Boulangerie {last}', 'Au Fournil {last}', 'Maison {last} Boulanger'], legalForms: ['SARL', 'EURL'] },
  { name: 'restaurant', shop: true, weight: 12, names: ['Le Bouchon {last}', 'Restaurant Chez {first}', 'Brasserie {last}', 'Le Comptoir de {first}'], legalForms: ['SARL', 'SAS'] },
  { name: 'boucherie', shop: true, weight: 5, names: ['Boucherie {last}', 'Boucherie-Charcuterie {last}'], legalForms: ['SARL', 'EURL'] },
  { name: 'salon de coiffure', shop: true, weight: 8, names: ['Coiffure {first}', 'Salon {last}', 'L’Atelier de {first}'], legalForms: ['EURL', 'SARL'] },
  { name: 'fleuriste', shop: true, weight: 4, names: ['Fleurs {last}', 'L’Atelier Floral {last}'], legalForms: ['EURL'] },
  { name: 'pharmacie', shop: true, weight: 5, names: ['Pharmacie {last}', 'Pharmacie du Marché {last}'], legalForms: ['SELARL'] },
  { name: 'épicerie', shop: true, weight: 4, names: ['Épicerie {last}', 'Primeurs {last}'], legalForms: ['SARL', 'EURL'] },
  { name: 'garage', shop: false, weight: 10, names: ['Garage {last}', '{last} Automobiles', 'Carrosserie {last}'], legalForms: ['SARL', 'SAS'] },
  { name: 'cabinet médical', shop: false, weight: 8, names: ['Cabinet médical {last}', 'Cabinet de kinésithérapie {last}', 'Cabinet dentaire {last}'], legalForms: ['SCM', 'SELARL'] },
  { name: 'cabinet comptable', shop: false, weight: 6, names: ['Cabinet {last} Expertise', '{last} & Associés'], legalForms: ['SAS', 'SELARL'] },
  { name: 'hôtel', shop: false, weight: 5, names: ['Hôtel {last}', 'Hôtel du Parc {last}'], legalForms: ['SAS', 'SARL'] },
  { name: 'agence immobilière', shop: false, weight: 5, names: ['Agence {last} Immobilier', '{last} Immobilier'], legalForms: ['SARL', 'SAS'] },
  { name: 'atelier / PME', shop: false, weight: 6, names: ['Menuiserie {last}', 'Imprimerie {last}', 'Atelier {last} Métallerie'], legalForms: ['SAS', 'SARL'] },
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
