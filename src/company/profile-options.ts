import { opt } from '../core/options.ts';
import type { ProfileField } from './profile.ts';

const line = (fr: string, en: string, frName: string, aliases: readonly string[] = []) =>
  opt.longText({ frName, aliases, maxLength: 1000, description: { fr, en } });

/** The options of `/company edit`, each mapped to its profile field by `OPTION_FIELD`. */
export const profileOptions = {
  name: opt.text({
    frName: 'nom',
    aliases: ['raison_sociale'],
    maxLength: 120,
    description: { fr: 'Nom ou raison sociale', en: 'Company name' },
  }),
  legal_form: opt.text({
    frName: 'forme_juridique',
    aliases: ['forme', 'statut'],
    maxLength: 60,
    description: { fr: 'Forme juridique (SARL, SAS, EI…)', en: 'Legal form (SARL, SAS, sole trader…)' },
  }),
  siren: opt.text({
    maxLength: 20,
    description: { fr: 'SIREN, 9 chiffres (facultatif)', en: 'SIREN, 9 digits (optional)' },
  }),
  sector: opt.text({
    frName: 'secteur',
    aliases: ['activite_principale'],
    maxLength: 120,
    description: { fr: 'Secteur d’activité', en: 'Sector' },
  }),
  address: opt.text({
    frName: 'adresse',
    aliases: ['siege', 'localisation'],
    maxLength: 300,
    description: { fr: 'Adresse (siège, implantations)', en: 'Address (head office, sites)' },
  }),
  headcount: opt.integer({
    frName: 'effectif',
    aliases: ['salaries', 'employees'],
    min: 0,
    max: 10_000_000,
    description: { fr: 'Effectif (salariés)', en: 'Headcount (employees)' },
  }),
  revenue: opt.money({
    frName: 'chiffre_affaires',
    aliases: ['ca', 'ca_ht', 'turnover'],
    max: 1e13,
    description: { fr: 'Chiffre d’affaires annuel HT', en: 'Annual revenue excl. VAT' },
  }),
  founded: opt.integer({
    frName: 'création',
    aliases: ['creation', 'annee_creation', 'year'],
    min: 1000,
    max: 3000,
    description: { fr: 'Année de création', en: 'Year founded' },
  }),
  activity: line('Activité et métier', 'Activity and trade', 'activité', ['activite', 'metier']),
  offer: line('Offre : produits et services', 'Offer: products and services', 'offre'),
  customer_types: line(
    'Types de clientèle (particuliers, artisans, PME…)',
    'Customer types (consumers, trades, SMEs…)',
    'clientèles',
    ['clienteles', 'clientele', 'types_clients'],
  ),
  product: line(
    '4P – Produit : gamme, qualité, services',
    '4P – Product: range, quality, services',
    'produit',
  ),
  price: line('4P – Prix : niveau, politique, remises', '4P – Price: level, policy, discounts', 'prix'),
  place: line(
    '4P – Distribution : canaux, points de vente, zone',
    '4P – Place: channels, outlets, area',
    'distribution',
    ['place'],
  ),
  promotion: line(
    '4P – Communication : publicité, salons, réseaux sociaux',
    '4P – Promotion: advertising, trade shows, social media',
    'communication',
    ['promotion'],
  ),
  channels: line(
    'Relation client : canaux (agence, téléphone, site, visites)',
    'Customer relationship: channels (branch, phone, website, visits)',
    'canaux',
    ['canaux_relation'],
  ),
  loyalty: line(
    'Relation client : actions de fidélisation',
    'Customer relationship: loyalty actions',
    'fidélisation',
    ['fidelisation', 'fidelite'],
  ),
};

export type ProfileOption = keyof typeof profileOptions;

export const OPTION_FIELD: Readonly<Record<ProfileOption, ProfileField>> = {
  name: 'name',
  legal_form: 'legalForm',
  siren: 'siren',
  sector: 'sector',
  address: 'address',
  headcount: 'headcount',
  revenue: 'revenue',
  founded: 'foundedYear',
  activity: 'activity',
  offer: 'offer',
  customer_types: 'customerTypes',
  product: 'product',
  price: 'price',
  place: 'place',
  promotion: 'promotion',
  channels: 'relationshipChannels',
  loyalty: 'loyaltyActions',
};
